package io.crmkit.marketing.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentState;
import io.crmkit.core.party.Contact;
import io.crmkit.marketing.channel.OutboundMessage;
import io.crmkit.marketing.schedule.SendWorkerFixture.Crash;
import io.crmkit.marketing.schedule.SendWorkerFixture.Fault;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SendWorkerTest {
  final SendWorkerFixture f = new SendWorkerFixture();
  final Instant due = SendWorkerFixture.T0.plus(Duration.ofHours(1));

  @Nested
  @DisplayName("consent is checked when the message goes out")
  class ConsentAtSendTime {
    @Test
    @DisplayName("a send whose consent was withdrawn after planning is not sent, and the job completes as suppressed")
    void withdrawnAfterPlanning() {
      Contact ada = f.contact("c-ada", true);
      Contact bob = f.contact("c-bob", true);
      JobKey toAda = f.plan("tips", "contact:c-ada", due);
      JobKey toBob = f.plan("tips", "contact:c-bob", due);
      f.clock.advance(Duration.ofMinutes(30));
      f.subscriptions.unsubscribeAll(ada.id(), Channel.EMAIL, "preference-centre");
      f.clock.advance(Duration.ofMinutes(30));

      List<SendOutcome> outcomes = f.worker.runDue();

      assertThat(outcomes).extracting(SendOutcome::key).containsExactlyInAnyOrder(toAda, toBob);
      SendOutcome ofAda = outcomes.stream().filter(o -> o.key().equals(toAda)).findFirst().orElseThrow();
      assertThat(ofAda).isInstanceOfSatisfying(SendOutcome.Suppressed.class, s -> {
        assertThat(s.completed()).isTrue();
        assertThat(s.at()).isEqualTo(due);
        assertThat(s.consent()).hasValueSatisfying(d -> {
          assertThat(d.allowed()).isFalse();
          assertThat(d.consent()).hasValueSatisfying(c -> assertThat(c.state()).isEqualTo(ConsentState.WITHDRAWN));
        });
        assertThat(s.explanation()).startsWith("suppressed at send time: may not contact:").contains("reachable at c-ada@example.com");
      });
      assertThat(f.recording.sentTo(ada.id())).isEmpty();
      assertThat(f.recording.sentTo(bob.id())).singleElement().satisfies(m -> assertThat(m.id().value()).isEqualTo(toBob.value()));
      assertThat(f.jobs.find(toAda)).hasValueSatisfying(j -> assertThat(j.state()).isEqualTo(JobState.COMPLETED));
      assertThat(f.worker.runDue()).isEmpty();
    }

    @Test
    @DisplayName("a recipient that is not a contact, or no longer exists, is suppressed with the reason")
    void unknownRecipients() {
      f.plan("tips", "lead:bo", due);
      f.plan("tips", "contact:c-gone", due);
      f.clock.advance(Duration.ofHours(1));

      assertThat(f.worker.runDue()).extracting(SendOutcome::explanation).containsExactlyInAnyOrder(
          "suppressed at send time: the recipient lead:bo is not a contact; only contacts are sent to",
          "suppressed at send time: the contact contact:c-gone no longer exists");
      assertThat(f.recording.sent()).isEmpty();
      assertThat(f.jobs.openCount()).isZero();
    }
  }

  @Nested
  @DisplayName("a sent message")
  class Sending {
    @Test
    @DisplayName("is rendered for the contact and carries the job key as its message id")
    void renderedWithTheJobKey() {
      Contact ada = f.contact("c-ada", true);
      JobKey key = f.plan("tips", "contact:c-ada", due);
      f.clock.advance(Duration.ofHours(1));

      List<SendOutcome> outcomes = f.worker.runDue();

      assertThat(outcomes).singleElement().isInstanceOfSatisfying(SendOutcome.Sent.class, s -> {
        assertThat(s.completed()).isTrue();
        assertThat(s.attempt()).isEqualTo(1);
        assertThat(s.message()).isInstanceOfSatisfying(OutboundMessage.Email.class, e -> {
          assertThat(e.id().value()).isEqualTo(key.value());
          assertThat(e.to()).isEqualTo("c-ada@example.com");
          assertThat(e.subject()).isEqualTo("Tips for c-ada");
          assertThat(e.nominalAt()).isEqualTo(due);
          assertThat(e.reason()).isEqualTo("campaign 'spring', step 'tips', nominal " + due);
        });
        assertThat(s.explanation()).contains("consent GRANTED");
      });
      assertThat(f.recording.sentTo(ada.id())).hasSize(1);
      assertThat(f.jobs.find(key)).hasValueSatisfying(j -> assertThat(j.state()).isEqualTo(JobState.COMPLETED));
    }

    @Test
    @DisplayName("is not sent before it is due")
    void notBeforeDue() {
      f.contact("c-ada", true);
      f.plan("tips", "contact:c-ada", due);
      f.clock.advance(Duration.ofMinutes(59));
      assertThat(f.worker.runDue()).isEmpty();
      assertThat(f.recording.sent()).isEmpty();
    }

    @Test
    @DisplayName("a job of a step without a configured message fails with the reason")
    void unknownStep() {
      f.contact("c-ada", true);
      f.plan("other-step", "contact:c-ada", due);
      f.clock.advance(Duration.ofHours(1));
      assertThat(f.worker.runDue()).singleElement().isInstanceOfSatisfying(SendOutcome.Failed.class, o -> {
        assertThat(o.error()).isEqualTo("no message is configured for step 'other-step' (configured: [tips])");
        assertThat(o.failure()).isInstanceOf(FailureOutcome.RetryScheduled.class);
      });
    }
  }

  @Nested
  @DisplayName("failures and crashes")
  class Failures {
    @Test
    @DisplayName("a channel failure fails the job, which is retried after the store's backoff under the same id")
    void channelFailureIsRetried() {
      f.contact("c-ada", true);
      JobKey key = f.plan("tips", "contact:c-ada", due);
      f.clock.advance(Duration.ofHours(1));
      f.channel.faults.add(Fault.CHANNEL_DOWN);

      SendOutcome first = f.worker.runDue().get(0);

      assertThat(first).isInstanceOfSatisfying(SendOutcome.Failed.class, o -> {
        assertThat(o.error()).contains("the channel failed").contains("connection refused");
        assertThat(o.failure()).isInstanceOf(FailureOutcome.RetryScheduled.class);
      });
      Instant retryAt = ((FailureOutcome.RetryScheduled) ((SendOutcome.Failed) first).failure()).retryAt();
      assertThat(retryAt).isAfter(f.clock.instant());
      assertThat(f.worker.runDue()).isEmpty();
      f.clock.advance(Duration.between(f.clock.instant(), retryAt));

      assertThat(f.worker.runDue()).singleElement().isInstanceOfSatisfying(SendOutcome.Sent.class, s -> {
        assertThat(s.attempt()).isEqualTo(2);
        assertThat(s.message().id().value()).isEqualTo(key.value());
      });
      assertThat(f.recording.sent()).hasSize(1);
    }

    @Test
    @DisplayName("a crash after delivery and before completing resends after the lease expires, with the same message id")
    void crashThenLeaseExpiry() {
      Contact ada = f.contact("c-ada", true);
      JobKey key = f.plan("tips", "contact:c-ada", due);
      f.clock.advance(Duration.ofHours(1));
      f.channel.faults.add(Fault.CRASH_AFTER_DELIVERY);

      assertThatThrownBy(f.worker::runDue).isInstanceOf(Crash.class);
      assertThat(f.jobs.find(key)).hasValueSatisfying(j -> assertThat(j.state()).isEqualTo(JobState.CLAIMED));
      f.clock.advance(SendWorkerFixture.LEASE.minusSeconds(1));
      assertThat(f.worker.runDue()).as("the lease still holds").isEmpty();
      f.clock.advance(Duration.ofSeconds(1));

      assertThat(f.worker.runDue()).singleElement().isInstanceOfSatisfying(SendOutcome.Sent.class, s -> {
        assertThat(s.attempt()).isEqualTo(2);
        assertThat(s.completed()).isTrue();
      });
      assertThat(f.channel.deliveries).hasSize(2).extracting(m -> m.id().value()).containsOnly(key.value());
      assertThat(f.recording.sentTo(ada.id())).as("one logical message").hasSize(1);
      assertThat(f.jobs.find(key)).hasValueSatisfying(j -> assertThat(j.state()).isEqualTo(JobState.COMPLETED));
    }

    @Test
    @DisplayName("a worker whose lease was taken over reports the send as not completed")
    void staleWorker() {
      f.contact("c-ada", true);
      JobKey key = f.plan("tips", "contact:c-ada", due);
      f.clock.advance(Duration.ofHours(1));
      Claim stale = f.jobs.claimDue("worker-0", 1, SendWorkerFixture.LEASE).get(0);
      f.clock.advance(SendWorkerFixture.LEASE);
      SendOutcome fresh = f.worker.runDue().get(0);

      SendOutcome late = f.worker.carryOut(stale);

      assertThat(fresh).isInstanceOfSatisfying(SendOutcome.Sent.class, s -> assertThat(s.completed()).isTrue());
      assertThat(late).isInstanceOfSatisfying(SendOutcome.Sent.class, s -> {
        assertThat(s.completed()).isFalse();
        assertThat(s.explanation()).contains("the lease was lost before completing");
      });
      assertThat(f.recording.sent()).singleElement().satisfies(m -> assertThat(m.id().value()).isEqualTo(key.value()));
    }
  }
}
