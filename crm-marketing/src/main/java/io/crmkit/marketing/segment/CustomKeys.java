package io.crmkit.marketing.segment;

import io.crmkit.core.ValidationException;
import io.crmkit.core.store.EntityType;

/** Checks custom-field keys named by segment conditions (without the {@code custom.} prefix). */
final class CustomKeys {
  private CustomKeys() {}

  static void check(String key, String field) {
    ValidationException.check(
        key.matches("[A-Za-z0-9_][A-Za-z0-9_-]*") && key.length() <= 100,
        field,
        "must be a custom-field key (letters, digits, '_' and '-') without the '" + EntityType.CUSTOM_PREFIX + "' prefix but was '" + key + "'");
  }
}
