package io.crmkit.service.ivr;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * What a menu does when the caller presses a key or says something no option expects, or nothing before the
 * prompt times out: it plays {@code retryMessage} and repeats the prompt up to {@code maxRepeats} times, then
 * transfers the caller to {@code fallbackQueue}. Invalid input and silence count together, per prompt.
 * {@code RetryPolicy.of(2, "reception")}.
 */
public record RetryPolicy(int maxRepeats, String fallbackQueue, String retryMessage) {
  /** The most repeats a policy may allow. */
  public static final int MAX_REPEATS = 9;

  public RetryPolicy {
    Objects.requireNonNull(fallbackQueue, "fallbackQueue");
    Objects.requireNonNull(retryMessage, "retryMessage");
    ValidationException.check(maxRepeats >= 0 && maxRepeats <= MAX_REPEATS, "maxRepeats",
        "must be 0 to " + MAX_REPEATS + " but was " + maxRepeats);
    ValidationException.check(!fallbackQueue.isBlank(), "fallbackQueue", "must not be blank");
    ValidationException.check(!retryMessage.isBlank(), "retryMessage", "must not be blank");
  }

  /** Up to {@code maxRepeats} repeats with a standard retry message, then {@code fallbackQueue}. */
  public static RetryPolicy of(int maxRepeats, String fallbackQueue) {
    return new RetryPolicy(maxRepeats, fallbackQueue, "Sorry, I did not get that.");
  }
}
