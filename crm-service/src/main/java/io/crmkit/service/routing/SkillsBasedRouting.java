package io.crmkit.service.routing;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Omni-Channel's skills-based routing with a timeout to drop optional skills. An agent is eligible when
 * available, with enough free capacity, and holding every required skill of the item at its level; while the
 * item is younger than the configured wait, they must hold its optional skills too. Once the item has waited
 * that long, optional skills only rank: the agent meeting most of them wins. Among equals the least loaded wins
 * (fewest open SLA items, then load, then agent id). When nobody qualifies only because of optional skills, the
 * decision says when they drop ({@link RoutingDecision#reconsiderAt()}).
 *
 * <pre>{@code
 * SkillsBasedRouting skills = SkillsBasedRouting.builder(tenant, clock)
 *     .relaxOptionalSkillsAfter(Duration.ofMinutes(10)).build();
 * RoutingDecision d = skills.route(item, agents);
 * }</pre>
 */
public final class SkillsBasedRouting implements RoutingStrategy {
  private final TenantId tenantId;
  private final Clock clock;
  private final Optional<Duration> relaxAfter;

  private SkillsBasedRouting(Builder b) {
    this.tenantId = b.tenantId;
    this.clock = b.clock;
    this.relaxAfter = b.relaxAfter;
  }

  /** A builder for {@code tenantId} reading the time from {@code clock}; by default optional skills never drop. */
  public static Builder builder(TenantId tenantId, Clock clock) {
    return new Builder(tenantId, clock);
  }

  public TenantId tenantId() {
    return tenantId;
  }

  /** How long an item waits before its optional skills stop being required; empty: they never are dropped. */
  public Optional<Duration> relaxOptionalSkillsAfter() {
    return relaxAfter;
  }

  @Override
  public RoutingDecision route(WorkItem item, List<Agent> agents) {
    Map<String, Agent> byId = Eligibility.index(tenantId, item, agents);
    Instant now = clock.instant();
    Duration waited = item.age(now);
    boolean relaxed = !item.optionalSkills().isEmpty() && relaxAfter.map(d -> waited.compareTo(d) >= 0).orElse(false);
    List<CandidateAssessment> assessed = new ArrayList<>();
    List<Agent> eligible = new ArrayList<>();
    Map<String, Integer> optionalMet = new HashMap<>();
    int blockedOnlyByOptional = 0;
    for (Agent a : byId.values()) {
      List<Exclusion> exclusions = new ArrayList<>(Eligibility.basic(a, item));
      boolean basicOk = exclusions.isEmpty();
      int met = 0;
      for (SkillRequirement r : item.optionalSkills()) {
        if (r.metBy(a.level(r.skill()))) {
          met++;
        } else if (!relaxed) {
          exclusions.add(new Exclusion(ExclusionReason.MISSING_OPTIONAL_SKILL, Eligibility.skillGap(a, r)));
        }
      }
      optionalMet.put(a.id(), met);
      String standing = Eligibility.standing(a) + (item.optionalSkills().isEmpty() ? ""
          : ", optional skills met " + met + "/" + item.optionalSkills().size());
      assessed.add(new CandidateAssessment(a.id(), exclusions, standing));
      if (exclusions.isEmpty()) {
        eligible.add(a);
      } else if (basicOk) {
        blockedOnlyByOptional++;
      }
    }
    String relaxation = item.optionalSkills().isEmpty() ? "no optional skills"
        : relaxed ? "optional skills dropped after waiting " + waited + " (limit " + relaxAfter.orElseThrow() + ")"
        : "optional skills required" + relaxAfter.map(d -> " until " + item.createdAt().plus(d)).orElse(" (never dropped)");
    String strategy = "skills based";
    if (eligible.isEmpty()) {
      Optional<Instant> again = blockedOnlyByOptional > 0 ? relaxAfter.map(d -> item.createdAt().plus(d))
          : Optional.empty();
      String why = byId.isEmpty() ? "no agents were offered"
          : "none of the " + byId.size() + " agents can take it (" + relaxation + ")"
              + (again.isPresent() ? "; " + blockedOnlyByOptional + " would qualify once optional skills drop at "
                  + again.get() : "");
      return RoutingDecision.queued(item, strategy, assessed, why, again);
    }
    Comparator<Agent> rank = Comparator.<Agent>comparingInt(a -> -optionalMet.get(a.id()))
        .thenComparing(LeastLoadedRouting.LEAST_LOADED);
    eligible.sort(rank);
    Agent best = eligible.get(0);
    String why = relaxation + "; ";
    if (relaxed) {
      why += "most optional skills met (" + optionalMet.get(best.id()) + "/" + item.optionalSkills().size() + "), then ";
    }
    why += LeastLoadedRouting.whyBest(best, eligible.stream()
        .filter(a -> optionalMet.get(a.id()).equals(optionalMet.get(best.id()))).toList());
    return RoutingDecision.routed(item, strategy, best.id(), assessed, why);
  }

  /** Configures a {@link SkillsBasedRouting}; validated in {@link #build()}. */
  public static final class Builder {
    private final TenantId tenantId;
    private final Clock clock;
    private Optional<Duration> relaxAfter = Optional.empty();

    private Builder(TenantId tenantId, Clock clock) {
      this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
      this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Drops optional skills once an item has waited {@code wait} (zero: they only rank from the start). */
    public Builder relaxOptionalSkillsAfter(Duration wait) {
      this.relaxAfter = Optional.of(Objects.requireNonNull(wait, "relaxOptionalSkillsAfter"));
      return this;
    }

    public SkillsBasedRouting build() {
      relaxAfter.ifPresent(d -> ValidationException.check(!d.isNegative(), "relaxOptionalSkillsAfter",
          "must not be negative but was " + d));
      return new SkillsBasedRouting(this);
    }
  }
}
