package io.crmkit.marketing.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.ConsentState;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.marketing.segment.ReadmeSnippets;
import io.crmkit.marketing.segment.SuppressionEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SubscriptionsTest {
  static final TenantId TENANT = TenantId.of("acme");
  static final byte[] HOST_SECRET = "a host secret of at least 32 bytes!".getBytes(StandardCharsets.UTF_8);
  final Moving clock = new Moving(Instant.parse("2026-03-02T09:00:00Z"));
  final TenantStore store = InMemoryStore.create().forTenant(TENANT);
  final Contact ada = contact("c-ada", "ada@example.com");
  final Contact bob = contact("c-bob", "bob@bounce.example");

  @Test
  void readmeDoubleOptInAndUnsubscribe() {
    // readme:begin
    Subscriptions subs = Subscriptions.of(store, clock, UnsubscribeTokens.withKey(HOST_SECRET));
    SubscriptionType news = subs.defineType("newsletter", "Newsletter", Channel.EMAIL, Purpose.NEWSLETTER, true);

    Subscription signUp = subs.subscribe(ada.id(), news.id(), "form");          // pending until confirmed
    SendDecision before = subs.mayContact(ada, Channel.EMAIL, Purpose.NEWSLETTER, clock.instant());
    subs.confirm(signUp.confirmationToken().orElseThrow(), "confirmation-link");
    SendDecision after = subs.mayContact(ada, Channel.EMAIL, Purpose.NEWSLETTER, clock.instant());

    String link = "https://host.example/unsubscribe?t=" + subs.unsubscribeToken(ada.id(), news.id());
    subs.unsubscribe(link.substring(link.indexOf("t=") + 2), "unsubscribe-link");
    subs.suppressGlobally(SuppressionEntry.domain("bounce.example"), "hard bounces");
    SendDecision bounced = subs.mayContact(bob, Channel.EMAIL, Purpose.SERVICE, clock.instant());
    // readme:end

    assertThat(before.allowed()).isFalse();
    assertThat(before.consent()).hasValueSatisfying(c -> assertThat(c.state()).isEqualTo(ConsentState.PENDING_CONFIRMATION));
    assertThat(after.allowed()).isTrue();
    assertThat(after.explanation()).startsWith("may contact: not globally suppressed; reachable at ada@example.com; consent GRANTED");
    assertThat(subs.mayContact(ada, Channel.EMAIL, Purpose.NEWSLETTER, clock.instant()).consent())
        .hasValueSatisfying(c -> assertThat(c.state()).isEqualTo(ConsentState.WITHDRAWN));
    assertThat(bounced.allowed()).isFalse();
    assertThat(bounced.reasons()).singleElement().asString().contains("domain:bounce.example").contains("hard bounces");
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    ReadmeSnippets.assertReadmeShows("src/test/java/io/crmkit/marketing/subscription/SubscriptionsTest.java");
  }

  @Test
  void aConfirmationTokenWorksOnceAndExpires() {
    Subscriptions subs = subscriptions();
    SubscriptionType news = subs.defineType("newsletter", "Newsletter", Channel.EMAIL, Purpose.NEWSLETTER, true);
    String first = subs.subscribe(ada.id(), news.id(), "form").confirmationToken().orElseThrow();
    subs.confirm(first, "link");
    assertThatThrownBy(() -> subs.confirm(first, "link")).isInstanceOf(ValidationException.class).hasMessageContaining("already used");

    String late = subs.subscribe(bob.id(), news.id(), "form").confirmationToken().orElseThrow();
    clock.advance(SubscriptionType.DEFAULT_CONFIRMATION_VALIDITY);
    assertThatThrownBy(() -> subs.confirm(late, "link")).isInstanceOf(ValidationException.class).hasMessageContaining("expired");
    assertThat(subs.mayContact(bob, Channel.EMAIL, Purpose.NEWSLETTER, clock.instant()).allowed()).isFalse();
    assertThatThrownBy(() -> subs.confirm("made-up", "link")).isInstanceOf(ValidationException.class).hasMessageContaining("not a confirmation token");
  }

  @Test
  void singleOptInGrantsAtOnceAndNeedsNoToken() {
    Subscriptions subs = subscriptions();
    SubscriptionType offers = subs.defineType("offers", "Offers", Channel.EMAIL, Purpose.MARKETING, false);
    Subscription s = subs.subscribe(ada.id(), offers.id(), "import");
    assertThat(s.confirmationToken()).isEmpty();
    assertThat(subs.mayContact(ada, Channel.EMAIL, Purpose.MARKETING, clock.instant()).allowed()).isTrue();
    assertThatThrownBy(() -> subs.defineType("offers", "Again", Channel.SMS, Purpose.MARKETING, false))
        .isInstanceOf(ValidationException.class).hasMessageContaining("already a subscription type");
  }

  @Test
  void aContactWithoutAnAddressOnTheChannelIsNotContacted() {
    Subscriptions subs = subscriptions();
    SendDecision sms = subs.mayContact(ada, Channel.SMS, Purpose.MARKETING, clock.instant());
    assertThat(sms.allowed()).isFalse();
    assertThat(sms.reasons()).containsExactly("not globally suppressed", "no SMS address on record");
  }

  @Test
  void suppressionCountsFromItsInstantAndCanBeLifted() {
    Subscriptions subs = subscriptions();
    SubscriptionType offers = subs.defineType("offers", "Offers", Channel.EMAIL, Purpose.MARKETING, false);
    subs.subscribe(ada.id(), offers.id(), "form");
    Instant before = clock.instant();
    clock.advance(Duration.ofHours(1));
    GlobalSuppression s = subs.suppressGlobally(SuppressionEntry.email("ADA@example.com"), "complaint");
    assertThat(subs.mayContact(ada, Channel.EMAIL, Purpose.MARKETING, clock.instant()).suppression()).contains(s);
    assertThat(subs.mayContact(ada, Channel.EMAIL, Purpose.MARKETING, before).allowed()).isTrue();
    subs.lift(s);
    assertThat(subs.mayContact(ada, Channel.EMAIL, Purpose.MARKETING, clock.instant()).allowed()).isTrue();
  }

  @Test
  void aTokenOfAnotherTenantIsRefusedEvenWithTheSameKey() {
    Subscriptions acme = subscriptions();
    SubscriptionType news = acme.defineType("newsletter", "Newsletter", Channel.EMAIL, Purpose.NEWSLETTER, false);
    TenantStore globex = InMemoryStore.create().forTenant(TenantId.of("globex"));
    Subscriptions other = new Subscriptions(globex, ConsentLedger.of(globex, clock), clock, IdGenerator.uuidV7(clock),
        UnsubscribeTokens.withKey(HOST_SECRET));
    String token = acme.unsubscribeToken(ada.id(), news.id());
    assertThatThrownBy(() -> other.unsubscribe(token, "link")).isInstanceOf(ValidationException.class).hasMessageContaining("tenant acme");
  }

  @Test
  void shortKeysAreRefused() {
    assertThatThrownBy(() -> UnsubscribeTokens.withKey(new byte[16])).isInstanceOf(ValidationException.class).hasMessageContaining("32 bytes");
  }

  Subscriptions subscriptions() {
    return new Subscriptions(store, ConsentLedger.of(store, clock), clock, IdGenerator.uuidV7(clock), UnsubscribeTokens.withKey(HOST_SECRET));
  }

  Contact contact(String id, String email) {
    return Contact.builder(new ContactId(id), TENANT).name(PersonName.of("Test", id)).owner(Owner.user("u-1"))
        .contactPoint(ContactPoint.email(email, ContactPoint.Purpose.WORK).asPrimary()).timestamps(clock).build();
  }

  /** A clock the test moves. */
  static final class Moving extends Clock {
    private Instant now;

    Moving(Instant start) {
      now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
