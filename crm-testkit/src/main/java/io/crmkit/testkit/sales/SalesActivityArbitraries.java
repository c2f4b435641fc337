package io.crmkit.testkit.sales;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.money.Money;
import io.crmkit.sales.cadence.Cadence;
import io.crmkit.sales.cadence.CadenceId;
import io.crmkit.sales.cadence.CadenceStep;
import io.crmkit.sales.cadence.EnrolledRecord;
import io.crmkit.sales.cadence.Enrolment;
import io.crmkit.sales.cadence.EnrolmentId;
import io.crmkit.sales.cadence.StepDelay;
import io.crmkit.sales.cadence.StepKind;
import io.crmkit.sales.followup.FollowUp;
import io.crmkit.sales.followup.FollowUpId;
import io.crmkit.sales.followup.FollowUpTarget;
import io.crmkit.sales.followup.Recurrence;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.quote.Quote;
import io.crmkit.sales.quote.QuoteId;
import io.crmkit.sales.quote.QuoteLine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for crm-sales's follow-ups, quotes and cadences, each built through the real constructors
 * (so every value is valid): RFC 5545 rules of several frequencies, follow-ups in DST zones with local times in
 * and around the switch hours, quote lines with Unicode names and discounts, quotes in one currency, cadences
 * of every step kind, and fresh enrolments.
 *
 * <p>{@code @Provide Arbitrary<FollowUp> followUps() { return SalesActivityArbitraries.followUps(); }}
 */
public final class SalesActivityArbitraries {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");

  private SalesActivityArbitraries() {}

  /** IANA zones with and without daylight-saving time, on both hemispheres. */
  public static Arbitrary<ZoneId> zones() {
    return Arbitraries.of("Europe/Berlin", "America/New_York", "Australia/Sydney", "America/Sao_Paulo", "Asia/Kolkata", "UTC")
        .map(ZoneId::of);
  }

  /** Recurrence rules: hourly to yearly, with intervals, BY parts, and COUNT or UNTIL or neither. */
  public static Arbitrary<Recurrence> recurrences() {
    Arbitrary<String> freq = Arbitraries.of(
        "FREQ=HOURLY;INTERVAL=6", "FREQ=DAILY", "FREQ=DAILY;INTERVAL=2", "FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=MO,WE,FR",
        "FREQ=MONTHLY", "FREQ=MONTHLY;BYMONTHDAY=1,15", "FREQ=YEARLY");
    Arbitrary<String> end = Arbitraries.oneOf(
        Arbitraries.just(""),
        Arbitraries.integers().between(1, 50).map(c -> ";COUNT=" + c),
        Arbitraries.of(";UNTIL=20271231T235959Z", ";UNTIL=20260630"));
    return Combinators.combine(freq, end).as((f, e) -> Recurrence.of(f + e));
  }

  /** The record a follow-up is about, of every kind. */
  public static Arbitrary<FollowUpTarget> followUpTargets() {
    return Combinators.combine(Arbitraries.of(FollowUpTarget.Kind.values()), Arbitraries.integers().between(1, 999))
        .as((k, n) -> new FollowUpTarget(k, k.typeName().charAt(0) + "-" + n));
  }

  /** New open follow-ups, one in three recurring, with up to three reminders; due times include DST-gap hours. */
  public static Arbitrary<FollowUp> followUps() {
    Arbitrary<LocalDateTime> due = Combinators.combine(
            Arbitraries.integers().between(0, 2 * 365).map(d -> LocalDate.of(2025, 1, 1).plusDays(d)),
            Arbitraries.oneOf(
                Arbitraries.integers().between(0, 95).map(q -> LocalTime.of(q / 4, (q % 4) * 15)),
                Arbitraries.of(LocalTime.of(2, 30), LocalTime.of(1, 30))))
        .as(LocalDateTime::of);
    Arbitrary<List<Duration>> reminders = Arbitraries.of(0L, 5L, 15L, 60L, 1440L).map(Duration::ofMinutes).set().ofMaxSize(3)
        .map(ArrayList::new);
    Arbitrary<String> subjects = Arbitraries.of("Call back", "Send the proposal", "Rückruf: Angebot", "見積書を送る", "Check in — Q2");
    return Combinators.combine(
            Arbitraries.integers().between(1, 99_999), followUpTargets(), subjects, due, zones(), reminders,
            recurrences().optional(0.33))
        .as((n, target, subject, at, zone, rem, rule) -> {
          FollowUp.Builder b = FollowUp.builder(new FollowUpId("f-" + n), TENANT).target(target).subject(subject)
              .owner(Owner.user("u-" + (n % 7))).createdAt(CREATED);
          rem.forEach(b::reminder);
          if (rule.isPresent()) {
            // start at the rule's first occurrence from the drawn time (RFC 5545: DTSTART is the first instance)
            java.util.Optional<LocalDateTime> start = rule.get().firstOccurrence(at, zone);
            if (start.isPresent()) {
              return b.due(start.get(), zone).recurrence(rule.get()).build();
            }
          }
          return b.due(at, zone).build();
        });
  }

  /** Quote lines in {@code currency}: Unicode product names, quantities with decimals, discounts and common tax rates. */
  public static Arbitrary<QuoteLine> quoteLines(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    Arbitrary<String> names = Arbitraries.of(
        "CRM Pro seat", "Beratung für Ärzte", "Обучение", "Ελληνικά υπηρεσίες", "導入支援", "Support <premium> & \"gold\"");
    Arbitrary<BigDecimal> qty = Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("500")).ofScale(1);
    Arbitrary<Money> price = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000")).ofScale(3)
        .map(a -> Money.of(a, currency));
    Arbitrary<BigDecimal> discount = Arbitraries.of("0", "5", "10", "12.5", "100").map(BigDecimal::new);
    Arbitrary<BigDecimal> tax = Arbitraries.of("0", "7", "19", "20", "8.1").map(BigDecimal::new);
    return Combinators.combine(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12), names, qty, price, discount, tax)
        .as(QuoteLine::new);
  }

  /** New draft quotes in EUR, USD or JPY with 1 to 8 lines, valid for 1 to 90 days. */
  public static Arbitrary<Quote> quotes() {
    return Arbitraries.of("EUR", "USD", "JPY").map(Money::currency).flatMap(currency -> Combinators.combine(
            Arbitraries.integers().between(1, 99_999), quoteLines(currency).list().ofMinSize(1).ofMaxSize(8),
            Arbitraries.integers().between(1, 90), zones())
        .as((n, lines, days, zone) -> Quote.draft(new QuoteId("q-" + n), TENANT, new OpportunityId("o-" + n), currency, zone, lines,
            LocalDate.of(2025, 1, 1).plusDays(days), CREATED)));
  }

  /** Cadences of 1 to 9 steps of every kind and delay unit, ending with an e-mail, call or task. */
  public static Arbitrary<Cadence> cadences() {
    Arbitrary<StepDelay> delays = Combinators.combine(Arbitraries.integers().between(0, 10), Arbitraries.of(StepDelay.Unit.values()))
        .as(StepDelay::new);
    Arbitrary<CadenceStep> steps = Combinators.combine(Arbitraries.of(StepKind.values()), delays)
        .as((k, d) -> CadenceStep.of(k, k.name().toLowerCase(java.util.Locale.ROOT) + " step", d));
    Arbitrary<CadenceStep> last = Combinators.combine(Arbitraries.of(StepKind.EMAIL, StepKind.CALL, StepKind.TASK), delays)
        .as((k, d) -> CadenceStep.of(k, "last step", d));
    return Combinators.combine(Arbitraries.integers().between(1, 99_999), steps.list().ofMaxSize(8), last)
        .as((n, s, l) -> {
          List<CadenceStep> all = new ArrayList<>(s);
          all.add(l);
          return Cadence.of(new CadenceId("c-" + n), TENANT, "Cadence " + n, all, CREATED);
        });
  }

  /** Fresh active enrolments of a lead or contact in {@code cadence}. */
  public static Arbitrary<Enrolment> enrolments(Cadence cadence) {
    Objects.requireNonNull(cadence, "cadence");
    Arbitrary<EnrolledRecord> records = Combinators.combine(Arbitraries.of(EnrolledRecord.Kind.values()), Arbitraries.integers().between(1, 999))
        .as((k, n) -> new EnrolledRecord(k, "r-" + n));
    return Combinators.combine(Arbitraries.integers().between(1, 99_999), records, zones(), Arbitraries.integers().between(0, 365 * 24))
        .as((n, r, zone, hours) -> Enrolment.enrol(new EnrolmentId("e-" + n), cadence, r, Owner.user("u-1"), zone,
            CREATED.plus(Duration.ofHours(hours)), List.of()));
  }
}
