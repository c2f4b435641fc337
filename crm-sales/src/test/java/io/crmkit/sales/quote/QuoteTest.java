package io.crmkit.sales.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.sales.opportunity.OpportunityId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QuoteTest {
  static final TenantId ACME = TenantId.of("acme");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Clock MARCH_1 = clock("2026-03-01T10:00:00Z");

  static List<QuoteLine> lines() {
    return List.of(
        new QuoteLine("CRM-PRO", "CRM Pro seat", new BigDecimal("12"), Money.of("49.00", "EUR"), new BigDecimal("10"), new BigDecimal("19")),
        QuoteLine.of("SMS", "SMS credit", "3", Money.of("0.335", "EUR"), "7"),
        QuoteLine.of("ONB", "Onboarding", "1", Money.of("100", "EUR"), "19"));
  }

  static Quote draft() {
    return Quote.draft(new QuoteId("q-1"), ACME, new OpportunityId("o-1"), Money.currency("EUR"), BERLIN, lines(),
        LocalDate.parse("2026-03-31"), MARCH_1.instant());
  }

  static Clock clock(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  @Nested
  @DisplayName("Totals")
  class Totals {
    @Test
    void linesAreDiscountedThenTaxedPerRateAndRoundedHalfEvenToCents() {
      QuoteTotals t = draft().totals();

      // 12 x 49.00 less 10% = 529.20; 3 x 0.335 = 1.005 -> 1.00 (half even); 100.00
      assertThat(t.lineNets()).containsExactly(Money.of("529.20", "EUR"), Money.of("1.00", "EUR"), Money.of("100.00", "EUR"));
      assertThat(t.net()).isEqualTo(Money.of("630.20", "EUR"));
      // 7% of 1.00 = 0.07; 19% of 629.20 = 119.548 -> 119.55
      assertThat(t.taxes()).containsExactly(
          new TaxLine(new BigDecimal("7"), Money.of("1.00", "EUR"), Money.of("0.07", "EUR")),
          new TaxLine(new BigDecimal("19"), Money.of("629.20", "EUR"), Money.of("119.55", "EUR")));
      assertThat(t.tax()).isEqualTo(Money.of("119.62", "EUR"));
      assertThat(t.grandTotal()).isEqualTo(Money.of("749.82", "EUR"));
    }

    @Test
    void currenciesWithoutMinorUnitsRoundToWholeUnits() {
      QuoteTotals t = QuoteTotals.of(List.of(QuoteLine.of("X", "x", "1", Money.of("5", "JPY"), "10")), Money.currency("JPY"));

      assertThat(t.tax()).isEqualTo(Money.of("0", "JPY"));   // 0.5 rounds half to even
      assertThat(t.grandTotal().amount().scale()).isZero();
    }

    @Test
    void aLineInAnotherCurrencyIsRefused() {
      List<QuoteLine> mixed = List.of(lines().get(0), QuoteLine.of("USD", "dollar line", "1", Money.of("1", "USD"), "0"));

      assertThatThrownBy(() -> QuoteTotals.of(mixed, Money.currency("EUR")))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("lines[1].unitPrice"));
      assertThatThrownBy(() -> Quote.draft(new QuoteId("q"), ACME, new OpportunityId("o"), Money.currency("EUR"), BERLIN, mixed,
          LocalDate.parse("2026-03-31"), MARCH_1.instant())).isInstanceOf(ValidationException.class);
    }

    @Test
    void badLinesAreRefusedNamingTheField() {
      assertThatThrownBy(() -> QuoteLine.of("X", "x", "0", Money.of("1", "EUR"), "19"))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("quantity"));
      assertThatThrownBy(() -> lines().get(0).withDiscount(new BigDecimal("120")))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("discountPercent"));
    }
  }

  @Nested
  @DisplayName("Lifecycle")
  class Lifecycle {
    @Test
    void aPresentedQuoteIsAcceptedWithAnEvent() {
      Clock later = clock("2026-03-10T09:00:00Z");

      QuoteOutcome<QuoteAccepted> won = draft().present(MARCH_1).accept(later);

      assertThat(won.quote().current().status()).isEqualTo(QuoteStatus.ACCEPTED);
      assertThat(won.event().grandTotal()).isEqualTo(Money.of("749.82", "EUR"));
      assertThat(won.event().occurredAt()).isEqualTo(later.instant());
      assertThat(won.event().subjects()).containsExactly(RecordRef.parse("quote:q-1"), RecordRef.parse("opportunity:o-1"));
      assertThatThrownBy(() -> won.quote().revise(lines(), LocalDate.parse("2026-04-30"), later))
          .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void acceptingAQuotePastItsValidityDateIsRefusedWithTheReason() {
      Quote presented = draft().present(MARCH_1);
      // 31 March is the last valid day in Berlin; 23:30 UTC on 31 March is already 1 April there
      Clock lastMinute = clock("2026-03-31T21:59:00Z");
      Clock afterwards = clock("2026-03-31T22:00:00Z");

      assertThat(presented.accept(lastMinute).quote().current().status()).isEqualTo(QuoteStatus.ACCEPTED);
      assertThatThrownBy(() -> presented.accept(afterwards))
          .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
            assertThat(e.from()).isEqualTo("presented");
            assertThat(e.event()).isEqualTo("accept");
            assertThat(e.reason()).contains("expired");
          });
      assertThat(presented.statusAt(afterwards)).isEqualTo(QuoteStatus.EXPIRED);
    }

    @Test
    void anExpiredQuoteCannotBeAcceptedButCanBeRevised() {
      Clock april = clock("2026-04-02T08:00:00Z");
      Quote expired = draft().present(MARCH_1).expire(april);

      assertThat(expired.current().status()).isEqualTo(QuoteStatus.EXPIRED);
      assertThatThrownBy(() -> expired.accept(MARCH_1))
          .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.reason()).contains("no transition on 'accept'"));
      Quote revised = expired.revise(lines().subList(0, 1), LocalDate.parse("2026-04-30"), april);
      assertThat(revised.current().number()).isEqualTo(2);
      assertThat(revised.current().status()).isEqualTo(QuoteStatus.DRAFT);
    }

    @Test
    void aStillValidQuoteDoesNotExpire() {
      assertThatThrownBy(() -> draft().expire(MARCH_1))
          .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.reason()).contains("still within"));
    }

    @Test
    void rejectingKeepsTheReasonAndRevisingSupersedesTheOldRevisionReadOnly() {
      Clock march5 = clock("2026-03-05T12:00:00Z");
      QuoteOutcome<QuoteRejected> lost = draft().present(MARCH_1).reject(Optional.of("too expensive"), march5);

      assertThat(lost.event().reason()).contains("too expensive");
      assertThat(lost.event().revision()).isEqualTo(1);
      Quote revised = lost.quote().revise(
          List.of(lines().get(0).withDiscount(new BigDecimal("20"))), LocalDate.parse("2026-04-15"), march5);

      assertThat(revised.revisions()).extracting(QuoteRevision::status).containsExactly(QuoteStatus.SUPERSEDED, QuoteStatus.DRAFT);
      assertThat(revised.revision(1).orElseThrow().decisionNote()).contains("too expensive");
      assertThat(revised.totals(1)).contains(draft().totals());
      assertThat(revised.totals().net()).isEqualTo(Money.of("470.40", "EUR"));
      assertThat(revised.revision(3)).isEmpty();
    }

    @Test
    void onlyADraftCanBeEditedAndAnEmptyDraftCannotBePresented() {
      Quote presented = draft().present(MARCH_1);

      assertThatThrownBy(() -> presented.withLines(List.of(), MARCH_1.instant()))
          .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.reason()).contains("only a draft"));
      Quote empty = draft().withLines(List.of(), MARCH_1.instant());
      assertThatThrownBy(() -> empty.present(MARCH_1)).isInstanceOf(IllegalTransitionException.class);
      assertThatThrownBy(() -> draft().accept(MARCH_1)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aQuoteWithTwoCurrentRevisionsCannotBeBuilt() {
      Quote q = draft();
      List<QuoteRevision> two = List.of(q.current(), QuoteRevision.draft(2, lines(), LocalDate.parse("2026-04-30"), MARCH_1.instant()));

      assertThatThrownBy(() -> new Quote(q.id(), ACME, 0, q.opportunityId(), q.currency(), BERLIN, two, q.createdAt(), q.updatedAt()))
          .isInstanceOf(ValidationException.class);
    }

    @Test
    void quotesAreStoredWithOptimisticVersionsAndFoundByOpportunity() {
      Repository<Quote, QuoteId> repo = InMemoryStore.create().forTenant(ACME).repository(Quote.TYPE);
      Quote stored = repo.insert(draft());
      Quote presented = repo.update(stored.present(MARCH_1));

      assertThat(presented.version()).isEqualTo(2);
      assertThat(repo.query(Criteria.and(Criteria.eq(Quote.OPPORTUNITY, "o-1"), Criteria.eq(Quote.STATUS, "PRESENTED")))).hasSize(1);
      assertThatThrownBy(() -> repo.update(stored.withValidUntil(LocalDate.parse("2026-05-01"), MARCH_1.instant())))
          .isInstanceOf(io.crmkit.core.ConcurrencyConflictException.class);
    }
  }
}
