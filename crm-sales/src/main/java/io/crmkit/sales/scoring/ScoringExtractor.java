package io.crmkit.sales.scoring;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import java.util.List;

/**
 * How scoring reads a record of any kind (a lead, an opportunity, a CSV row): its tenant, a reference to it,
 * the values of a named field, and its timestamped engagement events. Hosts and the lead/opportunity
 * packages implement it once per record type.
 *
 * <pre>{@code
 * ScoringExtractor<Lead> leads = ScoringExtractor.of(Lead::tenantId, l -> RecordRef.of("lead", l.id()),
 *     (l, field) -> l.featureValues(field), Lead::engagement);
 * }</pre>
 *
 * @param <R> the type of the scored record
 */
public interface ScoringExtractor<R> {

  /** The tenant the record belongs to; scoring refuses records of another tenant than the model's. */
  TenantId tenantId(R record);

  /** A reference to the record, carried by scores and events. */
  RecordRef ref(R record);

  /**
   * The values of {@code field} in {@code record}: empty when absent, several for a multi-valued field
   * (tags). Values are {@code String}, {@code Long}, {@code BigDecimal}, {@code Boolean}, {@code Instant} or
   * {@code LocalDate}, as the query model's {@link io.crmkit.core.query.ValueKind}s; never null.
   */
  List<?> values(R record, String field);

  /** The record's engagement events (e-mail opens, page views, form submissions...), in any order. */
  default List<EngagementEvent> engagement(R record) {
    return List.of();
  }

  /** An extractor from four functions. */
  static <R> ScoringExtractor<R> of(
      java.util.function.Function<R, TenantId> tenantId,
      java.util.function.Function<R, RecordRef> ref,
      java.util.function.BiFunction<R, String, List<?>> values,
      java.util.function.Function<R, List<EngagementEvent>> engagement) {
    java.util.Objects.requireNonNull(tenantId, "tenantId");
    java.util.Objects.requireNonNull(ref, "ref");
    java.util.Objects.requireNonNull(values, "values");
    java.util.Objects.requireNonNull(engagement, "engagement");
    return new ScoringExtractor<>() {
      @Override
      public TenantId tenantId(R record) {
        return tenantId.apply(record);
      }

      @Override
      public RecordRef ref(R record) {
        return ref.apply(record);
      }

      @Override
      public List<?> values(R record, String field) {
        return values.apply(record, field);
      }

      @Override
      public List<EngagementEvent> engagement(R record) {
        return engagement.apply(record);
      }
    };
  }
}
