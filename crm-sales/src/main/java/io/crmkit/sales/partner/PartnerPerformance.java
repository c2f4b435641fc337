package io.crmkit.sales.partner;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.ExchangeRates;
import io.crmkit.core.money.InMemoryExchangeRates;
import io.crmkit.core.money.Money;
import io.crmkit.core.money.MoneyConversion;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.TenantStore;
import io.crmkit.sales.lead.ConversionInfo;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadFields;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityFields;
import io.crmkit.sales.opportunity.OpportunityStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Measures partners over a period, from the records shared with them (their {@code partner} field): deal
 * registrations submitted, approved and rejected in the period and the approval rate; leads received (created in
 * the period with the partner set) and converted in it; opportunities open at the period's end (created before
 * it ends and still open), won and lost in it, the win rate, won revenue and open pipeline in one currency (each
 * deal converted at the rates in force on the period's last day and rounded, then added — as the forecast does) and
 * the average deal cycle (creation to winning). Records of other partners, or of none, are left out.
 *
 * <pre>{@code
 * PartnerReport report = PartnerPerformance.builder(Money.currency("EUR"), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"))
 *     .rates(rates).build()
 *     .measure(partners, registrations, leads, opportunities);
 * PartnerStanding top = report.standings().get(0);
 * }</pre>
 */
public final class PartnerPerformance {
  private final Currency currency;
  private final LocalDate from;
  private final LocalDate to;
  private final MoneyConversion fx;
  private final Instant start;
  private final Instant end;

  private PartnerPerformance(Builder b) {
    this.currency = b.currency;
    this.from = b.from;
    this.to = b.to;
    this.fx = new MoneyConversion(b.rates);
    this.start = from.atStartOfDay(b.zone).toInstant();
    this.end = to.plusDays(1).atStartOfDay(b.zone).toInstant();
  }

  /** Performance in {@code currency} over {@code from} to {@code to}, both included. */
  public static Builder builder(Currency currency, LocalDate from, LocalDate to) {
    return new Builder(currency, from, to);
  }

  /** Measures {@code partners} on their records in {@code store} (queried by the {@code partner} field). */
  public PartnerReport measure(TenantStore store, Collection<Partner> partners) {
    Objects.requireNonNull(store, "store");
    List<String> accounts = partners.stream().map(p -> p.account().value()).distinct().toList();
    if (accounts.isEmpty()) {
      return measure(partners, List.of(), List.of(), List.of());
    }
    return measure(partners,
        store.repository(DealRegistration.TYPE).query(Criteria.in(DealRegistration.PARTNER, accounts)),
        store.repository(Lead.TYPE).query(Criteria.in(LeadFields.PARTNER, accounts)),
        store.repository(Opportunity.TYPE).query(Criteria.in(OpportunityFields.PARTNER, accounts)));
  }

  /**
   * Measures {@code partners} on the given records; each record counts for the partner whose account is in its
   * {@code partner} field.
   *
   * @throws ValidationException if two partners share an account, or an amount has no exchange rate
   */
  public PartnerReport measure(
      Collection<Partner> partners, Collection<DealRegistration> registrations, Collection<Lead> leads,
      Collection<Opportunity> opportunities) {
    Objects.requireNonNull(registrations, "registrations");
    Objects.requireNonNull(leads, "leads");
    Objects.requireNonNull(opportunities, "opportunities");
    Map<AccountId, Tally> byAccount = new LinkedHashMap<>();
    Map<AccountId, Partner> partnerOf = new LinkedHashMap<>();
    for (Partner p : partners) {
      Partner before = partnerOf.putIfAbsent(p.account(), p);
      if (before != null) {
        throw new ValidationException("partners", "partners " + before.id() + " and " + p.id() + " share account " + p.account());
      }
      byAccount.put(p.account(), new Tally());
    }
    Tally total = new Tally();
    for (DealRegistration r : registrations) {
      Tally t = byAccount.get(r.partner());
      if (t != null) {
        t.registration(r);
        total.registration(r);
      }
    }
    for (Lead l : leads) {
      Tally t = l.partner().map(byAccount::get).orElse(null);
      if (t != null) {
        t.lead(l);
        total.lead(l);
      }
    }
    for (Opportunity o : opportunities) {
      Tally t = o.partner().map(byAccount::get).orElse(null);
      if (t != null) {
        t.opportunity(o);
        total.opportunity(o);
      }
    }
    record Measured(Partner partner, PartnerMetrics metrics) {}
    List<Measured> measured = new ArrayList<>();
    partnerOf.forEach((account, p) -> measured.add(new Measured(p, byAccount.get(account).metrics())));
    Comparator<Measured> best = Comparator.<Measured, BigDecimal>comparing(m -> m.metrics().wonRevenue().amount()).reversed()
        .thenComparing(m -> m.metrics().winRate().orElse(BigDecimal.ONE.negate()), Comparator.reverseOrder())
        .thenComparing(m -> m.metrics().registrationsApproved(), Comparator.reverseOrder())
        .thenComparing(m -> m.partner().name())
        .thenComparing(m -> m.partner().id().value());
    measured.sort(best);
    List<PartnerStanding> standings = new ArrayList<>();
    for (int i = 0; i < measured.size(); i++) {
      standings.add(new PartnerStanding(i + 1, measured.get(i).partner(), measured.get(i).metrics()));
    }
    return new PartnerReport(from, to, standings, total.metrics());
  }

  private boolean within(Instant at) {
    return !at.isBefore(start) && at.isBefore(end);
  }

  private boolean within(Optional<Instant> at) {
    return at.filter(this::within).isPresent();
  }

  /** The running counts of one partner, or of all. */
  private final class Tally {
    long submitted;
    long approved;
    long rejected;
    long leadsReceived;
    long leadsConverted;
    long open;
    long won;
    long lost;
    Money wonRevenue = Money.zero(currency);
    Money pipeline = Money.zero(currency);
    Duration wonCycle = Duration.ZERO;

    void registration(DealRegistration r) {
      submitted += within(r.enteredAt(DealRegistrationLifecycle.SUBMITTED)) ? 1 : 0;
      approved += within(r.enteredAt(DealRegistrationLifecycle.APPROVED)) ? 1 : 0;
      rejected += within(r.enteredAt(DealRegistrationLifecycle.REJECTED)) ? 1 : 0;
    }

    void lead(Lead l) {
      leadsReceived += within(l.createdAt()) ? 1 : 0;
      leadsConverted += within(l.conversion().map(ConversionInfo::convertedAt)) ? 1 : 0;
    }

    void opportunity(Opportunity o) {
      if (o.status() == OpportunityStatus.OPEN) {
        if (o.createdAt().isBefore(end)) {
          open++;
          pipeline = pipeline.plus(fx.convert(o.amount(), currency, to));
        }
      } else if (within(o.closedAt())) {
        if (o.status() == OpportunityStatus.WON) {
          won++;
          wonRevenue = wonRevenue.plus(fx.convert(o.amount(), currency, to));
          Duration cycle = Duration.between(o.createdAt(), o.closedAt().orElseThrow());
          wonCycle = wonCycle.plus(cycle.isNegative() ? Duration.ZERO : cycle);
        } else {
          lost++;
        }
      }
    }

    PartnerMetrics metrics() {
      return new PartnerMetrics(submitted, approved, rejected, leadsReceived, leadsConverted, open, won, lost, wonRevenue, pipeline, wonCycle);
    }
  }

  /** Configures {@link PartnerPerformance}; defaults: no exchange rates (one currency only), dates in UTC. */
  public static final class Builder {
    private final Currency currency;
    private final LocalDate from;
    private final LocalDate to;
    private ExchangeRates rates = new InMemoryExchangeRates();
    private ZoneId zone = ZoneOffset.UTC;

    private Builder(Currency currency, LocalDate from, LocalDate to) {
      this.currency = Objects.requireNonNull(currency, "currency");
      this.from = Objects.requireNonNull(from, "from");
      this.to = Objects.requireNonNull(to, "to");
      ValidationException.check(!to.isBefore(from), "to", "the period ends " + to + ", before it starts " + from);
    }

    /** The rates that convert amounts in other currencies (those in force on the period's last day). */
    public Builder rates(ExchangeRates value) {
      this.rates = Objects.requireNonNull(value, "rates");
      return this;
    }

    /** The zone in which the period's days begin and end. */
    public Builder zone(ZoneId value) {
      this.zone = Objects.requireNonNull(value, "zone");
      return this;
    }

    public PartnerPerformance build() {
      return new PartnerPerformance(this);
    }
  }
}
