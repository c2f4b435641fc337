package io.crmkit.marketing.schedule;

import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.Objects;

/**
 * The idempotency key of a job: one per (step, recipient, nominal time), so planning the same fire twice, a
 * retry or a re-plan after a crash enqueues it once: {@code JobKey.of("welcome-1", "contact:42", nominal)}.
 *
 * <p>The nominal time is the instant the schedule named before any window, quiet-hours or throttle shift,
 * so the key stays the same however the send is moved.
 */
public record JobKey(String value) implements Comparable<JobKey> {
  public JobKey {
    Objects.requireNonNull(value, "value");
    ValidationException.check(!value.isBlank(), "jobKey", "must not be blank");
    ValidationException.check(value.length() <= 512, "jobKey", "must have at most 512 characters");
  }

  /** The key of the fire of {@code step} for {@code recipient} at the nominal instant {@code nominal}. */
  public static JobKey of(String step, String recipient, Instant nominal) {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(nominal, "nominal");
    return new JobKey(compose(step, recipient, nominal.toString()));
  }

  /** The key text for a nominal instant already formatted by {@link Instant#toString()}. */
  static String compose(String step, String recipient, String nominalText) {
    return step + "|" + recipient + "|" + nominalText;
  }

  @Override
  public int compareTo(JobKey o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
