package io.crmkit.marketing.segment;

import io.crmkit.core.Aggregate;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Records that must not receive a segment's sends whatever its criteria say: by id, e-mail or domain. A
 * segment names its suppression lists; {@link Segments#audience} applies them after evaluation and reports
 * who was suppressed by which entry.
 *
 * <pre>{@code
 * SuppressionList competitors = SuppressionList.of(ids.next(ListId::new), tenant, "Competitors",
 *     List.of(SuppressionEntry.domain("rival.example")), clock.instant());
 * }</pre>
 */
public record SuppressionList(
    ListId id, TenantId tenantId, long version, String name, List<SuppressionEntry> entries, Instant createdAt, Instant updatedAt)
    implements Aggregate<ListId> {

  /** The list's name. */
  public static final FieldRef<String> NAME = FieldRef.text("name");

  /** The entity type {@code suppression_list}. */
  public static final EntityType<SuppressionList, ListId> TYPE =
      EntityType.builder("suppression_list", SuppressionList.class, ListId::new).field(NAME, SuppressionList::name).build();

  public SuppressionList {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    ValidationException.checkNotNegative(version, "version");
    ValidationException.check(!name.isBlank() && name.length() <= 200, "name", "must have 1 to 200 characters and not be blank");
    entries = List.copyOf(new LinkedHashSet<>(entries));
    ValidationException.check(!updatedAt.isBefore(createdAt), "updatedAt", "must not be before createdAt " + createdAt);
  }

  /** A new list (version 0). */
  public static SuppressionList of(ListId id, TenantId tenantId, String name, Collection<SuppressionEntry> entries, Instant at) {
    return new SuppressionList(id, tenantId, 0, name, List.copyOf(entries), at, at);
  }

  /** This list with {@code added} entries too, changed at {@code at}. */
  public SuppressionList withEntries(Collection<SuppressionEntry> added, Instant at) {
    List<SuppressionEntry> all = new ArrayList<>(entries);
    all.addAll(added);
    return new SuppressionList(id, tenantId, version, name, all, createdAt, at);
  }

  /** The first entry that suppresses the record, if any. */
  public Optional<SuppressionEntry> suppressing(String recordId, List<String> emails) {
    return entries.stream().filter(e -> e.suppresses(recordId, emails)).findFirst();
  }

  @Override
  public SuppressionList withVersion(long version) {
    return new SuppressionList(id, tenantId, version, name, entries, createdAt, updatedAt);
  }
}
