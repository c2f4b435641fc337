package io.crmkit.core.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Duplicate rules per entity type, which a host calls before it inserts or updates a record: each rule has an
 * {@link IncrementalMatcher} over the existing records of its type. Entity types without a rule are allowed.
 *
 * <pre>{@code
 * DuplicateRules rules = DuplicateRules.builder()
 *     .rule(DuplicateRule.of("contact", DuplicateAction.BLOCK, 0.95), contactMatcher)
 *     .build();
 * rules.beforeCreate("contact", PartyExtractors.contacts().extract(contact)).requireAllowed();
 * }</pre>
 */
public final class DuplicateRules {
  private final Map<String, DuplicateRule> rules;
  private final Map<String, IncrementalMatcher> matchers;

  private DuplicateRules(Map<String, DuplicateRule> rules, Map<String, IncrementalMatcher> matchers) {
    this.rules = Map.copyOf(rules);
    this.matchers = Map.copyOf(matchers);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The rule of {@code entityType}, if any. */
  public Optional<DuplicateRule> rule(String entityType) {
    return Optional.ofNullable(rules.get(entityType));
  }

  /** Checks a record about to be created; the host adds it to the matcher after a successful insert. */
  public DuplicateCheck beforeCreate(String entityType, MatchRecord record) {
    return check(entityType, record, true);
  }

  /** Checks a record about to be updated; it is not compared with its own stored version. */
  public DuplicateCheck beforeUpdate(String entityType, MatchRecord record) {
    return check(entityType, record, false);
  }

  private DuplicateCheck check(String entityType, MatchRecord record, boolean create) {
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(record, "record");
    DuplicateRule rule = rules.get(entityType);
    if (rule == null) {
      return new DuplicateCheck(entityType, record.id(), DuplicateAction.ALLOW, List.of());
    }
    IncrementalMatcher matcher = matchers.get(entityType);
    if (matcher.size() < 2) {
      return new DuplicateCheck(entityType, record.id(), DuplicateAction.ALLOW, List.of());
    }
    List<ScoredPair> found = matcher.match(record, rule.minProbability());
    DuplicateAction action = found.isEmpty() ? DuplicateAction.ALLOW : create ? rule.onCreate() : rule.onUpdate();
    return new DuplicateCheck(entityType, record.id(), action, found);
  }

  /** Collects rules and their matchers. */
  public static final class Builder {
    private final Map<String, DuplicateRule> rules = new HashMap<>();
    private final Map<String, IncrementalMatcher> matchers = new HashMap<>();

    private Builder() {}

    /** The rule for {@code rule.entityType()}, matching against {@code existing}. */
    public Builder rule(DuplicateRule rule, IncrementalMatcher existing) {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(existing, "existing");
      rules.put(rule.entityType(), rule);
      matchers.put(rule.entityType(), existing);
      return this;
    }

    public DuplicateRules build() {
      return new DuplicateRules(rules, matchers);
    }
  }
}
