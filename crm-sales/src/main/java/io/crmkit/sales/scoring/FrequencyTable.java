package io.crmkit.sales.scoring;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Odoo's lead scoring frequency table ({@code crm.lead.scoring.frequency}) for one tenant: per sales team
 * (and for leads without team), per variable and value, how many closed leads were won and lost. Immutable:
 * {@link #recount} builds it from every closed lead (Odoo's nightly rebuild), {@link #record} adds one lead
 * that was just won or lost and {@link #reopen} takes one out again (Odoo's live increment and decrement);
 * an incremental update equals a recount.
 *
 * <p>How a closed lead counts, as in Odoo: only leads created on or after the model's start date; each value
 * of each configured variable once; for the stage, a won lead counts as won in <em>every</em> stage (it went
 * through all of them), a lost lead as lost in its stage and every stage of a lower or equal sequence (the
 * stages it reached). So the first stage's counts are the team's won and lost totals.
 *
 * <pre>{@code
 * FrequencyTable table = FrequencyTable.recount(model, closedLeads);
 * table = table.record(model, model.observe(lead, extractor), PlsOutcome.WON);
 * }</pre>
 */
public final class FrequencyTable {
  /** The key of leads without team; team ids are never empty. */
  static final String NO_TEAM = "";

  private final TenantId tenantId;
  // team key -> variable -> value -> counts
  private final Map<String, Map<String, Map<String, FrequencyCounts>>> teams;

  private FrequencyTable(TenantId tenantId, Map<String, Map<String, Map<String, FrequencyCounts>>> teams) {
    this.tenantId = tenantId;
    this.teams = teams;
  }

  /** A table without counts. */
  public static FrequencyTable empty(TenantId tenantId) {
    return new FrequencyTable(Objects.requireNonNull(tenantId, "tenantId"), Map.of());
  }

  /**
   * A table restored from persisted rows.
   *
   * @throws ValidationException if two rows have the same team, variable and value
   */
  public static FrequencyTable of(TenantId tenantId, Collection<FrequencyEntry> entries) {
    Objects.requireNonNull(tenantId, "tenantId");
    Map<String, Map<String, Map<String, FrequencyCounts>>> m = new HashMap<>();
    for (FrequencyEntry e : entries) {
      FrequencyCounts previous = m.computeIfAbsent(e.team().orElse(NO_TEAM), k -> new HashMap<>())
          .computeIfAbsent(e.variable(), k -> new HashMap<>())
          .put(e.value(), e.counts());
      ValidationException.check(previous == null, "entries",
          "two rows for team " + e.team().orElse("(none)") + ", variable '" + e.variable() + "', value '" + e.value() + "'");
    }
    return new FrequencyTable(tenantId, freeze(m));
  }

  /** The table counted from scratch from {@code closed} (Odoo's {@code _rebuild_pls_frequency_table}). */
  public static FrequencyTable recount(PredictiveScoringModel model, Collection<ClosedLead> closed) {
    Objects.requireNonNull(model, "model");
    Map<String, Map<String, Map<String, long[]>>> m = new HashMap<>();
    Counter counter = new Counter(model);
    for (ClosedLead c : closed) {
      if (!counter.learns(c.observation())) {
        continue;
      }
      Map<String, Map<String, long[]>> team = m.computeIfAbsent(c.observation().team().orElse(NO_TEAM), k -> new HashMap<>());
      long won = c.outcome() == PlsOutcome.WON ? 1 : 0;
      long lost = 1 - won;
      counter.forEachPair(c.observation(), c.outcome(), (variable, value) -> {
        long[] counts = team.computeIfAbsent(variable, k -> new HashMap<>()).computeIfAbsent(value, k -> new long[2]);
        counts[0] += won;
        counts[1] += lost;
      });
    }
    Map<String, Map<String, Map<String, FrequencyCounts>>> out = new HashMap<>();
    m.forEach((team, vars) -> {
      Map<String, Map<String, FrequencyCounts>> tv = new HashMap<>();
      vars.forEach((var, values) -> {
        Map<String, FrequencyCounts> vv = new HashMap<>();
        values.forEach((value, c) -> vv.put(value, new FrequencyCounts(c[0], c[1])));
        tv.put(var, vv);
      });
      out.put(team, tv);
    });
    return new FrequencyTable(model.tenantId(), freeze(out));
  }

  /**
   * This table with {@code lead}, just won or lost, counted in (Odoo's {@code _pls_increment_frequencies}).
   * A lead created before the start date, or without creation instant, leaves the table as it is.
   */
  public FrequencyTable record(PredictiveScoringModel model, PlsObservation lead, PlsOutcome outcome) {
    return step(model, lead, outcome, 1);
  }

  /**
   * This table with {@code lead}, which had been closed with {@code previous} and is open again, counted
   * out (Odoo's decrement); counts never fall below zero, and rows the lead never made are left alone.
   */
  public FrequencyTable reopen(PredictiveScoringModel model, PlsObservation lead, PlsOutcome previous) {
    return step(model, lead, previous, -1);
  }

  private FrequencyTable step(PredictiveScoringModel model, PlsObservation lead, PlsOutcome outcome, int step) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(outcome, "outcome");
    checkTenant(model);
    Counter counter = new Counter(model);
    if (!counter.learns(lead)) {
      return this;
    }
    String teamKey = lead.team().orElse(NO_TEAM);
    Map<String, Map<String, FrequencyCounts>> team = new HashMap<>();
    teams.getOrDefault(teamKey, Map.of()).forEach((k, v) -> team.put(k, new HashMap<>(v)));
    long won = outcome == PlsOutcome.WON ? step : 0;
    long lost = outcome == PlsOutcome.LOST ? step : 0;
    counter.forEachPair(lead, outcome, (variable, value) -> {
      Map<String, FrequencyCounts> values = team.computeIfAbsent(variable, k -> new HashMap<>());
      FrequencyCounts current = values.get(value);
      if (current != null) {
        values.put(value, current.plus(won, lost));
      } else if (step > 0) {
        values.put(value, new FrequencyCounts(won, lost));
      }
    });
    team.values().removeIf(Map::isEmpty);
    Map<String, Map<String, Map<String, FrequencyCounts>>> next = new HashMap<>(teams);
    if (team.isEmpty()) {
      next.remove(teamKey);
    } else {
      next.put(teamKey, team);
    }
    return new FrequencyTable(tenantId, freeze(next));
  }

  private void checkTenant(PredictiveScoringModel model) {
    if (!model.tenantId().equals(tenantId)) {
      throw new io.crmkit.core.AccessDeniedException(
          "the frequency table of tenant " + tenantId + " cannot be updated with a model of tenant " + model.tenantId());
    }
  }

  /** The tenant whose leads were counted. */
  public TenantId tenantId() {
    return tenantId;
  }

  /** The counts of {@code variable} = {@code value} among closed leads of {@code team} (empty: without team). */
  public Optional<FrequencyCounts> counts(Optional<String> team, String variable, String value) {
    return Optional.ofNullable(teams.getOrDefault(team.orElse(NO_TEAM), Map.of()).getOrDefault(variable, Map.of()).get(value));
  }

  /** The teams with counts, in text order (without the leads that have no team). */
  public Set<String> teams() {
    TreeSet<String> out = new TreeSet<>(teams.keySet());
    out.remove(NO_TEAM);
    return Collections.unmodifiableSet(out);
  }

  /** Every row, ordered by team (no team first), variable and value: the table as Odoo persists it. */
  public List<FrequencyEntry> entries() {
    List<FrequencyEntry> out = new ArrayList<>();
    teams.forEach((team, vars) -> vars.forEach((var, values) -> values.forEach((value, c) ->
        out.add(new FrequencyEntry(team.isEmpty() ? Optional.empty() : Optional.of(team), var, value, c)))));
    out.sort(Comparator.comparing((FrequencyEntry e) -> e.team().orElse(NO_TEAM))
        .thenComparing(FrequencyEntry::variable)
        .thenComparing(FrequencyEntry::value));
    return List.copyOf(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FrequencyTable t && t.tenantId.equals(tenantId) && t.teams.equals(teams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenantId, teams);
  }

  @Override
  public String toString() {
    return "FrequencyTable[" + tenantId + ", " + entries().size() + " rows]";
  }

  private static Map<String, Map<String, Map<String, FrequencyCounts>>> freeze(
      Map<String, Map<String, Map<String, FrequencyCounts>>> m) {
    Map<String, Map<String, Map<String, FrequencyCounts>>> out = new HashMap<>();
    m.forEach((team, vars) -> {
      Map<String, Map<String, FrequencyCounts>> tv = new HashMap<>();
      vars.forEach((var, values) -> {
        if (!values.isEmpty()) {
          tv.put(var, Map.copyOf(values));
        }
      });
      if (!tv.isEmpty()) {
        out.put(team, Map.copyOf(tv));
      }
    });
    return Map.copyOf(out);
  }

  /** Which (variable, value) pairs a closed lead counts for. */
  private static final class Counter {
    final PredictiveScoringModel model;
    final List<PlsStage> stages;
    final Map<String, Integer> sequences;

    Counter(PredictiveScoringModel model) {
      this.model = model;
      this.stages = model.stagesInOrder();
      this.sequences = model.sequences();
    }

    boolean learns(PlsObservation lead) {
      return lead.createdAt().isPresent() && model.learnsFrom(lead.createdAt().get());
    }

    void forEachPair(PlsObservation lead, PlsOutcome outcome, java.util.function.BiConsumer<String, String> pair) {
      if (lead.stage().isPresent()) {
        String stage = lead.stage().get();
        Integer sequence = sequences.get(stage);
        if (sequence == null) {
          throw new ValidationException(PredictiveScoringModel.STAGE_VARIABLE, "'" + stage + "' is not a stage of the model");
        }
        for (PlsStage s : stages) {
          if (outcome == PlsOutcome.WON || s.sequence() <= sequence) {
            pair.accept(PredictiveScoringModel.STAGE_VARIABLE, s.id());
          }
        }
      }
      for (PlsVariable v : model.variables()) {
        for (String value : lead.values(v.name())) {
          pair.accept(v.name(), value);
        }
      }
    }
  }
}
