package io.crmkit.sales.scoring;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The configuration of predictive lead scoring for one tenant, as Odoo's CRM settings hold it: the stages
 * (with sequence and won flag), the variables taken into account besides the stage ({@code crm.pls_fields}),
 * and the start date ({@code crm.pls_start_date}: only leads created on or after it are learnt from). It
 * also turns records into {@link PlsObservation}s through a {@link ScoringExtractor}: the stage is the field
 * {@value #STAGE_VARIABLE}, the team {@value #TEAM_FIELD}, the creation instant {@value #CREATED_FIELD}.
 *
 * <pre>{@code
 * PredictiveScoringModel model = new PredictiveScoringModel(tenant, stages,
 *     List.of(PlsVariable.EMAIL_STATE, PlsVariable.PHONE_STATE, PlsVariable.COUNTRY), LocalDate.parse("2024-01-01"));
 * }</pre>
 */
public record PredictiveScoringModel(TenantId tenantId, List<PlsStage> stages, List<PlsVariable> variables, LocalDate startDate) {
  /** The variable name of the stage in the frequency table (Odoo's {@code stage_id}). */
  public static final String STAGE_VARIABLE = "stage_id";
  /** The field the extractor is asked for a record's sales team (Odoo's {@code team_id}). */
  public static final String TEAM_FIELD = "team_id";
  /** The field the extractor is asked for a record's creation instant (Odoo's {@code create_date}). */
  public static final String CREATED_FIELD = "create_date";

  public PredictiveScoringModel {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(startDate, "startDate");
    stages = List.copyOf(stages);
    variables = List.copyOf(variables);
    ValidationException.check(!stages.isEmpty(), "stages", "predictive scoring needs at least one stage");
    Set<String> ids = new HashSet<>();
    for (PlsStage s : stages) {
      ValidationException.check(ids.add(s.id()), "stages", "two stages have the id '" + s.id() + "'");
    }
    Set<String> names = new HashSet<>();
    for (PlsVariable v : variables) {
      ValidationException.check(names.add(v.name()), "variables", "variable '" + v.name() + "' is listed twice");
    }
  }

  /** The stages in pipeline order: by sequence, ties in the order given (Odoo: {@code order='sequence, id'}). */
  public List<PlsStage> stagesInOrder() {
    List<PlsStage> ordered = new ArrayList<>(stages);
    ordered.sort(Comparator.comparingInt(PlsStage::sequence));
    return List.copyOf(ordered);
  }

  /** The first stage in pipeline order: its won and lost counts are a team's won and lost totals. */
  public PlsStage firstStage() {
    return stagesInOrder().get(0);
  }

  /** The stage with {@code id}, if the model has it. */
  public Optional<PlsStage> stage(String id) {
    for (PlsStage s : stages) {
      if (s.id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Whether a lead created at {@code createdAt} is learnt from: created on or after the start date (UTC). */
  public boolean learnsFrom(Instant createdAt) {
    return !LocalDate.ofInstant(createdAt, ZoneOffset.UTC).isBefore(startDate);
  }

  /**
   * The observation of {@code record}: its team, stage and the values of every variable, as text (Odoo
   * compares {@code str(value)}); unset values (no value, or an empty text) are left out, except for
   * variables where absence is a value.
   *
   * @throws io.crmkit.core.AccessDeniedException if the record belongs to another tenant
   */
  public <R> PlsObservation observe(R record, ScoringExtractor<R> extractor) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(extractor, "extractor");
    TenantId tenant = extractor.tenantId(record);
    if (!tenant.equals(tenantId)) {
      throw new io.crmkit.core.AccessDeniedException(
          "predictive scoring of tenant " + tenantId + " cannot read a record of tenant " + tenant);
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (PlsVariable v : variables) {
      List<String> texts = texts(extractor.values(record, v.name()));
      if (!v.multiValued() && texts.size() > 1) {
        throw new ValidationException(v.name(), "is a single-valued variable but the record has " + texts.size() + " values");
      }
      if (texts.isEmpty() && v.absentIsValue()) {
        texts = List.of(PlsVariable.ABSENT);
      }
      if (!texts.isEmpty()) {
        values.put(v.name(), texts);
      }
    }
    Optional<String> stage = single(extractor.values(record, STAGE_VARIABLE), STAGE_VARIABLE);
    Optional<String> team = single(extractor.values(record, TEAM_FIELD), TEAM_FIELD);
    Optional<Instant> created = Optional.empty();
    List<?> c = extractor.values(record, CREATED_FIELD);
    if (!c.isEmpty()) {
      if (!(c.get(0) instanceof Instant at)) {
        throw new ValidationException(CREATED_FIELD, "must be an Instant but the extractor gave " + c.get(0).getClass().getSimpleName());
      }
      created = Optional.of(at);
    }
    return new PlsObservation(team, stage, values, created);
  }

  private static Optional<String> single(List<?> values, String field) {
    List<String> texts = texts(values);
    ValidationException.check(texts.size() <= 1, field, "must have at most one value but has " + texts.size());
    return texts.isEmpty() ? Optional.empty() : Optional.of(texts.get(0));
  }

  private static List<String> texts(List<?> values) {
    if (values.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(values.size());
    for (Object v : values) {
      String s = String.valueOf(Objects.requireNonNull(v, "value"));
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /** Stage ids to the sequence, for counting. */
  Map<String, Integer> sequences() {
    Map<String, Integer> m = new HashMap<>();
    for (PlsStage s : stages) {
      m.put(s.id(), s.sequence());
    }
    return m;
  }
}
