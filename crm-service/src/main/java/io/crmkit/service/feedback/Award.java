package io.crmkit.service.feedback;

import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.Objects;

/**
 * Points given to an agent by one rule for one achievement, with the explanation of why.
 *
 * <p>{@code award.explanation()} — e.g. {@code "delighted (CSAT 5–5): +15 for case c-1 rated CSAT 5"}
 *
 * @param rule the name of the rule that gave it
 */
public record Award(String agent, String rule, int points, Achievement achievement, String explanation) {
  public Award {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(achievement, "achievement");
    Objects.requireNonNull(explanation, "explanation");
    ValidationException.check(agent.equals(achievement.agent()), "award.agent", "must be the achievement's agent");
    ValidationException.check(points != 0, "award.points", "must not be 0");
  }

  /** When it was earned: the achievement's instant. */
  public Instant at() {
    return achievement.at();
  }
}
