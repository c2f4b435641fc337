package io.crmkit.service.feedback;

import io.crmkit.core.ValidationException;

/**
 * The two survey kinds and their scales: CSAT ("how satisfied were you", 1–5; 4 and 5 count as satisfied) and
 * NPS ("how likely are you to recommend us", 0–10; 9–10 promoters, 7–8 passives, 0–6 detractors).
 *
 * <p>{@code SurveyKind.NPS.classify(9) == SurveyKind.Band.POSITIVE}
 */
public enum SurveyKind {
  /** Customer satisfaction, 1 to 5. */
  CSAT(1, 5, 4, 2),
  /** Net Promoter Score, 0 to 10. */
  NPS(0, 10, 9, 6);

  private final int min;
  private final int max;
  private final int positiveFrom;
  private final int negativeTo;

  SurveyKind(int min, int max, int positiveFrom, int negativeTo) {
    this.min = min;
    this.max = max;
    this.positiveFrom = positiveFrom;
    this.negativeTo = negativeTo;
  }

  /** The lowest score. */
  public int min() {
    return min;
  }

  /** The highest score. */
  public int max() {
    return max;
  }

  /** Checks that {@code score} is on this kind's scale. */
  public int checkScore(int score) {
    if (score < min || score > max) {
      throw new ValidationException("survey.score", "a " + this + " score must be " + min + " to " + max + " but was " + score);
    }
    return score;
  }

  /** Where a score falls: satisfied or promoter; neutral or passive; dissatisfied or detractor. */
  public Band classify(int score) {
    checkScore(score);
    return score >= positiveFrom ? Band.POSITIVE : score <= negativeTo ? Band.NEGATIVE : Band.NEUTRAL;
  }

  /**
   * The band of a score: for CSAT satisfied (4–5), neutral (3), dissatisfied (1–2); for NPS promoter (9–10),
   * passive (7–8), detractor (0–6).
   */
  public enum Band {
    POSITIVE,
    NEUTRAL,
    NEGATIVE
  }
}
