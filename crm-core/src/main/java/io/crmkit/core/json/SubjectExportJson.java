package io.crmkit.core.json;

import io.crmkit.core.privacy.SubjectExport;
import io.crmkit.core.privacy.SubjectRecord;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON document of a subject-access export ({@link io.crmkit.core.privacy.SubjectExport}): one object
 * with the person's identifiers, the time of the export, the number of records and every record grouped by
 * module and entity type, each as {@code {"id", "relation", "record"}} where {@code record} is its
 * {@link CrmJson} document:
 *
 * <pre>{@code
 * {"format": "crmkit-subject-export/1", "tenant": "acme", "contact": "c-1", "emails": ["ada@example.com"],
 *  "phones": [], "exportedAt": "2026-01-15T10:00:00Z", "recordCount": 3,
 *  "modules": {"core": {"activity": [{"id": "a-1", "relation": "call linked to contact:c-1", "record": {...}}], ...}}}
 * }</pre>
 *
 * <p>{@code String json = SubjectExportJson.write(export);} — indented, map keys sorted, so equal exports give
 * equal text. {@code contact} is left out for a person without a contact record.
 */
public final class SubjectExportJson {
  /** The value of the document's {@code format} property. */
  public static final String FORMAT = "crmkit-subject-export/1";

  private static final JsonMapper PRETTY = CrmJson.mapper().rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

  private SubjectExportJson() {}

  /** The export as one indented JSON document. */
  public static String write(SubjectExport export) {
    Objects.requireNonNull(export, "export");
    ObjectNode root = PRETTY.createObjectNode();
    root.put("format", FORMAT);
    root.put("tenant", export.subject().tenant().value());
    if (export.subject().hasContact()) {
      root.put("contact", export.subject().contact().value());
    }
    ArrayNode emails = root.putArray("emails");
    new TreeSet<>(export.subject().emails()).forEach(emails::add);
    ArrayNode phones = root.putArray("phones");
    new TreeSet<>(export.subject().phones()).forEach(phones::add);
    root.put("exportedAt", export.exportedAt().toString());
    root.put("recordCount", export.records().size());
    ObjectNode modules = root.putObject("modules");
    for (Map.Entry<String, Map<String, List<SubjectRecord>>> m : export.byModule().entrySet()) {
      ObjectNode types = modules.putObject(m.getKey());
      for (Map.Entry<String, List<SubjectRecord>> t : m.getValue().entrySet()) {
        ArrayNode list = types.putArray(t.getKey());
        for (SubjectRecord r : t.getValue()) {
          ObjectNode item = list.addObject();
          item.put("id", r.id());
          item.put("relation", r.relation());
          item.set("record", PRETTY.valueToTree(r.record()));
        }
      }
    }
    try {
      return PRETTY.writeValueAsString(root);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("cannot write the subject export as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
