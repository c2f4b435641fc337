package io.crmkit.marketing.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Unsubscribe tokens cannot be forged, altered or pointed at someone else. */
class UnsubscribeTokenProperties {
  static final TenantId TENANT = TenantId.of("acme");
  static final byte[] KEY = "the host's secret signing key, 32+ bytes".getBytes(StandardCharsets.UTF_8);
  final UnsubscribeTokens tokens = UnsubscribeTokens.withKey(KEY);

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.oneOf(
        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(36),
        Arbitraries.strings().withCharRange('\u00e0', '\u00ff').ofMinLength(1).ofMaxLength(8),
        Arbitraries.create(() -> java.util.UUID.randomUUID().toString()));
  }

  @Property(tries = 200)
  void aGenuineTokenVerifiesToWhatWasSigned(@ForAll("ids") String contact, @ForAll("ids") String type) {
    String token = tokens.sign(TENANT, new ContactId(contact), new SubscriptionTypeId(type));
    assertThat(tokens.verify(token)).contains(new UnsubscribeClaim(TENANT, new ContactId(contact), new SubscriptionTypeId(type)));
  }

  @Property(tries = 200)
  void aTamperedTokenNeverVerifies(
      @ForAll("ids") String contact, @ForAll("ids") String type, @ForAll @IntRange(min = 0, max = 10_000) int position,
      @ForAll char replacement, @ForAll @IntRange(min = 0, max = 2) int how) {
    String token = tokens.sign(TENANT, new ContactId(contact), new SubscriptionTypeId(type));
    int at = position % token.length();
    String tampered = switch (how) {
      case 0 -> token.substring(0, at) + replacement + token.substring(at + 1);   // change a character
      case 1 -> token.substring(0, at) + replacement + token.substring(at);       // insert one
      default -> token.substring(0, at) + token.substring(at + 1);                // drop one
    };
    Assume.that(!tampered.equals(token));
    assertThat(tokens.verify(tampered)).isEmpty();
  }

  @Property(tries = 100)
  void aTokenSignedWithAnotherKeyNeverVerifies(@ForAll("ids") String contact, @ForAll("ids") String type, @ForAll byte flip) {
    Assume.that(flip != 0);
    byte[] other = KEY.clone();
    other[0] ^= flip;
    String forged = UnsubscribeTokens.withKey(other).sign(TENANT, new ContactId(contact), new SubscriptionTypeId(type));
    assertThat(tokens.verify(forged)).isEmpty();
  }

  @Property(tries = 100)
  void aTokenForAUnsubscribesANeverB(@ForAll("ids") String a, @ForAll("ids") String b, @ForAll boolean tamperTowardsB) {
    Assume.that(!a.equals(b));
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    TenantStore store = InMemoryStore.create().forTenant(TENANT);
    Subscriptions subs = new Subscriptions(store, ConsentLedger.of(store, clock), clock, IdGenerator.uuidV7(clock), tokens);
    SubscriptionType news = subs.defineType("newsletter", "Newsletter", Channel.EMAIL, Purpose.NEWSLETTER, false);
    Contact ca = contact(a, clock);
    Contact cb = contact(b, clock);
    subs.subscribe(ca.id(), news.id(), "form");
    subs.subscribe(cb.id(), news.id(), "form");
    String tokenA = subs.unsubscribeToken(ca.id(), news.id());

    if (tamperTowardsB) {
      // swap A's id part for B's, keeping A's signature: the classic replay for another person
      String tokenB = tokens.sign(TENANT, cb.id(), news.id());
      String[] pa = tokenA.split("\\.");
      String[] pb = tokenB.split("\\.");
      String spliced = String.join(".", pa[0], pa[1], pb[2], pa[3], pa[4]);
      assertThatThrownBy(() -> subs.unsubscribe(spliced, "link")).isInstanceOf(ValidationException.class);
    } else {
      subs.unsubscribe(tokenA, "link");
      assertThat(subs.mayContact(ca, Channel.EMAIL, Purpose.NEWSLETTER, clock.instant()).allowed()).isFalse();
    }
    assertThat(subs.mayContact(cb, Channel.EMAIL, Purpose.NEWSLETTER, clock.instant()).allowed()).isTrue();
  }

  private static Contact contact(String id, Clock clock) {
    return Contact.builder(new ContactId(id), TENANT).name(PersonName.of("P", "Q")).owner(Owner.user("u-1"))
        .contactPoint(ContactPoint.email("x" + Math.abs(id.hashCode()) + "@example.com", ContactPoint.Purpose.WORK).asPrimary())
        .timestamps(clock).build();
  }
}
