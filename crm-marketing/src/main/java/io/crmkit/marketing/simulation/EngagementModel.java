package io.crmkit.marketing.simulation;

import io.crmkit.core.ValidationException;
import io.crmkit.marketing.channel.EngagementKind;
import java.time.Duration;
import java.util.Objects;

/**
 * How simulated recipients answer a message: it is opened with probability {@code open}, and an opened message is
 * clicked with probability {@code click} and replied to with probability {@code reply}; each reaction comes a
 * random delay of up to {@code maxDelay} after the one before (the send, then the open).
 * {@code new EngagementModel(0.4, 0.25, 0.05, Duration.ofDays(2))}
 *
 * <p>The draws for a message depend on the simulation's seed and the message id only, so adding a contact or a
 * step does not change what the others do.
 */
public record EngagementModel(double open, double click, double reply, Duration maxDelay) {
  public EngagementModel {
    checkProbability(open, "open");
    checkProbability(click, "click");
    checkProbability(reply, "reply");
    Objects.requireNonNull(maxDelay, "maxDelay");
    ValidationException.check(maxDelay.compareTo(Duration.ofSeconds(1)) >= 0, "maxDelay", "must be at least one second but was " + maxDelay);
  }

  /** No one reacts to anything. */
  public static EngagementModel none() {
    return new EngagementModel(0, 0, 0, Duration.ofHours(1));
  }

  /** The probability of {@code kind} given the message was opened (for {@link EngagementKind#OPENED}: at all). */
  double probabilityOf(EngagementKind kind) {
    return switch (kind) {
      case OPENED -> open;
      case CLICKED -> click;
      case REPLIED -> reply;
      default -> 0;
    };
  }

  private static void checkProbability(double p, String field) {
    ValidationException.check(p >= 0 && p <= 1, field, "must be a probability in [0, 1] but was " + p);
  }
}
