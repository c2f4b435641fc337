package io.crmkit.core.statemachine;

import io.crmkit.core.ValidationException;
import java.util.Objects;
import java.util.regex.Pattern;

/** The naming rule shared by states, events, guards and effects: lower snake case, 1 to 64 characters. */
final class Names {
  static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  private Names() {}

  static boolean isValid(String name) {
    return NAME.matcher(name).matches();
  }

  /** Returns {@code name} if it is a valid name, or throws a {@link ValidationException} for {@code field}. */
  static String checked(String name, String field) {
    Objects.requireNonNull(name, field);
    ValidationException.check(
        isValid(name),
        field,
        "must be lower snake case ([a-z][a-z0-9_]*, at most 64 characters) but was '" + name + "'");
    return name;
  }
}
