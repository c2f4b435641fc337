package io.crmkit.marketing.schedule;

import io.crmkit.marketing.channel.DeliveryReceipt;
import io.crmkit.marketing.channel.OutboundMessage;
import io.crmkit.marketing.subscription.SendDecision;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link SendWorker} did with one claimed job, explained: sent, suppressed at send time (completed
 * without sending), or failed (retried with the store's backoff or dead-lettered).
 *
 * <p>{@code for (SendOutcome o : worker.runDue()) log.debug("{}: {}", o.key(), o.explanation());}
 */
public sealed interface SendOutcome {

  /** The job's key, which is also the message id. */
  JobKey key();

  /** Which attempt of the job this was, from 1. */
  int attempt();

  /** When the worker decided, by its clock. */
  Instant at();

  /** What happened and why, in words. */
  String explanation();

  /**
   * The channel accepted {@code message}; {@code completed} is false when the worker's lease was lost meanwhile
   * (another worker may deliver again, under the same message id).
   */
  record Sent(JobKey key, int attempt, Instant at, OutboundMessage message, DeliveryReceipt receipt, SendDecision consent,
      boolean completed) implements SendOutcome {
    public Sent {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(receipt, "receipt");
      Objects.requireNonNull(consent, "consent");
    }

    @Override
    public String explanation() {
      return "sent " + message.id() + " (" + message.kind() + ") to " + message.recipient().map(Object::toString).orElse("no one")
          + ": " + message.reason() + "; " + consent.explanation()
          + (completed ? "" : "; the lease was lost before completing, so the job may be delivered again under the same id");
    }
  }

  /**
   * Not sent, and the job completed so it never is: the send-time check refused ({@code consent} says why), or
   * the recipient cannot receive it (unknown, not a contact).
   */
  record Suppressed(JobKey key, int attempt, Instant at, String reason, Optional<SendDecision> consent, boolean completed)
      implements SendOutcome {
    public Suppressed {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(consent, "consent");
    }

    @Override
    public String explanation() {
      return "suppressed at send time: " + reason + (completed ? "" : "; the lease was lost before completing");
    }
  }

  /** Rendering or the channel failed; {@code failure} says whether the store retries it or dead-lettered it. */
  record Failed(JobKey key, int attempt, Instant at, String error, FailureOutcome failure) implements SendOutcome {
    public Failed {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(failure, "failure");
    }

    @Override
    public String explanation() {
      String next;
      if (failure instanceof FailureOutcome.RetryScheduled r) {
        next = "retry not before " + r.retryAt();
      } else if (failure instanceof FailureOutcome.DeadLettered d) {
        next = "dead-lettered after " + d.attempts() + " attempt(s)";
      } else {
        next = "the lease was already lost";
      }
      return "failed (attempt " + attempt + "): " + error + "; " + next;
    }
  }
}
