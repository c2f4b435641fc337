package io.crmkit.marketing.schedule;

import io.crmkit.core.ValidationException;
import java.time.Duration;
import java.util.Objects;

/**
 * At most {@code max} messages on {@code channel} per {@code period}, across all campaigns, counting what was
 * already sent; e.g. {@code FrequencyCap.perCalendarDay("email", 1)}. When sends collide on a cap, the
 * higher step priority wins and the others are dropped with reason {@link DroppedSend.Reason#FREQUENCY_CAP}.
 */
public record FrequencyCap(String channel, int max, CapPeriod period) {
  public FrequencyCap {
    channel = Channels.checked(channel);
    ValidationException.check(max >= 1, "max", "must be at least 1 but was " + max);
    Objects.requireNonNull(period, "period");
  }

  /** At most {@code max} per local calendar day. */
  public static FrequencyCap perCalendarDay(String channel, int max) {
    return new FrequencyCap(channel, max, CapPeriod.calendarDay());
  }

  /** At most {@code max} in any {@code window}. */
  public static FrequencyCap rolling(String channel, int max, Duration window) {
    return new FrequencyCap(channel, max, CapPeriod.rolling(window));
  }

  @Override
  public String toString() {
    return channel + " at most " + max + " per " + period;
  }
}
