package io.crmkit.marketing.template;

import io.crmkit.core.EntityId;

/** The id of a {@link MessageTemplate}, unique within a tenant: {@code new TemplateId("welcome-1")}. */
public record TemplateId(String value) implements EntityId {
  public TemplateId {
    EntityId.checked(value, "templateId");
  }

  @Override
  public String toString() {
    return value;
  }
}
