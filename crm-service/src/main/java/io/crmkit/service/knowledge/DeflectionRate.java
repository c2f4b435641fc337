package io.crmkit.service.knowledge;

import io.crmkit.core.ValidationException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How often reading one article ended a portal session's need for a case, in one period: of the sessions
 * that read it (whose window has passed), how many opened no case within the window.
 *
 * <p>{@code rate.deflected() + rate.escalated() == rate.sessions()}
 *
 * @param periodStart the first day of the period (in the report's zone) in which the sessions first read it
 * @param sessions sessions that read the article and whose window is over
 * @param deflected those that opened no case within the window after reading it
 * @param escalated those that opened a case within the window
 * @param pending sessions whose window is still open at the report's instant (in neither count)
 */
public record DeflectionRate(ArticleId article, LocalDate periodStart, long sessions, long deflected, long escalated, long pending) {
  public DeflectionRate {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(periodStart, "periodStart");
    ValidationException.check(deflected >= 0 && escalated >= 0 && pending >= 0, "deflectionRate", "counts must not be negative");
    ValidationException.check(sessions == deflected + escalated, "deflectionRate.sessions", "must equal deflected + escalated");
  }

  /** The share of sessions deflected, 0 to 1; 0 when no session is complete yet. */
  public double rate() {
    return sessions == 0 ? 0 : (double) deflected / sessions;
  }
}
