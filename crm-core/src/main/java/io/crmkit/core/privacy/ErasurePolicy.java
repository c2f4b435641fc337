package io.crmkit.core.privacy;

import io.crmkit.core.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How an erasure treats each entity type and field: anonymise (overwrite personal values, keep the record),
 * delete the record, or keep it because law requires it (an invoice kept for tax law, with the reason).
 * A field rule overrides its type's rule; types without a rule are anonymised.
 *
 * <pre>{@code
 * ErasurePolicy policy = ErasurePolicy.builder()
 *     .record("lead", ErasurePolicy.Treatment.DELETE)
 *     .keep("quote", "tax law: invoices are kept for 10 years")
 *     .build();
 * }</pre>
 */
public final class ErasurePolicy {
  /** What happens to a record or field. */
  public enum Treatment {
    ANONYMISE,
    DELETE,
    KEEP
  }

  /** A treatment with the reason a person reads in the erasure report. */
  public record Rule(Treatment treatment, String reason) {
    public Rule {
      Objects.requireNonNull(treatment, "treatment");
      Objects.requireNonNull(reason, "reason");
      ValidationException.check(treatment != Treatment.KEEP || !reason.isBlank(), "reason", "keeping data needs the reason the law gives");
    }
  }

  private static final Rule DEFAULT = new Rule(Treatment.ANONYMISE, "erasure request");

  private final Map<String, Rule> records;
  private final Map<String, Rule> fields;

  private ErasurePolicy(Builder b) {
    this.records = Map.copyOf(b.records);
    this.fields = Map.copyOf(b.fields);
  }

  /** Anonymise everything. */
  public static ErasurePolicy anonymiseAll() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The rule for records of {@code entityType}. */
  public Rule forRecord(String entityType) {
    return records.getOrDefault(entityType, DEFAULT);
  }

  /** The rule for {@code field} of {@code entityType}: its own rule, else the type's. */
  public Rule forField(String entityType, String field) {
    Rule own = fields.get(entityType + "." + field);
    return own != null ? own : forRecord(entityType);
  }

  /** Builds an {@link ErasurePolicy}. */
  public static final class Builder {
    private final Map<String, Rule> records = new LinkedHashMap<>();
    private final Map<String, Rule> fields = new LinkedHashMap<>();

    private Builder() {}

    public Builder record(String entityType, Treatment treatment) {
      ValidationException.check(treatment != Treatment.KEEP, entityType, "use keep(type, reason) to keep data");
      records.put(entityType, new Rule(treatment, "erasure request"));
      return this;
    }

    public Builder keep(String entityType, String reason) {
      records.put(entityType, new Rule(Treatment.KEEP, reason));
      return this;
    }

    public Builder field(String entityType, String field, Treatment treatment, String reason) {
      ValidationException.check(treatment != Treatment.DELETE, entityType + "." + field, "a field is anonymised or kept; records are deleted");
      fields.put(entityType + "." + field, new Rule(treatment, reason));
      return this;
    }

    public ErasurePolicy build() {
      return new ErasurePolicy(this);
    }
  }
}
