package io.crmkit.analytics.rfm;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * A named segment rule: a customer belongs when their R, F and M scores are all in the rule's ranges. Rules are
 * tried in order and the first that matches wins, e.g.
 * {@code new RfmSegment("champions", ScoreRange.of(4, 5), ScoreRange.of(4, 5), ScoreRange.of(1, 5))}.
 */
public record RfmSegment(String name, ScoreRange recency, ScoreRange frequency, ScoreRange monetary) {
  public RfmSegment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(recency, "recency");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(monetary, "monetary");
    ValidationException.check(!name.isBlank(), "name", "must not be blank");
  }

  public boolean matches(int r, int f, int m) {
    return recency.contains(r) && frequency.contains(f) && monetary.contains(m);
  }
}
