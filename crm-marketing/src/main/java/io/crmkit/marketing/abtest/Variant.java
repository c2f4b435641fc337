package io.crmkit.marketing.abtest;

import io.crmkit.core.ValidationException;
import io.crmkit.marketing.template.TemplateId;
import java.util.Objects;

/** One arm of an A/B test: a key, a positive weight and the template it sends: {@code Variant.of("a", 50, templateA)}. */
public record Variant(String key, int weight, TemplateId template) {
  public Variant {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(template, "template");
    ValidationException.check(key.matches("[a-z0-9][a-z0-9_-]{0,31}"), "variant.key", "must be a short lower-case key but was '" + key + "'");
    ValidationException.check(weight > 0, "variant.weight", "must be positive but was " + weight);
  }

  /** A variant. */
  public static Variant of(String key, int weight, TemplateId template) {
    return new Variant(key, weight, template);
  }
}
