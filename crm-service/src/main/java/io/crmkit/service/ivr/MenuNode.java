package io.crmkit.service.ivr;

import io.crmkit.core.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A node of a {@link Menu}: a {@link Prompt} with options leading on, or a leaf — an {@link Answer} (a recorded
 * message answering a common question, then the call ends), a {@link Transfer} to a skill queue, or a
 * {@link HangUp} after a message. {@code new MenuNode.Transfer("billing", "billing-de", Optional.empty())}.
 */
public sealed interface MenuNode {
  /** The node's id, unique in its menu. */
  String id();

  /** Whether the call ends or leaves the menu here. */
  default boolean leaf() {
    return !(this instanceof Prompt);
  }

  private static void checkId(String id) {
    Objects.requireNonNull(id, "id");
    ValidationException.check(!id.isBlank(), "node.id", "must not be blank");
  }

  private static void checkText(String text, String field, String id) {
    Objects.requireNonNull(text, field);
    ValidationException.check(!text.isBlank(), field, "must not be blank in node " + id);
  }

  /** Plays {@code prompt} and waits for one of {@code options}. */
  record Prompt(String id, String prompt, List<MenuOption> options) implements MenuNode {
    public Prompt {
      checkId(id);
      checkText(prompt, "prompt", id);
      options = List.copyOf(Objects.requireNonNull(options, "options"));
    }

    /** The prompt {@code id} with {@code options}. */
    public static Prompt of(String id, String prompt, MenuOption... options) {
      return new Prompt(id, prompt, List.of(options));
    }

    /** The option selected by {@code input}, if any. */
    public Optional<MenuOption> option(MenuInput input) {
      return options.stream().filter(o -> o.input().equals(input)).findFirst();
    }
  }

  /** Plays the recorded answer {@code message}; the call ends answered. */
  record Answer(String id, String message) implements MenuNode {
    public Answer {
      checkId(id);
      checkText(message, "message", id);
    }
  }

  /** Transfers the caller to {@code queue}, after an optional announcement. */
  record Transfer(String id, String queue, Optional<String> announcement) implements MenuNode {
    public Transfer {
      checkId(id);
      checkText(queue, "queue", id);
      Objects.requireNonNull(announcement, "announcement");
      announcement.ifPresent(a -> checkText(a, "announcement", id));
    }

    /** A transfer without announcement. */
    public static Transfer to(String id, String queue) {
      return new Transfer(id, queue, Optional.empty());
    }
  }

  /** Plays {@code message} and hangs up (closed hours, an outage notice). */
  record HangUp(String id, String message) implements MenuNode {
    public HangUp {
      checkId(id);
      checkText(message, "message", id);
    }
  }
}
