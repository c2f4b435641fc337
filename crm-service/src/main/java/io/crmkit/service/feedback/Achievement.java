package io.crmkit.service.feedback;

import io.crmkit.core.ValidationException;
import io.crmkit.service.cases.CaseId;
import java.time.Instant;
import java.util.Objects;

/**
 * Something an agent did that recognition rules may reward, as the host reports it from its cases, SLA
 * clocks and surveys: a case solved, an SLA target met, or a case rated by the customer.
 *
 * <p>{@code new Achievement.CaseSolved("u-7", caseId, solvedAt)}
 */
public sealed interface Achievement {
  /** The user id of the agent. */
  String agent();

  /** The case it concerns. */
  CaseId caseId();

  /** When it happened; it decides the leaderboard period. */
  Instant at();

  /** What it was, in words, for award explanations. */
  String describe();

  private static void checkAgent(String agent) {
    Objects.requireNonNull(agent, "agent");
    ValidationException.check(!agent.isBlank() && agent.length() <= 128, "achievement.agent", "must have 1 to 128 characters and not be blank");
  }

  /**
   * The agent solved the case.
   *
   * <p>{@code new Achievement.CaseSolved("u-7", caseId, at)}
   */
  record CaseSolved(String agent, CaseId caseId, Instant at) implements Achievement {
    public CaseSolved {
      checkAgent(agent);
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(at, "at");
    }

    @Override
    public String describe() {
      return "solved case " + caseId;
    }
  }

  /**
   * The agent met an SLA target of the case, e.g. {@code first_response}.
   *
   * <p>{@code new Achievement.SlaMet("u-7", caseId, "first_response", at)}
   *
   * @param metric the SLA metric met, lower snake case
   */
  record SlaMet(String agent, CaseId caseId, String metric, Instant at) implements Achievement {
    public SlaMet {
      checkAgent(agent);
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(at, "at");
      ValidationException.check(metric.matches("[a-z][a-z0-9_]{0,63}"), "achievement.metric", "must be lower snake case but was '" + metric + "'");
    }

    @Override
    public String describe() {
      return "met the " + metric + " target of case " + caseId;
    }
  }

  /**
   * The customer rated the agent's case.
   *
   * <p>{@code new Achievement.CaseRated("u-7", caseId, SurveyKind.CSAT, 5, at)}
   */
  record CaseRated(String agent, CaseId caseId, SurveyKind kind, int score, Instant at) implements Achievement {
    public CaseRated {
      checkAgent(agent);
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(at, "at");
      kind.checkScore(score);
    }

    /** The rating of a stored survey response credited to an agent. */
    public static CaseRated of(SurveyResponse r) {
      String agent = r.agent().orElseThrow(() -> new ValidationException("survey.agent", "the response credits no agent"));
      return new CaseRated(agent, r.caseId(), r.kind(), r.score(), r.answer().answeredAt());
    }

    @Override
    public String describe() {
      return "case " + caseId + " rated " + kind + " " + score;
    }
  }
}
