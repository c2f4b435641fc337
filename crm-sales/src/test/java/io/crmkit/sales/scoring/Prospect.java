package io.crmkit.sales.scoring;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import java.util.List;
import java.util.Map;

/** A scored record for tests: fields by name and engagement events, read by {@link #EXTRACTOR}. */
record Prospect(TenantId tenantId, String id, Map<String, List<Object>> fields, List<EngagementEvent> events) {
  static final ScoringExtractor<Prospect> EXTRACTOR = ScoringExtractor.of(
      Prospect::tenantId, p -> new RecordRef("lead", p.id()), (p, f) -> p.fields().getOrDefault(f, List.of()), Prospect::events);

  Prospect {
    fields = Map.copyOf(fields);
    events = List.copyOf(events);
  }
}
