package io.crmkit.marketing.imports;

import io.crmkit.core.ValidationException;
import io.crmkit.core.field.FieldType;
import java.util.Objects;

/**
 * Where the values of one CSV column go: a contact field, an id in an outside system, or a custom field of a
 * given type. {@code ColumnTarget.custom("tier", FieldType.PICKLIST)}
 */
public sealed interface ColumnTarget {

  /** The given name. */
  record GivenName() implements ColumnTarget {}

  /** The family name. */
  record FamilyName() implements ColumnTarget {}

  /** An e-mail address (added as a contact point; matched exactly). */
  record Email() implements ColumnTarget {}

  /** A phone number (added as a contact point in E.164; matched exactly). */
  record Phone() implements ColumnTarget {}

  /** The job title. */
  record JobTitle() implements ColumnTarget {}

  /** The contact's id in {@code system} (lower-case name; matched exactly). */
  record ExternalId(String system) implements ColumnTarget {
    public ExternalId {
      Objects.requireNonNull(system, "system");
      ValidationException.check(system.matches("[a-z][a-z0-9_-]{0,31}"), "system", "must be a lower-case system name but was '" + system + "'");
    }
  }

  /** Custom field {@code key}, its text read as a value of {@code type}. */
  record Custom(String key, FieldType type) implements ColumnTarget {
    public Custom {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(type, "type");
      ValidationException.check(
          key.matches("[A-Za-z0-9_][A-Za-z0-9_-]*") && key.length() <= 100, "key", "must be a custom-field key but was '" + key + "'");
      ValidationException.check(type != FieldType.MONEY, "type", "MONEY columns need a currency; import the amount as DECIMAL");
    }
  }

  static ColumnTarget givenName() {
    return new GivenName();
  }

  static ColumnTarget familyName() {
    return new FamilyName();
  }

  static ColumnTarget email() {
    return new Email();
  }

  static ColumnTarget phone() {
    return new Phone();
  }

  static ColumnTarget jobTitle() {
    return new JobTitle();
  }

  static ColumnTarget externalId(String system) {
    return new ExternalId(system);
  }

  static ColumnTarget custom(String key, FieldType type) {
    return new Custom(key, type);
  }
}
