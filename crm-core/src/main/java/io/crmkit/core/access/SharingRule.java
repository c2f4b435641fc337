package io.crmkit.core.access;

import io.crmkit.core.ValidationException;
import io.crmkit.core.query.Criteria;
import java.util.Objects;

/**
 * A sharing rule: it opens records of one entity type to a group at {@code READ} or {@code READ_WRITE}. Its
 * source is either ownership (records owned by members of a group — for a team, also records the team owns)
 * or criteria (records matching a core {@link Criteria}). Sharing rules only ever widen access; a decision
 * they grant is named {@code sharing-rule:<name>}.
 *
 * <pre>{@code
 * SharingRule.ownedBy("emea-to-us", "contact", SharingGroup.roleAndSubordinates("emea"),
 *     SharingGroup.role("us-rep"), AccessLevel.READ);
 * SharingRule.matching("big-deals", "opportunity", Criteria.atLeast(AMOUNT, new BigDecimal("100000")),
 *     SharingGroup.team("t-deal-desk"), AccessLevel.READ_WRITE);
 * }</pre>
 */
public record SharingRule(String name, String entityType, Source source, SharingGroup sharedWith, AccessLevel level) {

  /** Which records a rule shares. */
  public sealed interface Source {}

  /** Records owned by the members of {@code group} (and, for a team, by the team itself). */
  public record OwnedBy(SharingGroup group) implements Source {
    public OwnedBy {
      Objects.requireNonNull(group, "group");
    }
  }

  /** Records that match {@code criteria}. */
  public record Matching(Criteria criteria) implements Source {
    public Matching {
      Objects.requireNonNull(criteria, "criteria");
    }
  }

  public SharingRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sharedWith, "sharedWith");
    Objects.requireNonNull(level, "level");
    ValidationException.check(name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}"), "rule.name",
        "must be 1 to 64 letters, digits, '_', '.' or '-' but was '" + name + "'");
    TypeNames.checked(entityType, "rules." + name + ".entityType");
    ValidationException.check(level != AccessLevel.FULL, "rules." + name + ".level",
        "a sharing rule grants READ or READ_WRITE, never FULL");
  }

  /** An owner-based rule. */
  public static SharingRule ownedBy(String name, String entityType, SharingGroup owners, SharingGroup sharedWith, AccessLevel level) {
    return new SharingRule(name, entityType, new OwnedBy(owners), sharedWith, level);
  }

  /** A criteria-based rule. */
  public static SharingRule matching(String name, String entityType, Criteria criteria, SharingGroup sharedWith, AccessLevel level) {
    return new SharingRule(name, entityType, new Matching(criteria), sharedWith, level);
  }

  /** The name decisions give for this rule: {@code sharing-rule:<name>}. */
  public String ruleName() {
    return "sharing-rule:" + name;
  }
}
