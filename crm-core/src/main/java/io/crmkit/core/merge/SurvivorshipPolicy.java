package io.crmkit.core.merge;

import io.crmkit.core.Aggregate;
import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which value survives a merge, field by field: a {@link SurvivorshipRule} per field path, the rules used
 * where no path is named, the ranking of trusted source systems and how the master is chosen. Immutable;
 * built resilience4j-style and validated in {@link Builder#build()}:
 *
 * <pre>{@code
 * SurvivorshipPolicy policy = SurvivorshipPolicy.from(SurvivorshipPolicy.contactDefaults())
 *     .rule("jobTitle", SurvivorshipRule.MOST_TRUSTED_SOURCE)
 *     .trustedSources("sap", "salesforce", "webform")
 *     .build();
 * }</pre>
 *
 * <p>Field paths are the record component names ({@code name}, {@code jobTitle}, {@code contactPoints},
 * ...); a single custom field or external-id system is {@code customFields.<key>} or {@code
 * externalIds.<system>}, whose rule decides between records that hold different values for that key when the
 * collection itself is merged by {@link SurvivorshipRule#UNION}. {@link ContactMerge} and {@link AccountMerge}
 * reject a policy naming a field their type does not have.
 */
public final class SurvivorshipPolicy {

  /**
   * Per-value timestamps for {@link SurvivorshipRule#MOST_RECENT}, e.g. the last change of each field as an
   * audit trail knows it ({@code io.crmkit.core.audit.FieldHistory}). Empty means "use the record's
   * {@code updatedAt}".
   *
   * <p>{@code ValueTimestamps stamps = (record, path) -> history.lastChange(record, path);}
   */
  @FunctionalInterface
  public interface ValueTimestamps {
    /** When the value at {@code path} of {@code record} was last set, when known. */
    Optional<Instant> at(Aggregate<?> record, String path);

    /** Knows no per-value times: records' {@code updatedAt} decides. */
    static ValueTimestamps none() {
      return (record, path) -> Optional.empty();
    }
  }

  private static final Pattern PATH = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*(\\.[^\\s]{1,128})?");
  private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");

  private static final SurvivorshipPolicy DEFAULTS = custom().build();
  private static final SurvivorshipPolicy CONTACT_DEFAULTS =
      custom()
          .rule("name", SurvivorshipRule.MOST_COMPLETE)
          .rule("owner", SurvivorshipRule.MASTER)
          .build();
  private static final SurvivorshipPolicy ACCOUNT_DEFAULTS =
      custom()
          .rule("name", SurvivorshipRule.LONGEST)
          .rule("owner", SurvivorshipRule.MASTER)
          .rule("domain", SurvivorshipRule.MASTER)
          .build();

  private final Map<String, SurvivorshipRule> rules;
  private final SurvivorshipRule singleValuedRule;
  private final SurvivorshipRule multiValuedRule;
  private final SurvivorshipRule keyRule;
  private final List<String> trustedSources;
  private final Optional<String> sourceField;
  private final MasterChoice masterChoice;
  private final ValueTimestamps valueTimestamps;

  private SurvivorshipPolicy(Builder b) {
    this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(b.rules));
    this.singleValuedRule = b.singleValuedRule;
    this.multiValuedRule = b.multiValuedRule;
    this.keyRule = b.keyRule;
    this.trustedSources = List.copyOf(b.trustedSources);
    this.sourceField = b.sourceField;
    this.masterChoice = b.masterChoice;
    this.valueTimestamps = b.valueTimestamps;
  }

  /**
   * The generic defaults: single-valued fields {@link SurvivorshipRule#MOST_RECENT}, multi-valued fields
   * {@link SurvivorshipRule#UNION} with {@code MOST_RECENT} between different values of one key, the
   * {@link MasterChoice#OLDEST} record as master, no trusted sources.
   */
  public static SurvivorshipPolicy ofDefaults() {
    return DEFAULTS;
  }

  /**
   * The defaults for contacts: like {@link #ofDefaults()}, but the most complete name (a name with middle name
   * and suffix beats a bare one) and the master's owner (a merge does not silently reassign a contact).
   */
  public static SurvivorshipPolicy contactDefaults() {
    return CONTACT_DEFAULTS;
  }

  /**
   * The defaults for accounts: like {@link #ofDefaults()}, but the longest name ("ACME Corporation" over
   * "ACME"), and the master's owner and web domain.
   */
  public static SurvivorshipPolicy accountDefaults() {
    return ACCOUNT_DEFAULTS;
  }

  /** A builder starting from {@link #ofDefaults()}. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder starting from {@code base}'s settings. */
  public static Builder from(SurvivorshipPolicy base) {
    Objects.requireNonNull(base, "base");
    Builder b = new Builder();
    b.rules.putAll(base.rules);
    b.singleValuedRule = base.singleValuedRule;
    b.multiValuedRule = base.multiValuedRule;
    b.keyRule = base.keyRule;
    b.trustedSources.addAll(base.trustedSources);
    b.sourceField = base.sourceField;
    b.masterChoice = base.masterChoice;
    b.valueTimestamps = base.valueTimestamps;
    return b;
  }

  /** The rules named per field path, in the order they were given. */
  public Map<String, SurvivorshipRule> rules() {
    return rules;
  }

  /** The rule of a single-valued field whose path has no rule of its own. */
  public SurvivorshipRule singleValuedRule() {
    return singleValuedRule;
  }

  /** The rule of a multi-valued field whose path has no rule of its own. */
  public SurvivorshipRule multiValuedRule() {
    return multiValuedRule;
  }

  /** The rule deciding between different values of one key (custom field, external-id system) in a union. */
  public SurvivorshipRule keyRule() {
    return keyRule;
  }

  /** Source systems from most to least trusted. */
  public List<String> trustedSources() {
    return trustedSources;
  }

  /** The custom field (text or picklist) naming a record's source system, when one is configured. */
  public Optional<String> sourceField() {
    return sourceField;
  }

  public MasterChoice masterChoice() {
    return masterChoice;
  }

  public ValueTimestamps valueTimestamps() {
    return valueTimestamps;
  }

  /** The rule for the field at {@code path}: its own, else the default for its arity. */
  public SurvivorshipRule ruleFor(String path, boolean multiValued) {
    SurvivorshipRule own = rules.get(path);
    if (own != null) {
      return own;
    }
    return multiValued ? multiValuedRule : singleValuedRule;
  }

  /** The rule between different values of the key at {@code path} ({@code customFields.tier}). */
  SurvivorshipRule keyRuleFor(String path) {
    return rules.getOrDefault(path, keyRule);
  }

  /**
   * The rank of the best-trusted of {@code sources}: 0 for the most trusted system, {@link Integer#MAX_VALUE}
   * when none of them is ranked.
   */
  int rank(Set<String> sources) {
    int best = Integer.MAX_VALUE;
    for (String s : sources) {
      int i = trustedSources.indexOf(s);
      if (i >= 0 && i < best) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Checks the policy against the fields of an entity type: every named path must be one of {@code single}
   * or {@code multi} or a key below one of {@code keyed}, and {@link SurvivorshipRule#UNION} is only for
   * multi-valued fields.
   *
   * @throws ValidationException naming the first path that does not fit
   */
  void validateFor(String typeName, Set<String> single, Set<String> multi, Set<String> keyed) {
    for (Map.Entry<String, SurvivorshipRule> e : rules.entrySet()) {
      String path = e.getKey();
      int dot = path.indexOf('.');
      boolean isKey = dot > 0 && keyed.contains(path.substring(0, dot));
      ValidationException.check(
          single.contains(path) || multi.contains(path) || isKey,
          "rules." + path,
          "'" + path + "' is not a field of " + typeName + "; fields are " + new LinkedHashSet<>(concat(single, multi))
              + " and keys below " + keyed + " such as " + keyed.stream().findFirst().map(k -> k + ".<key>").orElse("-"));
      ValidationException.check(
          e.getValue() != SurvivorshipRule.UNION || multi.contains(path),
          "rules." + path,
          "UNION merges collections; " + path + " of " + typeName + " holds a single value, choose another rule");
    }
  }

  private static List<String> concat(Set<String> a, Set<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  @Override
  public String toString() {
    return "SurvivorshipPolicy[rules=" + rules + ", single=" + singleValuedRule + ", multi=" + multiValuedRule
        + ", key=" + keyRule + ", trusted=" + trustedSources + ", sourceField=" + sourceField.orElse("-")
        + ", master=" + masterChoice + "]";
  }

  /** Builds a {@link SurvivorshipPolicy}; {@link #build()} validates. */
  public static final class Builder {
    private final Map<String, SurvivorshipRule> rules = new LinkedHashMap<>();
    private SurvivorshipRule singleValuedRule = SurvivorshipRule.MOST_RECENT;
    private SurvivorshipRule multiValuedRule = SurvivorshipRule.UNION;
    private SurvivorshipRule keyRule = SurvivorshipRule.MOST_RECENT;
    private final List<String> trustedSources = new ArrayList<>();
    private Optional<String> sourceField = Optional.empty();
    private MasterChoice masterChoice = MasterChoice.OLDEST;
    private ValueTimestamps valueTimestamps = ValueTimestamps.none();

    private Builder() {}

    /** The rule for the field at {@code path} ({@code jobTitle}, {@code contactPoints}, {@code customFields.tier}). */
    public Builder rule(String path, SurvivorshipRule rule) {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(rule, "rule");
      ValidationException.check(
          PATH.matcher(path).matches(), "path", "must be a field name such as 'jobTitle' or 'customFields.tier' but was '" + path + "'");
      rules.put(path, rule);
      return this;
    }

    /** The rule of single-valued fields without a rule of their own (default {@code MOST_RECENT}). */
    public Builder singleValuedRule(SurvivorshipRule rule) {
      this.singleValuedRule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /** The rule of multi-valued fields without a rule of their own (default {@code UNION}). */
    public Builder multiValuedRule(SurvivorshipRule rule) {
      this.multiValuedRule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /** The rule between different values of one key in a union (default {@code MOST_RECENT}). */
    public Builder keyRule(SurvivorshipRule rule) {
      this.keyRule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /** Source systems from most to least trusted, e.g. {@code trustedSources("sap", "salesforce")}. */
    public Builder trustedSources(String... systems) {
      return trustedSources(List.of(systems));
    }

    /** Source systems from most to least trusted. */
    public Builder trustedSources(List<String> systems) {
      Objects.requireNonNull(systems, "systems");
      trustedSources.clear();
      for (String s : systems) {
        Objects.requireNonNull(s, "trustedSources");
        ValidationException.check(
            SOURCE.matcher(s).matches(), "trustedSources", "must be lower-case system names such as 'salesforce' but had '" + s + "'");
        ValidationException.check(!trustedSources.contains(s), "trustedSources", "names '" + s + "' twice");
        trustedSources.add(s);
      }
      return this;
    }

    /** The custom field (text or picklist) naming a record's source system, besides its external-id systems. */
    public Builder sourceField(String customFieldKey) {
      this.sourceField = Optional.of(Objects.requireNonNull(customFieldKey, "customFieldKey"));
      return this;
    }

    /** How the master is chosen when a merge does not name it (default {@link MasterChoice#OLDEST}). */
    public Builder masterChoice(MasterChoice choice) {
      this.masterChoice = Objects.requireNonNull(choice, "choice");
      return this;
    }

    /** Per-value timestamps for {@code MOST_RECENT} (default: none, records' {@code updatedAt} decides). */
    public Builder valueTimestamps(ValueTimestamps stamps) {
      this.valueTimestamps = Objects.requireNonNull(stamps, "stamps");
      return this;
    }

    /**
     * The policy.
     *
     * @throws ValidationException when a default rule cannot apply ({@code UNION} for single values or keys)
     *     or {@code MOST_TRUSTED_SOURCE} is used without {@link #trustedSources}
     */
    public SurvivorshipPolicy build() {
      ValidationException.check(
          singleValuedRule != SurvivorshipRule.UNION, "singleValuedRule", "UNION merges collections; choose a rule that picks one value");
      ValidationException.check(
          keyRule != SurvivorshipRule.UNION, "keyRule", "UNION cannot decide between two values of one key; choose a rule that picks one");
      boolean trusted = singleValuedRule == SurvivorshipRule.MOST_TRUSTED_SOURCE
          || multiValuedRule == SurvivorshipRule.MOST_TRUSTED_SOURCE
          || keyRule == SurvivorshipRule.MOST_TRUSTED_SOURCE
          || rules.containsValue(SurvivorshipRule.MOST_TRUSTED_SOURCE);
      ValidationException.check(
          !trusted || !trustedSources.isEmpty(),
          "trustedSources",
          "MOST_TRUSTED_SOURCE needs a ranking: name the source systems with trustedSources(\"sap\", \"salesforce\", ...)");
      return new SurvivorshipPolicy(this);
    }
  }
}
