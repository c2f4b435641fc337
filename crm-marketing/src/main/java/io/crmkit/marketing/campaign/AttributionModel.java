package io.crmkit.marketing.campaign;

import io.crmkit.core.ValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * How an opportunity's amount is shared among the campaigns that touched it (Salesforce campaign influence):
 * all to the first or the last touch, evenly, by time decay (a touch {@code halfLife} before the close
 * weighs half of one at the close), or position-based (U-shaped: {@code first} and {@code last} shares, the
 * rest evenly over the middle touches), e.g. {@code AttributionModel.positionBased()}.
 */
public sealed interface AttributionModel {
  static AttributionModel firstTouch() {
    return new FirstTouch();
  }

  static AttributionModel lastTouch() {
    return new LastTouch();
  }

  static AttributionModel even() {
    return new Even();
  }

  static AttributionModel timeDecay(Duration halfLife) {
    return new TimeDecay(halfLife);
  }

  /** 40 % first, 40 % last, 20 % over the middle. */
  static AttributionModel positionBased() {
    return new PositionBased(new BigDecimal("0.4"), new BigDecimal("0.4"));
  }

  /** All to the earliest touch. */
  record FirstTouch() implements AttributionModel {}

  /** All to the latest touch. */
  record LastTouch() implements AttributionModel {}

  /** The same to every touch. */
  record Even() implements AttributionModel {}

  /** Weight {@code 2^(−age / halfLife)}, age measured back from the close. */
  record TimeDecay(Duration halfLife) implements AttributionModel {
    public TimeDecay {
      Objects.requireNonNull(halfLife, "halfLife");
      ValidationException.check(!halfLife.isNegative() && !halfLife.isZero(), "halfLife", "must be positive");
    }
  }

  /**
   * U-shaped: {@code first} to the first touch, {@code last} to the last, the rest evenly over the others;
   * with two touches they share in proportion first : last, with one it takes everything.
   */
  record PositionBased(BigDecimal first, BigDecimal last) implements AttributionModel {
    public PositionBased {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      ValidationException.check(first.signum() > 0 && last.signum() > 0, "first", "first and last shares must be positive");
      ValidationException.check(first.add(last).compareTo(BigDecimal.ONE) <= 0, "last", "first + last must not exceed 1");
    }
  }
}
