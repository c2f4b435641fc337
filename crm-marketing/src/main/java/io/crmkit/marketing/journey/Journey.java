package io.crmkit.marketing.journey;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.party.Contact;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A journey (drip or nurture sequence) of one tenant: an entry rule, a graph of steps from a start step, and
 * goals that end an enrolment wherever it is. Validated when built: step ids are unique, every target exists,
 * every step is reachable from the start, every branch names both outcomes, engagement branches refer to send
 * steps, criteria use contact fields, goal names are unique, and every cycle passes through a wait that always
 * takes time ({@link WaitCondition#alwaysTakesTime()}) so no advance can spin.
 *
 * <pre>{@code
 * Journey onboarding = Journey.builder(new JourneyId("onboarding"), tenant, "Onboarding")
 *     .entry(EntryRule.onTrigger("signup"))
 *     .step(JourneyStep.send("welcome", welcomeId, ChannelKind.EMAIL, "wait"))
 *     .step(JourneyStep.await("wait", WaitCondition.forDuration(Duration.ofDays(2)), "done"))
 *     .step(JourneyStep.exit("done"))
 *     .goal(Goal.triggered("purchased", "purchase"))
 *     .build();
 * }</pre>
 */
public record Journey(
    JourneyId id, TenantId tenantId, long version, String name, EntryRule entry, StepId start,
    List<JourneyStep> steps, List<Goal> goals) {

  public Journey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    ValidationException.checkNotNegative(version, "version");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(start, "start");
    steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    goals = List.copyOf(Objects.requireNonNull(goals, "goals"));
    ValidationException.check(!name.isBlank(), "name", "must not be blank");
    validate(entry, start, steps, goals);
  }

  /** A builder; the first step added is the start unless {@link Builder#start} names another. */
  public static Builder builder(JourneyId id, TenantId tenantId, String name) {
    return new Builder(id, tenantId, name);
  }

  /** The step {@code id}. */
  public JourneyStep step(StepId stepId) {
    for (JourneyStep s : steps) {
      if (s.id().equals(stepId)) {
        return s;
      }
    }
    throw new ValidationException("step", "journey '" + id + "' has no step '" + stepId + "'");
  }

  /** The step {@code id}, if the journey has it. */
  public Optional<JourneyStep> findStep(StepId stepId) {
    return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
  }

  /** The same journey with another version; only stores call it. */
  public Journey withVersion(long value) {
    return new Journey(id, tenantId, value, name, entry, start, steps, goals);
  }

  private static void validate(EntryRule entry, StepId start, List<JourneyStep> steps, List<Goal> goals) {
    ValidationException.check(!steps.isEmpty(), "steps", "a journey needs at least one step");
    Map<StepId, JourneyStep> byId = new LinkedHashMap<>();
    for (JourneyStep s : steps) {
      ValidationException.check(byId.put(s.id(), s) == null, "steps", "step '" + s.id() + "' is defined twice");
    }
    ValidationException.check(byId.containsKey(start), "start", "names no step: '" + start + "'");
    entry.criteria().ifPresent(c -> checkCriteria(c, "entry.criteria"));
    for (JourneyStep s : steps) {
      for (StepId t : s.targets()) {
        ValidationException.check(byId.containsKey(t), "steps." + s.id(), "leads to unknown step '" + t + "'");
      }
      if (s instanceof JourneyStep.Branch b) {
        if (b.condition() instanceof BranchCondition.Matches m) {
          checkCriteria(m.criteria(), "steps." + s.id() + ".condition");
        } else if (b.condition() instanceof BranchCondition.Engaged e) {
          ValidationException.check(byId.get(e.sendStep()) instanceof JourneyStep.Send, "steps." + s.id() + ".condition",
              "tests engagement with '" + e.sendStep() + "', which is not a send step");
        }
      }
    }
    Set<String> goalNames = new HashSet<>();
    for (Goal g : goals) {
      ValidationException.check(goalNames.add(g.name()), "goals", "goal '" + g.name() + "' is defined twice");
      if (g.condition() instanceof Goal.Condition.Matches m) {
        checkCriteria(m.criteria(), "goals." + g.name());
      }
    }
    Set<StepId> reached = new HashSet<>();
    Deque<StepId> todo = new ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      StepId s = todo.pop();
      if (reached.add(s)) {
        todo.addAll(byId.get(s).targets());
      }
    }
    for (StepId s : byId.keySet()) {
      ValidationException.check(reached.contains(s), "steps." + s, "cannot be reached from the start step '" + start + "'");
    }
    Map<StepId, Integer> colour = new HashMap<>();
    for (StepId s : byId.keySet()) {
      List<StepId> path = new ArrayList<>();
      findCycle(s, byId, colour, path);
    }
  }

  private static void findCycle(StepId s, Map<StepId, JourneyStep> byId, Map<StepId, Integer> colour, List<StepId> path) {
    int c = colour.getOrDefault(s, 0);
    if (c == 2) {
      return;
    }
    if (c == 1) {
      List<StepId> cycle = new ArrayList<>(path.subList(path.indexOf(s), path.size()));
      cycle.add(s);
      throw new ValidationException("steps", "the cycle " + String.join(" -> ", cycle.stream().map(StepId::value).toList())
          + " passes no wait that always takes time (a duration or a time of day)");
    }
    JourneyStep step = byId.get(s);
    colour.put(s, 1);
    path.add(s);
    boolean pauses = step instanceof JourneyStep.Wait w && w.until().alwaysTakesTime();
    if (!pauses) {
      for (StepId t : step.targets()) {
        findCycle(t, byId, colour, path);
      }
    }
    path.remove(path.size() - 1);
    colour.put(s, 2);
  }

  private static void checkCriteria(io.crmkit.core.query.Criteria criteria, String field) {
    try {
      Contact.TYPE.validate(criteria);
    } catch (RuntimeException e) {
      throw new ValidationException(field, "must use contact fields: " + e.getMessage());
    }
  }

  /** Collects steps and goals; {@link #build()} validates the whole journey. */
  public static final class Builder {
    private final JourneyId id;
    private final TenantId tenantId;
    private final String name;
    private EntryRule entry = EntryRule.anyone();
    private Optional<StepId> start = Optional.empty();
    private final List<JourneyStep> steps = new ArrayList<>();
    private final List<Goal> goals = new ArrayList<>();

    private Builder(JourneyId id, TenantId tenantId, String name) {
      this.id = Objects.requireNonNull(id, "id");
      this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
      this.name = Objects.requireNonNull(name, "name");
    }

    /** Who may enter; {@link EntryRule#anyone()} unless set. */
    public Builder entry(EntryRule value) {
      this.entry = Objects.requireNonNull(value, "entry");
      return this;
    }

    /** Names the start step. */
    public Builder start(String stepId) {
      this.start = Optional.of(new StepId(stepId));
      return this;
    }

    /** Adds a step. */
    public Builder step(JourneyStep value) {
      steps.add(Objects.requireNonNull(value, "step"));
      return this;
    }

    /** Adds a goal. */
    public Builder goal(Goal value) {
      goals.add(Objects.requireNonNull(value, "goal"));
      return this;
    }

    /** The validated journey, version 0. */
    public Journey build() {
      ValidationException.check(!steps.isEmpty(), "steps", "a journey needs at least one step");
      return new Journey(id, tenantId, 0, name, entry, start.orElse(steps.get(0).id()), steps, goals);
    }
  }
}
