package io.crmkit.marketing.schedule;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.marketing.campaign.CampaignId;
import io.crmkit.marketing.channel.Channel;
import io.crmkit.marketing.channel.ChannelKind;
import io.crmkit.marketing.channel.DeliveryReceipt;
import io.crmkit.marketing.channel.OutboundMessage;
import io.crmkit.marketing.channel.RecordingChannel;
import io.crmkit.marketing.subscription.SubscriptionType;
import io.crmkit.marketing.subscription.Subscriptions;
import io.crmkit.marketing.subscription.UnsubscribeTokens;
import io.crmkit.marketing.template.MessageTemplate;
import io.crmkit.marketing.template.TemplateId;
import io.crmkit.marketing.template.Templates;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A tenant with contacts, consent, a job store, a recording channel behind a crash switch, and a worker. */
final class SendWorkerFixture {
  static final TenantId TENANT = TenantId.of("acme");
  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final Duration LEASE = Duration.ofMinutes(5);

  final MutableClock clock = new MutableClock(T0);
  final TenantStore store = InMemoryStore.create().forTenant(TENANT);
  final Subscriptions subscriptions = new Subscriptions(store, ConsentLedger.of(store, clock), clock, IdGenerator.uuidV7(clock),
      UnsubscribeTokens.withKey("a host secret of at least 32 bytes!".getBytes(StandardCharsets.UTF_8)));
  final SubscriptionType offers = subscriptions.defineType("offers", "Offers", io.crmkit.core.consent.Channel.EMAIL, Purpose.MARKETING, false);
  final InMemoryJobStore jobs = new InMemoryJobStore(TENANT, clock, RetryPolicy.ofDefaults(), new SplittableRandom(7));
  final RecordingChannel recording = new RecordingChannel();
  final CrashingChannel channel = new CrashingChannel(recording);
  final StepMessage tips = new StepMessage("tips", Templates.compile(MessageTemplate.email(new TemplateId("t-tips"), TENANT, "tips",
      "Tips for {{contact.givenName}}", "<p>Hi {{contact.givenName}}</p>", "Hi {{contact.givenName}}")), ChannelKind.EMAIL,
      Purpose.MARKETING);
  final SendWorker worker = new SendWorker(jobs, store, subscriptions, List.of(tips), channel, clock,
      SendWorker.Settings.of("worker-1").withLeaseFor(LEASE));

  /** Stores a contact with an e-mail address, subscribed to offers when {@code subscribed}. */
  Contact contact(String id, boolean subscribed) {
    Contact c = store.repository(Contact.TYPE).insert(Contact.builder(new ContactId(id), TENANT).name(PersonName.of(id, "Tester"))
        .owner(Owner.user("u-1")).contactPoint(ContactPoint.email(id + "@example.com", ContactPoint.Purpose.WORK).asPrimary())
        .timestamps(clock).build());
    if (subscribed) {
      subscriptions.subscribe(c.id(), offers.id(), "form");
    }
    return c;
  }

  /** Enqueues the planned send of step {@code step} to {@code recipient} at {@code at}, as the planner would. */
  JobKey plan(String step, String recipient, Instant at) {
    JobKey key = JobKey.of(step, recipient, at);
    jobs.enqueue(new PlannedSend(key, step, new CampaignId("spring"), "email", RecordRef.parse(recipient), at, at, List.of("once at " + at))
        .toJob(TENANT));
    return key;
  }

  /** A channel failure that is not a crash: the channel throws a runtime exception. */
  static final class ChannelDown extends RuntimeException {
    ChannelDown() {
      super("connection refused");
    }
  }

  /** Stands for the worker's process dying: not a runtime exception, so the worker neither completes nor fails. */
  static final class Crash extends Error {
    Crash(String where) {
      super("crash " + where);
    }
  }

  /** Where the next deliveries go wrong. */
  enum Fault { NONE, CRASH_BEFORE_DELIVERY, CRASH_AFTER_DELIVERY, CHANNEL_DOWN }

  /** Delegates to a recording channel, and can be told to crash or fail on its next calls. */
  static final class CrashingChannel implements Channel {
    final RecordingChannel delegate;
    final List<Fault> faults = new ArrayList<>();
    final List<OutboundMessage> deliveries = new ArrayList<>();

    CrashingChannel(RecordingChannel delegate) {
      this.delegate = delegate;
    }

    @Override
    public DeliveryReceipt deliver(OutboundMessage message) {
      Fault fault = faults.isEmpty() ? Fault.NONE : faults.remove(0);
      if (fault == Fault.CRASH_BEFORE_DELIVERY) {
        throw new Crash("before delivering " + message.id());
      }
      if (fault == Fault.CHANNEL_DOWN) {
        throw new ChannelDown();
      }
      deliveries.add(message);
      DeliveryReceipt receipt = delegate.deliver(message);
      if (fault == Fault.CRASH_AFTER_DELIVERY) {
        throw new Crash("after delivering " + message.id());
      }
      return receipt;
    }
  }
}
