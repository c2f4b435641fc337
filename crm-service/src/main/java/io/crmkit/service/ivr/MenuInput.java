package io.crmkit.service.ivr;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * What selects an option of a prompt: a key press ({@code 0}–{@code 9}, {@code *}, {@code #}) or a spoken intent
 * as the host's speech recogniser names it. {@code MenuInput.key("2")}, {@code MenuInput.intent("billing")}.
 */
public record MenuInput(Kind kind, String value) {
  /** Key press or intent. */
  public enum Kind {
    KEY,
    INTENT
  }

  public MenuInput {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    if (kind == Kind.KEY) {
      ValidationException.check(value.length() == 1 && "0123456789*#".contains(value), "key",
          "must be one of 0-9, * or # but was '" + value + "'");
    } else {
      ValidationException.check(!value.isBlank(), "intent", "must not be blank");
    }
  }

  /** The key press {@code key}. */
  public static MenuInput key(String key) {
    return new MenuInput(Kind.KEY, key);
  }

  /** The spoken intent {@code intent}. */
  public static MenuInput intent(String intent) {
    return new MenuInput(Kind.INTENT, intent);
  }

  @Override
  public String toString() {
    return kind == Kind.KEY ? "key " + value : "intent " + value;
  }
}
