package io.crmkit.store.jdbc;

import io.crmkit.core.json.CrmJson;
import io.crmkit.core.query.ValueKind;
import io.crmkit.testkit.store.KitRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The document codec of the kit's {@link KitRecord}: CrmJson for every component but the custom fields, a
 * {@code Map<String, Object>} whose value types JSON alone cannot carry (a Long 3 reads back as an Integer),
 * which it writes as kind-tagged text, e.g. {@code "level":"LONG:3"}.
 */
final class KitRecordCodec implements DocumentCodec<KitRecord> {
  static final KitRecordCodec INSTANCE = new KitRecordCodec();

  @Override
  public String write(KitRecord record) {
    ObjectNode node = (ObjectNode) CrmJson.mapper().readTree(CrmJson.write(record.withCustomFields(Map.of())));
    ObjectNode custom = node.putObject("customFields");
    for (Map.Entry<String, Object> e : record.customFields().entrySet()) {
      custom.put(e.getKey(), kindOf(e.getValue()) + ":" + e.getValue());
    }
    return CrmJson.mapper().writeValueAsString(node);
  }

  @Override
  public KitRecord read(String document) {
    ObjectNode node = (ObjectNode) CrmJson.mapper().readTree(document);
    JsonNode custom = node.remove("customFields");
    Map<String, Object> values = new HashMap<>();
    if (custom != null) {
      for (Map.Entry<String, JsonNode> e : custom.properties()) {
        String tagged = e.getValue().asString();
        int colon = tagged.indexOf(':');
        values.put(e.getKey(), parse(ValueKind.valueOf(tagged.substring(0, colon)), tagged.substring(colon + 1)));
      }
    }
    return CrmJson.mapper().treeToValue(node, KitRecord.class).withCustomFields(values);
  }

  private static ValueKind kindOf(Object value) {
    for (ValueKind k : ValueKind.values()) {
      if (k.javaType().isInstance(value)) {
        return k;
      }
    }
    throw new IllegalArgumentException("not a kit value: " + value);
  }

  private static Object parse(ValueKind kind, String text) {
    return switch (kind) {
      case TEXT -> text;
      case LONG -> Long.parseLong(text);
      case DECIMAL -> new BigDecimal(text);
      case BOOLEAN -> Boolean.parseBoolean(text);
      case INSTANT -> Instant.parse(text);
      case DATE -> LocalDate.parse(text);
    };
  }
}
