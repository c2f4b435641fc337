package io.crmkit.marketing.abtest;

/** What an A/B test's winner is chosen by: successes per message sent. */
public enum AbMetric {
  /** Opened messages per sent message. */
  OPEN_RATE,
  /** Clicked messages per sent message. */
  CLICK_RATE,
  /** Recipients who converted (a goal, a purchase) per sent message. */
  CONVERSION
}
