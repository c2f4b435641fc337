package io.crmkit.testkit.marketing;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.money.Money;
import io.crmkit.marketing.campaign.AttributionModel;
import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.marketing.campaign.CampaignId;
import io.crmkit.marketing.campaign.CampaignType;
import io.crmkit.marketing.campaign.MemberStatus;
import io.crmkit.marketing.campaign.MemberStatuses;
import io.crmkit.marketing.campaign.Touch;
import io.crmkit.marketing.schedule.CapPeriod;
import io.crmkit.marketing.schedule.FrequencyCap;
import io.crmkit.marketing.schedule.QuietHours;
import io.crmkit.marketing.schedule.Recipient;
import io.crmkit.marketing.schedule.SendSchedule;
import io.crmkit.marketing.schedule.SendStep;
import io.crmkit.marketing.schedule.SendWindow;
import io.crmkit.testkit.arbitrary.CrmArbitraries;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for crm-marketing's campaigns and scheduling: campaigns (every type, Unicode names,
 * optional dates, amounts in one currency, custom member statuses), member statuses that are valid by
 * construction, send steps with one-off, local and RRULE schedules, windows and quiet hours (both policies),
 * recipients in tricky IANA zones, frequency caps of both periods, touches and attribution models.
 *
 * <p>{@code @Provide Arbitrary<Campaign> campaigns() { return CampaignArbitraries.campaigns(TenantId.of("acme")); }}
 */
public final class CampaignArbitraries {
  private CampaignArbitraries() {}

  /** Campaign ids. */
  public static Arbitrary<CampaignId> campaignIds() {
    return CrmArbitraries.ids(CampaignId::new);
  }

  /** Valid status sets: one default, at least one responded, unique labels (Unicode included). */
  public static Arbitrary<MemberStatuses> memberStatuses() {
    Arbitrary<String> labels = Arbitraries.oneOf(
        Arbitraries.of("Sent", "Opened", "Clicked", "Registered", "Attended", "Responded", "Bounced", "Angemeldet", "参加済み"),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20));
    return Combinators.combine(labels.list().uniqueElements(l -> l.strip().toLowerCase(java.util.Locale.ROOT))
            .ofMinSize(2).ofMaxSize(6), Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 5))
        .as((ls, d, r) -> {
          int def = d % ls.size();
          int resp = r % ls.size() == def ? (def + 1) % ls.size() : r % ls.size();
          List<MemberStatus> out = new ArrayList<>();
          for (int i = 0; i < ls.size(); i++) {
            out.add(new MemberStatus(ls.get(i), i == def, i == resp));
          }
          return new MemberStatuses(out);
        })
        .filter(s -> s.statuses().stream().allMatch(m -> !m.label().isBlank()));
  }

  /** New (version 0) campaigns of {@code tenant} in any status-free draft form, without a parent. */
  public static Arbitrary<Campaign> campaigns(TenantId tenant) {
    Objects.requireNonNull(tenant, "tenant");
    Arbitrary<Currency> currencies = Arbitraries.of("EUR", "USD", "JPY", "KWD", "CHF").map(Money::currency);
    Arbitrary<String> names = Arbitraries.oneOf(
        Arbitraries.of("Spring launch", "Frühjahrsaktion", "春のキャンペーン", "Black Friday 🎉"),
        Arbitraries.strings().alpha().numeric().withChars(' ').ofMinLength(1).ofMaxLength(60).filter(s -> !s.isBlank()));
    Arbitrary<LocalDate> starts = Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    return Combinators.combine(campaignIds(), names, Arbitraries.of(CampaignType.class), currencies, memberStatuses(),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(2).list().ofSize(3),
            starts.optional(), Arbitraries.integers().between(0, 365).optional())
        .as((id, name, type, cur, statuses, amounts, start, length) -> {
          Campaign c = Campaign.draft(id, tenant, name, type, cur).withMemberStatuses(statuses)
              .withBudget(Money.of(amounts.get(0), cur).rounded()).withActualCost(Money.of(amounts.get(1), cur).rounded())
              .withExpectedRevenue(Money.of(amounts.get(2), cur).rounded());
          if (start.isPresent()) {
            c = c.withStartDate(start.get());
            if (length.isPresent()) {
              c = c.withEndDate(start.get().plusDays(length.get()));
            }
          }
          return c;
        });
  }

  /** Contacts and leads as campaign members or recipients. */
  public static Arbitrary<RecordRef> memberRefs() {
    return Arbitraries.oneOf(CrmArbitraries.recordRefs("contact"), CrmArbitraries.recordRefs("lead"));
  }

  /** Recipients in IANA zones weighted towards tricky ones. */
  public static Arbitrary<Recipient> recipients() {
    return Combinators.combine(memberRefs(), CrmArbitraries.zoneIds()).as(Recipient::new);
  }

  /** Local times on the quarter hour. */
  public static Arbitrary<LocalTime> quarterHours() {
    return Combinators.combine(Arbitraries.integers().between(0, 23), Arbitraries.of(0, 15, 30, 45)).as(LocalTime::of);
  }

  /** One-off (instant or local) and recurring (daily, weekly, hourly) schedules in 2026. */
  public static Arbitrary<SendSchedule> schedules() {
    Arbitrary<LocalDateTime> locals = Combinators.combine(Arbitraries.integers().between(0, 364), quarterHours())
        .as((d, t) -> LocalDate.of(2026, 1, 1).plusDays(d).atTime(t));
    return Arbitraries.oneOf(
        locals.map(SendSchedule::atLocal),
        locals.map(l -> SendSchedule.at(l.toInstant(java.time.ZoneOffset.UTC))),
        Combinators.combine(locals, Arbitraries.of("FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO,WE,FR", "FREQ=HOURLY;INTERVAL=6",
            "FREQ=DAILY;COUNT=10", "FREQ=MONTHLY;BYMONTHDAY=-1")).as(SendSchedule::recurring));
  }

  /** Send steps with ids {@code step-<n>}, any channel, priority, window and quiet hours. */
  public static Arbitrary<SendStep> sendSteps() {
    Arbitrary<Optional<SendWindow>> windows = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Optional.<SendWindow>empty())),
        Tuple.of(2, Combinators.combine(quarterHours(), quarterHours()).filter((a, b) -> !a.equals(b))
            .as((a, b) -> Optional.of(new SendWindow(a, b)))));
    Arbitrary<Optional<QuietHours>> quiet = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Optional.<QuietHours>empty())),
        Tuple.of(2, Combinators.combine(quarterHours(), quarterHours(), Arbitraries.of(QuietHours.Policy.class))
            .filter((a, b, p) -> !a.equals(b)).as((a, b, p) -> Optional.of(new QuietHours(a, b, p)))));
    return Combinators.combine(Arbitraries.integers().between(0, 9999), campaignIds(), Arbitraries.of("email", "sms", "push"),
            Arbitraries.integers().between(-5, 5), schedules(), windows, quiet)
        .as((n, c, ch, prio, s, w, q) -> new SendStep("step-" + n, c, ch, prio, s, w, q));
  }

  /** Caps per calendar day or rolling window on e-mail, SMS or push. */
  public static Arbitrary<FrequencyCap> frequencyCaps() {
    Arbitrary<CapPeriod> periods = Arbitraries.oneOf(Arbitraries.just(CapPeriod.calendarDay()),
        Arbitraries.integers().between(1, 24 * 14).map(h -> CapPeriod.rolling(Duration.ofHours(h))));
    return Combinators.combine(Arbitraries.of("email", "sms", "push"), Arbitraries.integers().between(1, 10), periods).as(FrequencyCap::new);
  }

  /** Every attribution model, time decay with half-lives from an hour to a quarter. */
  public static Arbitrary<AttributionModel> attributionModels() {
    return Arbitraries.oneOf(
        Arbitraries.of(AttributionModel.firstTouch(), AttributionModel.lastTouch(), AttributionModel.even(), AttributionModel.positionBased()),
        Arbitraries.integers().between(1, 24 * 90).map(h -> AttributionModel.timeDecay(Duration.ofHours(h))),
        Arbitraries.integers().between(1, 50).map(f -> new AttributionModel.PositionBased(
            BigDecimal.valueOf(f, 2), BigDecimal.valueOf(100 - f, 2).min(new BigDecimal("0.50")))));
  }

  /** Touches by a few campaigns within 120 days before {@code close} (and a few after it). */
  public static Arbitrary<List<Touch>> touches(Instant close) {
    Objects.requireNonNull(close, "close");
    return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.longs().between(-120L * 86400, 3L * 86400))
        .as((c, s) -> new Touch(new CampaignId("campaign-" + c), close.plusSeconds(s)))
        .list().ofMaxSize(15);
  }
}
