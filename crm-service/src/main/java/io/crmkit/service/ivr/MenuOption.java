package io.crmkit.service.ivr;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/** One choice of a {@link MenuNode.Prompt}: the input that selects it and the id of the node it leads to. */
public record MenuOption(MenuInput input, String target) {
  public MenuOption {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(target, "target");
    ValidationException.check(!target.isBlank(), "target", "must name a node");
  }

  /** Pressing {@code key} leads to {@code target}. */
  public static MenuOption key(String key, String target) {
    return new MenuOption(MenuInput.key(key), target);
  }

  /** Saying {@code intent} leads to {@code target}. */
  public static MenuOption intent(String intent, String target) {
    return new MenuOption(MenuInput.intent(intent), target);
  }
}
