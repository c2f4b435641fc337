package io.crmkit.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.audit.FakeTenantStore;
import io.crmkit.core.audit.StepClock;
import io.crmkit.core.event.InProcessEventPublisher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsentLedgerTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2025-01-10T08:00:00Z");
  private static final RecordRef ANN = new RecordRef("contact", "c-ann");
  private static final RecordRef BOB = new RecordRef("contact", "c-bob");

  private final FakeTenantStore store = new FakeTenantStore(ACME);
  private final StepClock clock = new StepClock(T0);
  private final InProcessEventPublisher bus = new InProcessEventPublisher();
  private final ConsentLedger ledger =
      new ConsentLedger(ACME, store.repository(ConsentEvent.TYPE), clock, IdGenerator.uuidV7(clock), bus);

  private Instant later(long hours) {
    clock.advance(Duration.ofHours(hours));
    return clock.instant();
  }

  @Test
  @DisplayName("with no event on record nothing is allowed")
  void noConsent() {
    ConsentDecision d = ledger.decide(ANN, Channel.EMAIL, Purpose.MARKETING, T0);
    assertThat(d.allowed()).isFalse();
    assertThat(d.state()).isEqualTo(ConsentState.NONE);
    assertThat(d.reason()).contains("no consent on record");
    assertThat(d.basis()).isEmpty();
  }

  @Test
  @DisplayName("a grant allows from its instant on, for its channel, purpose and party only")
  void grantAllows() {
    ConsentEvent grant = ledger.grant(ANN, Channel.EMAIL, Purpose.NEWSLETTER, LegalBasis.CONSENT, "form", false, Optional.of("sub-1"));

    ConsentDecision now = ledger.decide(ANN, Channel.EMAIL, Purpose.NEWSLETTER, T0);
    assertThat(now.allowed()).isTrue();
    assertThat(now.basis()).contains(grant);
    assertThat(now.reason()).contains("granted", "form", "CONSENT");
    assertThat(ledger.decide(ANN, Channel.EMAIL, Purpose.NEWSLETTER, T0.minusMillis(1)).state()).isEqualTo(ConsentState.NONE);
    assertThat(ledger.decide(ANN, Channel.SMS, Purpose.NEWSLETTER, T0).allowed()).isFalse();
    assertThat(ledger.decide(ANN, Channel.EMAIL, Purpose.MARKETING, T0).allowed()).isFalse();
    assertThat(ledger.decide(BOB, Channel.EMAIL, Purpose.NEWSLETTER, T0).allowed()).isFalse();
  }

  @Test
  @DisplayName("a double-opt-in grant is pending until a later confirmation")
  void doubleOptIn() {
    ledger.grant(ANN, Channel.EMAIL, Purpose.NEWSLETTER, LegalBasis.CONSENT, "form", true, Optional.empty());
    Instant pendingAt = clock.instant();
    ConsentDecision pending = ledger.decide(ANN, Channel.EMAIL, Purpose.NEWSLETTER, pendingAt);
    assertThat(pending.state()).isEqualTo(ConsentState.PENDING_CONFIRMATION);
    assertThat(pending.allowed()).isFalse();
    assertThat(pending.reason()).contains("awaiting double opt-in");

    Instant confirmedAt = later(2);
    ConsentEvent confirmation = ledger.confirm(ANN, Channel.EMAIL, Purpose.NEWSLETTER, "email-link", Optional.empty());

    ConsentDecision granted = ledger.decide(ANN, Channel.EMAIL, Purpose.NEWSLETTER, confirmedAt);
    assertThat(granted.allowed()).isTrue();
    assertThat(granted.basis()).contains(confirmation);
    assertThat(granted.reason()).contains("confirmed");
    assertThat(ledger.decide(ANN, Channel.EMAIL, Purpose.NEWSLETTER, pendingAt).allowed()).isFalse();
  }

  @Test
  @DisplayName("confirming with no pending grant is refused and writes nothing")
  void confirmWithoutPendingGrant() {
    assertThatThrownBy(() -> ledger.confirm(ANN, Channel.EMAIL, Purpose.NEWSLETTER, "email-link", Optional.empty()))
        .isInstanceOf(IllegalTransitionException.class)
        .satisfies(e -> assertThat(((IllegalTransitionException) e).from()).isEqualTo("NONE"));
    assertThat(ledger.history(ANN)).isEmpty();
  }

  @Test
  @DisplayName("a withdrawal revokes from its instant on; earlier questions keep their earlier answer")
  void withdrawalRevokes() {
    ledger.grant(ANN, Channel.SMS, Purpose.MARKETING, LegalBasis.CONSENT, "import", false, Optional.empty());
    Instant granted = clock.instant();
    Instant withdrawnAt = later(24 * 365);
    ledger.withdraw(ANN, Channel.SMS, Purpose.MARKETING, "sms-stop", Optional.of("STOP"));

    assertThat(ledger.decide(ANN, Channel.SMS, Purpose.MARKETING, granted.plusSeconds(60)).allowed()).isTrue();
    ConsentDecision now = ledger.decide(ANN, Channel.SMS, Purpose.MARKETING, withdrawnAt);
    assertThat(now.state()).isEqualTo(ConsentState.WITHDRAWN);
    assertThat(now.reason()).contains("withdrawn", "sms-stop");
  }

  @Test
  @DisplayName("withdrawing '*' on a channel revokes every purpose on it, and no other channel")
  void withdrawEverything() {
    ledger.grant(ANN, Channel.EMAIL, Purpose.NEWSLETTER, LegalBasis.CONSENT, "form", false, Optional.empty());
    ledger.grant(ANN, Channel.EMAIL, Purpose.SERVICE, LegalBasis.CONTRACT, "signup", false, Optional.empty());
    ledger.grant(ANN, Channel.SMS, Purpose.NEWSLETTER, LegalBasis.CONSENT, "form", false, Optional.empty());
    Instant at = later(1);
    ledger.withdraw(ANN, Channel.EMAIL, Purpose.ALL, "unsubscribe-all", Optional.empty());

    assertThat(ledger.decide(ANN, Channel.EMAIL, Purpose.NEWSLETTER, at).allowed()).isFalse();
    assertThat(ledger.decide(ANN, Channel.EMAIL, Purpose.SERVICE, at).reason()).contains("every purpose on EMAIL");
    assertThat(ledger.decide(ANN, Channel.SMS, Purpose.NEWSLETTER, at).allowed()).isTrue();

    Instant regranted = later(1);
    ledger.grant(ANN, Channel.EMAIL, Purpose.SERVICE, LegalBasis.CONTRACT, "support", false, Optional.empty());
    assertThat(ledger.decide(ANN, Channel.EMAIL, Purpose.SERVICE, regranted).allowed()).isTrue();
  }

  @Test
  @DisplayName("at the same instant a withdrawal wins over a grant, whatever their ids")
  void withdrawalWinsATie() {
    ledger.append(new ConsentEvent(
        new ConsentEventId("a-withdraw"), ACME, 0, ANN, Channel.EMAIL, Purpose.MARKETING, ConsentAction.WITHDRAWN,
        LegalBasis.CONSENT, "api", T0, false, Optional.empty()));
    ledger.append(new ConsentEvent(
        new ConsentEventId("z-grant"), ACME, 0, ANN, Channel.EMAIL, Purpose.MARKETING, ConsentAction.GRANTED,
        LegalBasis.CONSENT, "import", T0, false, Optional.empty()));

    assertThat(ledger.decide(ANN, Channel.EMAIL, Purpose.MARKETING, T0).state()).isEqualTo(ConsentState.WITHDRAWN);
  }

  @Test
  @DisplayName("the summary shows every channel and purpose seen, at the instant asked")
  void summary() {
    ledger.grant(ANN, Channel.SMS, Purpose.MARKETING, LegalBasis.CONSENT, "form", false, Optional.empty());
    Instant early = clock.instant();
    later(1);
    ledger.grant(ANN, Channel.EMAIL, Purpose.NEWSLETTER, LegalBasis.CONSENT, "form", true, Optional.empty());
    ledger.withdraw(ANN, Channel.EMAIL, Purpose.ALL, "unsubscribe-all", Optional.empty());
    ledger.grant(BOB, Channel.POST, Purpose.MARKETING, LegalBasis.LEGITIMATE_INTEREST, "crm", false, Optional.empty());

    assertThat(ledger.summary(ANN, clock.instant()))
        .extracting(d -> d.channel() + "/" + d.purpose() + "=" + d.state())
        .containsExactly("EMAIL/newsletter=WITHDRAWN", "SMS/marketing=GRANTED");
    assertThat(ledger.summary(ANN, early)).extracting(ConsentDecision::channel).containsExactly(Channel.SMS);
  }

  @Test
  @DisplayName("each appended event is published as it is")
  void publishes() {
    List<ConsentEvent> seen = new ArrayList<>();
    bus.subscribe(ConsentEvent.class, seen::add);
    ConsentEvent e = ledger.grant(ANN, Channel.PUSH, Purpose.of("product-updates"), LegalBasis.CONSENT, "app", false, Optional.empty());
    assertThat(seen).containsExactly(e);
    assertThat(e.subjects()).containsExactly(ANN);
  }

  @Test
  @DisplayName("invalid purposes and events are refused with the rule broken")
  void validation() {
    assertThatThrownBy(() -> Purpose.of("Marketing")).isInstanceOf(ValidationException.class).hasMessageContaining("lower-case slug");
    assertThatThrownBy(() -> Purpose.of("a--b")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> ledger.grant(ANN, Channel.EMAIL, Purpose.ALL, LegalBasis.CONSENT, "form", false, Optional.empty()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("can only be withdrawn");
    assertThatThrownBy(() -> ledger.decide(ANN, Channel.EMAIL, Purpose.ALL, T0)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> ledger.grant(ANN, Channel.EMAIL, Purpose.MARKETING, LegalBasis.CONSENT, " ", false, Optional.empty()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("source");
    ConsentEvent foreign = new ConsentEvent(
        new ConsentEventId("x"), TenantId.of("other"), 0, ANN, Channel.EMAIL, Purpose.MARKETING, ConsentAction.GRANTED,
        LegalBasis.CONSENT, "import", T0, false, Optional.empty());
    assertThatThrownBy(() -> ledger.append(foreign)).isInstanceOf(ValidationException.class).hasMessageContaining("tenant");
  }
}
