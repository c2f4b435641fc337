package io.crmkit.service.feedback;

import io.crmkit.service.cases.CaseId;
import java.util.Objects;
import java.util.Optional;

/**
 * A survey answer as it arrives, before it is stored: which case, which kind, the score and comment, and the
 * agent and team to credit (when the host knows them).
 *
 * <p>{@code SurveySubmission.of(caseId, SurveyKind.NPS, 9).withComment("Great").byAgent("u-7").inTeam("tier-1")}
 */
public record SurveySubmission(CaseId caseId, SurveyKind kind, int score, Optional<String> comment, Optional<String> agent, Optional<String> team) {
  public SurveySubmission {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(team, "team");
    kind.checkScore(score);
  }

  /** A submission without comment or attribution. */
  public static SurveySubmission of(CaseId caseId, SurveyKind kind, int score) {
    return new SurveySubmission(caseId, kind, score, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public SurveySubmission withComment(String value) {
    return new SurveySubmission(caseId, kind, score, Optional.of(value), agent, team);
  }

  public SurveySubmission byAgent(String value) {
    return new SurveySubmission(caseId, kind, score, comment, Optional.of(value), team);
  }

  public SurveySubmission inTeam(String value) {
    return new SurveySubmission(caseId, kind, score, comment, agent, Optional.of(value));
  }
}
