package io.crmkit.marketing.schedule;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/** Validation of channel names such as {@code email}, {@code sms} or {@code push}. */
final class Channels {
  private Channels() {}

  static String checked(String channel) {
    Objects.requireNonNull(channel, "channel");
    ValidationException.check(
        channel.matches("[a-z][a-z0-9_]{0,31}"), "channel", "must be a lower-case channel name such as email but was '" + channel + "'");
    return channel;
  }
}
