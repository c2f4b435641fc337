package io.crmkit.marketing.schedule;

import io.crmkit.core.ValidationException;

/**
 * At most {@code perSecond} planned sends on {@code channel} in any UTC second; sends over the rate move to
 * the next free second (and are checked against windows and quiet hours again), e.g.
 * {@code new Throttle("sms", 50)}.
 */
public record Throttle(String channel, int perSecond) {
  public Throttle {
    channel = Channels.checked(channel);
    ValidationException.check(perSecond >= 1, "perSecond", "must be at least 1 but was " + perSecond);
  }
}
