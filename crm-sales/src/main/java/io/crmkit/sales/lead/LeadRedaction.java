package io.crmkit.sales.lead;

import io.crmkit.core.access.FieldRedactor;
import io.crmkit.core.access.FieldRedactors;
import io.crmkit.core.field.CustomFields;

/**
 * Field-level security for leads: the {@link FieldRedactor} through which crm-core's secured store hides a lead's
 * personal fields from a role — {@code email}, {@code phone}, {@code address}, {@code jobTitle} and
 * {@code custom.<key>} — and keeps their stored values when a redacted lead is written back. Names, company and
 * owner are required or structural and cannot be hidden.
 *
 * <p>{@code SecuredStore.of(store, policy, clock, LeadRedaction.register(FieldRedactors.core()))}
 */
public final class LeadRedaction {
  private static final FieldRedactor<Lead> REDACTOR = FieldRedactor.<Lead>builder()
      .field(LeadFields.EMAIL.name(), l -> l.toBuilder().noEmail().build(),
          (to, from) -> from.email().map(e -> to.toBuilder().email(e).build()).orElseGet(() -> to.toBuilder().noEmail().build()))
      .field(LeadFields.PHONE.name(), l -> l.toBuilder().noPhone().build(),
          (to, from) -> from.phone().map(p -> to.toBuilder().phone(p).build()).orElseGet(() -> to.toBuilder().noPhone().build()))
      .field("address", l -> l.toBuilder().noAddress().build(),
          (to, from) -> from.address().map(a -> to.toBuilder().address(a).build()).orElseGet(() -> to.toBuilder().noAddress().build()))
      .field("jobTitle", l -> l.toBuilder().noJobTitle().build(),
          (to, from) -> from.jobTitle().map(j -> to.toBuilder().jobTitle(j).build()).orElseGet(() -> to.toBuilder().noJobTitle().build()))
      .customFields((l, key) -> l.withCustomFields(l.customFields().without(key)),
          (to, from, key) -> to.withCustomFields(copy(to.customFields(), from.customFields(), key)))
      .build();

  private LeadRedaction() {}

  /** The redactor of leads. */
  public static FieldRedactor<Lead> redactor() {
    return REDACTOR;
  }

  /** {@code redactors} with the lead redactor registered. */
  public static FieldRedactors register(FieldRedactors redactors) {
    return redactors.with(Lead.TYPE, REDACTOR);
  }

  private static CustomFields copy(CustomFields to, CustomFields from, String key) {
    return from.get(key).map(v -> to.with(key, v)).orElseGet(() -> to.without(key));
  }
}
