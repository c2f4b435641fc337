package io.crmkit.core;

import java.util.Objects;

/**
 * A reference to any stored record by entity type name and id, e.g. {@code RecordRef.of("contact", id)}.
 * Activities, consent, audit entries and events use it to point at records of any module.
 */
public record RecordRef(String type, String id) implements Comparable<RecordRef> {
  public RecordRef {
    Objects.requireNonNull(type, "type");
    ValidationException.check(
        type.matches("[a-z][a-z0-9_]{0,63}"), "type", "must be a lower-case entity type name but was '" + type + "'");
    EntityId.checked(id, "id");
  }

  public static RecordRef of(String type, EntityId id) {
    return new RecordRef(type, id.value());
  }

  /** Parses the {@code type:id} form that {@link #toString()} produces. */
  public static RecordRef parse(String text) {
    int colon = text.indexOf(':');
    ValidationException.check(colon > 0, "recordRef", "must look like 'type:id' but was '" + text + "'");
    return new RecordRef(text.substring(0, colon), text.substring(colon + 1));
  }

  @Override
  public int compareTo(RecordRef o) {
    int c = type.compareTo(o.type);
    return c != 0 ? c : id.compareTo(o.id);
  }

  @Override
  public String toString() {
    return type + ":" + id;
  }
}
