package io.crmkit.marketing.schedule;

import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.store.TenantStore;
import io.crmkit.marketing.channel.Channel;
import io.crmkit.marketing.channel.DeliveryReceipt;
import io.crmkit.marketing.channel.MessageId;
import io.crmkit.marketing.channel.OutboundMessage;
import io.crmkit.marketing.channel.OutboundMessages;
import io.crmkit.marketing.subscription.SendDecision;
import io.crmkit.marketing.subscription.Subscriptions;
import io.crmkit.marketing.template.MergeContext;
import io.crmkit.marketing.template.RenderedMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Carries out due sends: claims the due jobs of a {@link JobStore}, checks consent for each <em>at send time</em>
 * through {@link Subscriptions#mayContact} (a send whose consent was withdrawn after planning completes as
 * suppressed, with the reason), renders the step's template for the contact, hands the message to the
 * {@link Channel} with the job's key as its {@link MessageId}, and completes the job. A rendering or channel
 * failure fails the job, so the store retries it with its backoff or dead-letters it.
 *
 * <pre>{@code
 * SendWorker worker = new SendWorker(jobs, tenantStore, subscriptions, List.of(tipsMessage), channel, clock,
 *     SendWorker.Settings.of("worker-1"));
 * List<SendOutcome> outcomes = worker.runDue();   // every claimed job, explained
 * }</pre>
 *
 * <p>Delivery is at least once: a worker that crashes after delivering and before completing loses its lease,
 * and the job is sent again after the lease expires — under the same message id, so an idempotent channel sends
 * it once. The clock should be the job store's: it gives the instant consent is checked at. Not thread-safe;
 * run one worker per thread (the store arbitrates between them).
 */
public final class SendWorker {
  private final JobStore jobs;
  private final TenantStore contacts;
  private final Subscriptions subscriptions;
  private final Map<String, StepMessage> messages;
  private final Channel channel;
  private final Clock clock;
  private final Settings settings;

  /**
   * A worker over {@code jobs}, reading recipients from {@code contacts}, checking consent with
   * {@code subscriptions}, sending each job by the {@link StepMessage} of its step through {@code channel}.
   */
  public SendWorker(JobStore jobs, TenantStore contacts, Subscriptions subscriptions, Collection<StepMessage> messages,
      Channel channel, Clock clock, Settings settings) {
    this.jobs = Objects.requireNonNull(jobs, "jobs");
    this.contacts = Objects.requireNonNull(contacts, "contacts");
    this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(messages, "messages");
    ValidationException.check(contacts.tenantId().equals(subscriptions.tenantId()), "contacts",
        "belong to tenant " + contacts.tenantId() + " but the subscriptions to " + subscriptions.tenantId());
    Map<String, StepMessage> byStep = new LinkedHashMap<>();
    for (StepMessage m : messages) {
      ValidationException.check(byStep.putIfAbsent(m.step(), m) == null, "messages", "name step '" + m.step() + "' twice");
      ValidationException.check(m.template().template().tenantId().equals(subscriptions.tenantId()), "messages",
          "step '" + m.step() + "' uses a template of tenant " + m.template().template().tenantId());
    }
    this.messages = Map.copyOf(byStep);
  }

  /**
   * How a worker claims: its name on the leases, how long a lease lasts, and how many jobs one
   * {@link #runDue()} claims at most. {@code Settings.of("worker-1").withLeaseFor(Duration.ofMinutes(1))}
   */
  public record Settings(String worker, Duration leaseFor, int batchSize) {
    public Settings {
      Objects.requireNonNull(worker, "worker");
      Objects.requireNonNull(leaseFor, "leaseFor");
      ValidationException.check(!worker.isBlank(), "worker", "must not be blank");
      ValidationException.check(!leaseFor.isNegative() && !leaseFor.isZero(), "leaseFor", "must be positive but was " + leaseFor);
      ValidationException.check(batchSize >= 1, "batchSize", "must be at least 1 but was " + batchSize);
    }

    /** Leases of five minutes, 100 jobs per run. */
    public static Settings of(String worker) {
      return new Settings(worker, Duration.ofMinutes(5), 100);
    }

    /** The same settings with leases of {@code value}. */
    public Settings withLeaseFor(Duration value) {
      return new Settings(worker, value, batchSize);
    }

    /** The same settings claiming at most {@code value} jobs per run. */
    public Settings withBatchSize(int value) {
      return new Settings(worker, leaseFor, value);
    }
  }

  /** Claims the jobs due now (up to the batch size) and carries each out; one outcome per claimed job, in claim order. */
  public List<SendOutcome> runDue() {
    List<SendOutcome> out = new ArrayList<>();
    for (Claim claim : jobs.claimDue(settings.worker(), settings.batchSize(), settings.leaseFor())) {
      out.add(carryOut(claim));
    }
    return List.copyOf(out);
  }

  /** Carries out one claimed job: the consent check, rendering, delivery, then complete or fail. */
  public SendOutcome carryOut(Claim claim) {
    Objects.requireNonNull(claim, "claim");
    Instant now = clock.instant();
    Job job = claim.job();
    String stepId = job.payload().getOrDefault("step", "");
    StepMessage step = messages.get(stepId);
    if (step == null) {
      return failed(claim, now, "no message is configured for step '" + stepId + "' (configured: " + messages.keySet() + ")");
    }
    RecordRef recipient;
    try {
      recipient = RecordRef.parse(job.payload().getOrDefault("recipient", ""));
    } catch (ValidationException e) {
      return suppressed(claim, now, "the job names no valid recipient: " + e.getMessage(), Optional.empty());
    }
    if (!Contact.TYPE_NAME.equals(recipient.type())) {
      return suppressed(claim, now, "the recipient " + recipient + " is not a contact; only contacts are sent to", Optional.empty());
    }
    Optional<Contact> contact = contacts.repository(Contact.TYPE).find(new ContactId(recipient.id()));
    if (contact.isEmpty()) {
      return suppressed(claim, now, "the contact " + recipient + " no longer exists", Optional.empty());
    }
    SendDecision decision = subscriptions.mayContact(contact.get(), step.kind().consentChannel().orElseThrow(), step.purpose(), now);
    if (!decision.allowed()) {
      return suppressed(claim, now, decision.explanation(), Optional.of(decision));
    }
    OutboundMessage message;
    try {
      RenderedMessage rendered = step.template().render(MergeContext.of(contact.get()));
      Instant nominal = Instant.parse(job.payload().getOrDefault("nominal", job.dueAt().toString()));
      String why = "campaign '" + job.payload().getOrDefault("campaign", "?") + "', step '" + stepId + "', nominal " + nominal
          + (claim.attempt() > 1 ? " (attempt " + claim.attempt() + ")" : "");
      message = OutboundMessages.to(contact.get(), step.kind(), new MessageId(job.key().value()), rendered, nominal, why);
    } catch (RuntimeException e) {
      return failed(claim, now, "could not compose the message: " + e.getMessage());
    }
    DeliveryReceipt receipt;
    try {
      receipt = channel.deliver(message);
    } catch (RuntimeException e) {
      return failed(claim, now, "the channel failed: " + e);
    }
    if (!receipt.accepted()) {
      return failed(claim, now, "the channel rejected " + message.id() + ": " + receipt.detail());
    }
    boolean completed = jobs.complete(claim.key(), claim.lease());
    return new SendOutcome.Sent(claim.key(), claim.attempt(), now, message, receipt, decision, completed);
  }

  private SendOutcome suppressed(Claim claim, Instant now, String reason, Optional<SendDecision> decision) {
    boolean completed = jobs.complete(claim.key(), claim.lease());
    return new SendOutcome.Suppressed(claim.key(), claim.attempt(), now, reason, decision, completed);
  }

  private SendOutcome failed(Claim claim, Instant now, String error) {
    FailureOutcome outcome = jobs.fail(claim.key(), claim.lease(), error);
    return new SendOutcome.Failed(claim.key(), claim.attempt(), now, error, outcome);
  }
}
