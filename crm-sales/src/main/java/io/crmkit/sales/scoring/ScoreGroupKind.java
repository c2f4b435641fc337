package io.crmkit.sales.scoring;

/**
 * The two kinds of score group of a rule-based model: {@code FIT} (who the record is, from its fields) and
 * {@code ENGAGEMENT} (what it did, from timestamped events, with decay).
 */
public enum ScoreGroupKind {
  FIT,
  ENGAGEMENT
}
