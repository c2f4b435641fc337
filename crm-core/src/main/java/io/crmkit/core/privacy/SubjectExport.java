package io.crmkit.core.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A subject-access export: who it is about, when it was made, and every record of every source about the
 * person, each with how it relates to them. {@code io.crmkit.core.json.SubjectExportJson.write(export)} turns
 * it into the one JSON document handed to the person.
 *
 * <p>{@code SubjectExport export = requests.export(tenantStore, subject);}
 */
public record SubjectExport(Subject subject, Instant exportedAt, List<SubjectRecord> records) {
  public SubjectExport {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(exportedAt, "exportedAt");
    records = List.copyOf(Objects.requireNonNull(records, "records"));
  }

  /** The records grouped by module, then entity type, both in name order; records in source order. */
  public Map<String, Map<String, List<SubjectRecord>>> byModule() {
    Map<String, Map<String, List<SubjectRecord>>> out = new TreeMap<>();
    for (SubjectRecord r : records) {
      out.computeIfAbsent(r.module(), m -> new TreeMap<>()).computeIfAbsent(r.entityType(), t -> new ArrayList<>()).add(r);
    }
    return out;
  }

  /** The records of {@code entityType} (of any module). */
  public List<SubjectRecord> recordsOf(String entityType) {
    return records.stream().filter(r -> r.entityType().equals(entityType)).toList();
  }
}
