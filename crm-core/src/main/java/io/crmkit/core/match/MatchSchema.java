package io.crmkit.core.match;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The fields a matcher compares, in order, each with its kind:
 * {@code MatchSchema.of(new MatchField("first", GIVEN_NAME), new MatchField("last", FAMILY_NAME))}.
 * At most {@value #MAX_FIELDS} fields, names unique.
 */
public record MatchSchema(List<MatchField> fields) {
  /** The most fields a schema may have. */
  public static final int MAX_FIELDS = 16;

  public MatchSchema {
    Objects.requireNonNull(fields, "fields");
    fields = List.copyOf(fields);
    ValidationException.check(!fields.isEmpty(), "fields", "a match schema needs at least one field");
    ValidationException.check(
        fields.size() <= MAX_FIELDS, "fields", "a match schema has at most " + MAX_FIELDS + " fields but got " + fields.size());
    Set<String> names = new HashSet<>();
    for (MatchField f : fields) {
      ValidationException.check(names.add(f.name()), "fields", "field '" + f.name() + "' is listed twice");
    }
  }

  public static MatchSchema of(MatchField... fields) {
    return new MatchSchema(List.of(fields));
  }

  /** Starts a schema: {@code MatchSchema.builder().field("email", FieldKind.EMAIL).build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The position of the field named {@code name}. */
  public Optional<Integer> indexOf(String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(name)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The position of the first field of {@code kind}, if any. */
  public Optional<Integer> firstOf(FieldKind kind) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).kind() == kind) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** Builds a {@link MatchSchema} field by field. */
  public static final class Builder {
    private final List<MatchField> fields = new ArrayList<>();

    private Builder() {}

    public Builder field(String name, FieldKind kind) {
      fields.add(new MatchField(name, kind));
      return this;
    }

    public MatchSchema build() {
      return new MatchSchema(fields);
    }
  }
}
