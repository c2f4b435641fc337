package io.crmkit.sales.pipeline;

import io.crmkit.core.ValidationException;
import io.crmkit.core.statemachine.Decision;
import io.crmkit.core.statemachine.Guard;
import io.crmkit.core.statemachine.StateMachine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A sales process: the ordered {@link Stage}s opportunities of one record type move through, validated when
 * built and compiled onto crm-core's {@link StateMachine} (one state per stage, closed stages terminal, an
 * event {@code move_to_<stage>} from every open stage, guarded by the target stage's required fields).
 *
 * <pre>{@code
 * Pipeline renewals = Pipeline.of("renewals", "renewal", List.of(
 *     Stage.open("review", "Review", 1, 40, ForecastCategory.PIPELINE),
 *     Stage.open("quote", "Quote", 2, 80, ForecastCategory.COMMIT).requiring(RequiredField.AMOUNT),
 *     Stage.won("renewed", "Renewed", 3),
 *     Stage.lost("churned", "Churned", 4)));
 * Decision d = renewals.decide("review", "quote", opportunity);
 * }</pre>
 *
 * <p>Rules checked by {@link #of}: stage keys, labels (ignoring case) and orders are unique; there is at least
 * one open, one closed/won and one closed/lost stage; the first stage by order is open (new opportunities
 * start there). Closed stages are terminal: a closed opportunity does not move again.
 */
public final class Pipeline {
  /** Prefix of the event that moves an opportunity into a stage: {@code move_to_<stage key>}. */
  public static final String MOVE_PREFIX = "move_to_";

  private final String name;
  private final String recordType;
  private final List<Stage> stages;
  private final Map<String, Stage> byKey;
  private final Map<String, Integer> position;
  private final StateMachine<StageCandidate> machine;

  private Pipeline(String name, String recordType, List<Stage> stages) {
    this.name = name;
    this.recordType = recordType;
    this.stages = stages;
    Map<String, Stage> keys = new LinkedHashMap<>();
    Map<String, Integer> pos = new HashMap<>();
    for (int i = 0; i < stages.size(); i++) {
      keys.put(stages.get(i).key(), stages.get(i));
      pos.put(stages.get(i).key(), i);
    }
    this.byKey = java.util.Collections.unmodifiableMap(keys);
    this.position = pos;
    this.machine = compile();
  }

  /**
   * A pipeline named {@code name} (lower snake case) for opportunities of {@code recordType} (lower snake
   * case), with {@code stages} in any order (they are sorted by {@link Stage#order()}).
   *
   * @throws ValidationException naming the first rule the stages break
   */
  public static Pipeline of(String name, String recordType, List<Stage> stages) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(recordType, "recordType");
    Objects.requireNonNull(stages, "stages");
    ValidationException.check(name.matches("[a-z][a-z0-9_]{0,63}"), "pipeline.name", "must be lower snake case but was '" + name + "'");
    ValidationException.check(
        recordType.matches("[a-z][a-z0-9_]{0,63}"), "pipeline.recordType", "must be lower snake case but was '" + recordType + "'");
    List<Stage> sorted = new ArrayList<>(stages);
    sorted.forEach(s -> Objects.requireNonNull(s, "stage"));
    sorted.sort(Comparator.comparingInt(Stage::order));
    String field = "pipeline." + name + ".stages";
    ValidationException.check(!sorted.isEmpty(), field, "a pipeline needs stages");
    Set<String> keys = new HashSet<>();
    Set<String> labels = new HashSet<>();
    Set<Integer> orders = new HashSet<>();
    for (Stage s : sorted) {
      ValidationException.check(keys.add(s.key()), field, "stage key '" + s.key() + "' is used twice");
      ValidationException.check(
          labels.add(s.label().strip().toLowerCase(Locale.ROOT)), field, "stage label '" + s.label() + "' is used twice");
      ValidationException.check(
          orders.add(s.order()), field, "stage order " + s.order() + " is used twice (stage '" + s.key() + "')");
    }
    ValidationException.check(sorted.stream().anyMatch(s -> !s.closed()), field, "needs at least one open stage");
    ValidationException.check(sorted.stream().anyMatch(Stage::won), field, "needs at least one closed/won stage");
    ValidationException.check(sorted.stream().anyMatch(Stage::lost), field, "needs at least one closed/lost stage");
    ValidationException.check(
        !sorted.get(0).closed(), field, "the first stage '" + sorted.get(0).key() + "' is where opportunities start, so it must be open");
    return new Pipeline(name, recordType, List.copyOf(sorted));
  }

  /** The event that moves an opportunity into {@code stageKey}, e.g. {@code move_to_closed_won}. */
  public static String moveEvent(String stageKey) {
    return MOVE_PREFIX + Objects.requireNonNull(stageKey, "stageKey");
  }

  private StateMachine<StageCandidate> compile() {
    StateMachine.Builder<StageCandidate> b = StateMachine.builder(name);
    for (Stage s : stages) {
      b.state(s.key());
      if (s.closed()) {
        b.terminal(s.key());
      }
    }
    b.initial(stages.get(0).key());
    for (Stage s : stages) {
      if (s.requiredFields().isEmpty()) {
        b.fromAnyNonTerminal(moveEvent(s.key()), s.key());
      } else {
        b.fromAnyNonTerminal(moveEvent(s.key()), s.key(), new RequiredFieldsGuard(s));
      }
    }
    return b.build();
  }

  public String name() {
    return name;
  }

  /** This pipeline as plain data, e.g. to store it; {@code definition().compile()} gives an equal pipeline. */
  public PipelineDefinition definition() {
    return new PipelineDefinition(name, recordType, stages);
  }

  public String recordType() {
    return recordType;
  }

  /** The stages in pipeline order. */
  public List<Stage> stages() {
    return stages;
  }

  /** The stage where new opportunities start: the first by order. */
  public Stage initialStage() {
    return stages.get(0);
  }

  /** The stage with {@code key}, if the pipeline has it. */
  public Optional<Stage> stage(String key) {
    return Optional.ofNullable(byKey.get(Objects.requireNonNull(key, "key")));
  }

  /**
   * The stage with {@code key}.
   *
   * @throws ValidationException naming the stage and the pipeline's stages when it has no such stage
   */
  public Stage requireStage(String key) {
    Stage s = byKey.get(Objects.requireNonNull(key, "key"));
    if (s == null) {
      throw new ValidationException("stage", "'" + key + "' is not a stage of pipeline " + name + " (stages: " + byKey.keySet() + ")");
    }
    return s;
  }

  /** The position of stage {@code key} in pipeline order, from 0. */
  public int indexOf(String key) {
    requireStage(key);
    return position.get(key);
  }

  /** The open stages in order. */
  public List<Stage> openStages() {
    return stages.stream().filter(s -> !s.closed()).toList();
  }

  /** The compiled state machine: states are stage keys, events {@code move_to_<key>}. */
  public StateMachine<StageCandidate> machine() {
    return machine;
  }

  /** The fields {@code candidate} lacks to enter stage {@code target}, in the stage's order. */
  public List<RequiredField> missingFields(String target, StageCandidate candidate) {
    Objects.requireNonNull(candidate, "candidate");
    return requireStage(target).requiredFields().stream().filter(f -> !candidate.has(f)).toList();
  }

  /**
   * Decides a move from stage {@code from} to stage {@code to} for {@code candidate}: pure, nothing changes.
   * Refused when {@code from} is closed, when {@code to} is {@code from}, or when the candidate lacks a field
   * {@code to} requires (the reason names the fields).
   *
   * @throws ValidationException if either stage is not in this pipeline
   */
  public Decision decide(String from, String to, StageCandidate candidate) {
    requireStage(from);
    requireStage(to);
    Objects.requireNonNull(candidate, "candidate");
    if (from.equals(to)) {
      return new Decision.Refused(from, moveEvent(to), "the opportunity is already in stage '" + to + "'");
    }
    return machine.fire(from, moveEvent(to), candidate);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pipeline p && p.name.equals(name) && p.recordType.equals(recordType) && p.stages.equals(stages);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, recordType, stages);
  }

  @Override
  public String toString() {
    return "Pipeline[" + name + " for " + recordType + ", stages=" + byKey.keySet() + "]";
  }

  /** The guard of a stage with required fields: refuses with the list of missing fields. */
  private record RequiredFieldsGuard(Stage stage) implements Guard<StageCandidate> {
    @Override
    public String name() {
      return "enter_" + stage.key();
    }

    @Override
    public Optional<String> refusal(StageCandidate context) {
      List<String> missing = stage.requiredFields().stream().filter(f -> !context.has(f)).map(RequiredField::key).toList();
      return missing.isEmpty()
          ? Optional.empty()
          : Optional.of("stage '" + stage.key() + "' requires " + String.join(", ", missing));
    }
  }
}
