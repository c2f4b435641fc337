package io.crmkit.service.feedback;

import io.crmkit.core.Aggregate;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import io.crmkit.service.cases.CaseId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's answer to one survey kind for one case, stored on its own ({@link #TYPE}): the current
 * answer, the earlier answers it replaced (oldest first), and the agent and team the case is credited to.
 *
 * <p>Made by {@link Surveys}: {@code surveys.answer(SurveySubmission.of(caseId, SurveyKind.CSAT, 5).byAgent("u-7"))}
 *
 * @param agent the user id of the agent credited with the case, when known
 * @param team the team credited with the case, when known
 * @param history the answers this one replaced, oldest first, each on the kind's scale
 */
public record SurveyResponse(
    SurveyResponseId id,
    TenantId tenantId,
    long version,
    CaseId caseId,
    SurveyKind kind,
    SurveyAnswer answer,
    Optional<String> agent,
    Optional<String> team,
    List<SurveyAnswer> history)
    implements Aggregate<SurveyResponseId> {

  /** The entity type name, {@code survey_response}. */
  public static final String TYPE_NAME = "survey_response";
  /** The case; indexed. */
  public static final FieldRef<String> CASE = FieldRef.text("caseId");
  /** The survey kind ({@code CSAT} or {@code NPS}). */
  public static final FieldRef<String> KIND = FieldRef.text("kind");
  /** The credited agent; indexed. */
  public static final FieldRef<String> AGENT = FieldRef.text("agent");

  /** Describes survey responses to the stores. */
  public static final EntityType<SurveyResponse, SurveyResponseId> TYPE =
      EntityType.builder(TYPE_NAME, SurveyResponse.class, SurveyResponseId::new)
          .field(CASE, r -> r.caseId().value())
          .field(KIND, r -> r.kind().name())
          .optionalField(AGENT, SurveyResponse::agent)
          .index(CASE, AGENT)
          .build();

  public SurveyResponse {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(team, "team");
    history = List.copyOf(Objects.requireNonNull(history, "history"));
    ValidationException.checkNotNegative(version, "version");
    ValidationException.check(id.equals(SurveyResponseId.of(caseId, kind)), "survey.id", "must be SurveyResponseId.of(caseId, kind)");
    kind.checkScore(answer.score());
    history.forEach(h -> kind.checkScore(h.score()));
    agent.ifPresent(a -> ValidationException.check(!a.isBlank() && a.length() <= 128, "survey.agent", "must have 1 to 128 characters"));
    team.ifPresent(t -> ValidationException.check(!t.isBlank() && t.length() <= 128, "survey.team", "must have 1 to 128 characters"));
    for (int i = 0; i < history.size(); i++) {
      SurveyAnswer next = i + 1 < history.size() ? history.get(i + 1) : answer;
      ValidationException.check(!next.answeredAt().isBefore(history.get(i).answeredAt()), "survey.history", "answers must be in the order they were given");
    }
  }

  /** The band of the current score. */
  public SurveyKind.Band band() {
    return kind.classify(answer.score());
  }

  /** The current score. */
  public int score() {
    return answer.score();
  }

  /** This response as a record reference. */
  public RecordRef ref() {
    return RecordRef.of(TYPE_NAME, id);
  }

  @Override
  public SurveyResponse withVersion(long version) {
    return new SurveyResponse(id, tenantId, version, caseId, kind, answer, agent, team, history);
  }

  /** This response re-answered: {@code newAnswer} becomes current, the current one joins the history. */
  SurveyResponse reanswered(SurveyAnswer newAnswer, Optional<String> newAgent, Optional<String> newTeam) {
    List<SurveyAnswer> h = new ArrayList<>(history);
    h.add(answer);
    return new SurveyResponse(id, tenantId, version, caseId, kind, newAnswer, newAgent.or(() -> agent), newTeam.or(() -> team), h);
  }
}
