package io.crmkit.marketing.subscription;

import io.crmkit.core.Aggregate;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import io.crmkit.marketing.segment.SuppressionEntry;
import java.time.Instant;
import java.util.Objects;

/**
 * A tenant-wide "never contact" rule (a hard bounce, a complaint, a legal hold) by contact id, e-mail or
 * domain, in force from {@code since}. {@link Subscriptions#mayContact} refuses every channel and purpose for
 * a suppressed contact, whatever the consent ledger says.
 *
 * <p>{@code subscriptions.suppressGlobally(SuppressionEntry.email("bounced@example.com"), "hard bounce")}
 */
public record GlobalSuppression(SuppressionId id, TenantId tenantId, long version, SuppressionEntry entry, String reason, Instant since)
    implements Aggregate<SuppressionId> {

  /** The entry as {@code kind:value} (e.g. {@code domain:example.com}); indexed. */
  public static final FieldRef<String> ENTRY = FieldRef.text("entry");

  /** The entity type {@code global_suppression}. */
  public static final EntityType<GlobalSuppression, SuppressionId> TYPE =
      EntityType.builder("global_suppression", GlobalSuppression.class, SuppressionId::new)
          .field(ENTRY, s -> s.entry().toString())
          .index(ENTRY)
          .build();

  public GlobalSuppression {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(since, "since");
    ValidationException.checkNotNegative(version, "version");
    ValidationException.check(!reason.isBlank() && reason.length() <= 500, "reason", "must have 1 to 500 characters and not be blank");
  }

  @Override
  public GlobalSuppression withVersion(long version) {
    return new GlobalSuppression(id, tenantId, version, entry, reason, since);
  }
}
