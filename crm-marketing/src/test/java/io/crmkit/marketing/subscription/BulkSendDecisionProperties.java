package io.crmkit.marketing.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentAction;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.consent.ConsentEventId;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.marketing.segment.SuppressionEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;

/**
 * {@link Subscriptions#mayContactAll} answers, contact by contact, exactly what {@link Subscriptions#mayContact}
 * answers: over random contacts (with and without e-mails and phones, shared domains, Unicode names), global
 * suppressions by id, e-mail and domain in force before or after the instant, and consent histories.
 */
class BulkSendDecisionProperties {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
  private static final List<String> EMAILS = List.of("ada@example.com", "bob@mail.example.com", "zoë@müller.test", "eve@acme.test");

  /** (contact index, e-mail index or -1, has phone). */
  @Provide
  Arbitrary<List<Tuple3<Integer, Integer, Boolean>>> contacts() {
    return Combinators.combine(Arbitraries.integers().between(0, 11), Arbitraries.integers().between(-1, EMAILS.size() - 1),
            Arbitraries.of(true, false))
        .as(Tuple::of).list().ofMaxSize(12).uniqueElements(Tuple3::get1);
  }

  /** (kind 0 id / 1 e-mail / 2 domain, index, minutes before now; negative: after). */
  @Provide
  Arbitrary<List<Tuple3<Integer, Integer, Integer>>> suppressions() {
    return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 11), Arbitraries.integers().between(-30, 300))
        .as(Tuple::of).list().ofMaxSize(5);
  }

  /** (contact index, action, channel, minutes before now). */
  @Provide
  Arbitrary<List<Tuple3<Integer, ConsentAction, Integer>>> consent() {
    return Combinators.combine(Arbitraries.integers().between(0, 11), Arbitraries.of(ConsentAction.GRANTED, ConsentAction.WITHDRAWN),
            Arbitraries.integers().between(-30, 300))
        .as(Tuple::of).list().ofMaxSize(20);
  }

  @Property(tries = 150)
  void theBulkAnswerIsTheSendTimeAnswerPerContact(
      @ForAll("contacts") List<Tuple3<Integer, Integer, Boolean>> people,
      @ForAll("suppressions") List<Tuple3<Integer, Integer, Integer>> blocks,
      @ForAll("consent") List<Tuple3<Integer, ConsentAction, Integer>> history,
      @ForAll boolean sms) {
    TenantStore store = InMemoryStore.create().forTenant(ACME);
    Subscriptions subs = Subscriptions.of(store, Clock.fixed(NOW, ZoneOffset.UTC), UnsubscribeTokens.withKey(new byte[32]));
    List<Contact> contacts = new ArrayList<>();
    for (Tuple3<Integer, Integer, Boolean> p : people) {
      Contact.Builder b = Contact.builder(new ContactId("c-" + p.get1()), ACME).name(PersonName.of("Zoë", "山田 " + p.get1()))
          .owner(Owner.user("u-1")).createdAt(NOW).updatedAt(NOW);
      if (p.get2() >= 0) {
        b.contactPoint(ContactPoint.email(EMAILS.get(p.get2()), ContactPoint.Purpose.WORK).asPrimary());
      }
      if (p.get3()) {
        b.contactPoint(ContactPoint.phone("+4930123456" + (10 + p.get1()), "DE", ContactPoint.Purpose.MOBILE).asPrimary());
      }
      contacts.add(b.build());
    }
    int n = 0;
    for (Tuple3<Integer, Integer, Integer> s : blocks) {
      SuppressionEntry entry = switch (s.get1()) {
        case 0 -> SuppressionEntry.id("c-" + s.get2());
        case 1 -> SuppressionEntry.email(EMAILS.get(s.get2() % EMAILS.size()));
        default -> SuppressionEntry.domain(EMAILS.get(s.get2() % EMAILS.size()).substring(EMAILS.get(s.get2() % EMAILS.size()).indexOf('@') + 1));
      };
      store.repository(GlobalSuppression.TYPE).insert(new GlobalSuppression(new SuppressionId("s-" + n++), ACME, 0, entry, "bounce",
          NOW.minusSeconds(60L * s.get3())));
    }
    for (Tuple3<Integer, ConsentAction, Integer> h : history) {
      Channel channel = h.get1() % 2 == 0 ? Channel.EMAIL : Channel.SMS;
      store.repository(ConsentEvent.TYPE).insert(new ConsentEvent(new ConsentEventId("e-" + n++), ACME, 0,
          new io.crmkit.core.RecordRef("contact", "c-" + h.get1()), channel, Purpose.NEWSLETTER, h.get2(), LegalBasis.CONSENT, "form",
          NOW.minusSeconds(60L * h.get3()), false, Optional.empty()));
    }
    Channel channel = sms ? Channel.SMS : Channel.EMAIL;

    Map<ContactId, SendDecision> all = subs.mayContactAll(contacts, channel, Purpose.NEWSLETTER, NOW);

    assertThat(all.keySet()).containsExactlyElementsOf(contacts.stream().map(Contact::id).toList());
    for (Contact c : contacts) {
      assertThat(all.get(c.id())).isEqualTo(subs.mayContact(c, channel, Purpose.NEWSLETTER, NOW));
    }
  }
}
