package io.crmkit.core.match;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * One field the matcher compares: its name in the {@link MatchRecord}s and its {@link FieldKind}, e.g.
 * {@code new MatchField("surname", FieldKind.FAMILY_NAME)}.
 */
public record MatchField(String name, FieldKind kind) {
  public MatchField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    ValidationException.check(!name.isBlank(), "field", "a match field needs a non-blank name");
  }

  /** A field named {@code name} of the kind with code {@code kindCode}, e.g. {@code of("dob", "date")}. */
  public static MatchField of(String name, String kindCode) {
    return new MatchField(name, FieldKind.parse(kindCode));
  }
}
