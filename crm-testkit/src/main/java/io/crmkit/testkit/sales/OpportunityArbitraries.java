package io.crmkit.testkit.sales;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.sales.forecast.FiscalCalendar;
import io.crmkit.sales.forecast.ForecastEntry;
import io.crmkit.sales.forecast.ForecastHierarchy;
import io.crmkit.sales.opportunity.ContactRole;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.opportunity.OpportunityStages;
import io.crmkit.sales.pipeline.ForecastCategory;
import io.crmkit.sales.pipeline.Pipeline;
import io.crmkit.sales.pipeline.Pipelines;
import io.crmkit.sales.pipeline.RequiredField;
import io.crmkit.sales.pipeline.Stage;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for opportunities, their pipelines and forecasts. Every value is built through the real
 * crm-sales constructors and services, so it satisfies their rules: pipelines with open, won and lost stages;
 * opportunities that reached their stage by accepted moves (strictly increasing stage history) with amounts
 * in EUR, USD, GBP or JPY; forecast entries; team hierarchies; fiscal calendars of every kind.
 *
 * <pre>{@code
 * @Property void rollsUp(@ForAll("deals") List<Opportunity> deals) { ... }
 * @Provide Arbitrary<List<Opportunity>> deals() { return OpportunityArbitraries.opportunities().list().ofMaxSize(50); }
 * }</pre>
 */
public final class OpportunityArbitraries {
  /** The tenant of every generated opportunity. */
  public static final TenantId TENANT = TenantId.of("testkit");
  /** The currencies amounts are drawn from. */
  public static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "JPY");
  private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");

  private OpportunityArbitraries() {}

  /** Owners {@code user:rep-0} to {@code user:rep-<n-1>}. */
  public static Arbitrary<Owner> owners(int n) {
    return Arbitraries.integers().between(0, n - 1).map(i -> Owner.user("rep-" + i));
  }

  /** Non-negative amounts in the currency's own scale, in one of {@link #CURRENCIES}, with zero as an edge case. */
  public static Arbitrary<Money> amounts() {
    return Combinators.combine(Arbitraries.of(CURRENCIES), Arbitraries.longs().between(0, 10_000_000_00L))
        .as((c, units) -> Money.of(BigDecimal.valueOf(units, Money.fractionDigits(Money.currency(c))), c));
  }

  /** Display names: letters, accents, CJK and spaces, never blank. */
  public static Arbitrary<String> names() {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withChars('é', 'ß', 'ø', '漢', '字', ' ', '-')
        .ofMinLength(1).ofMaxLength(40).filter(s -> !s.isBlank());
  }

  /**
   * Valid pipelines: 1 to 8 open stages with random probabilities and open categories, some requiring fields,
   * then one won and one lost stage (orders spread out, the won/lost stages not always last).
   */
  public static Arbitrary<Pipeline> pipelines() {
    Arbitrary<Stage> openStage = Combinators.combine(
            Arbitraries.integers().between(0, 100),
            Arbitraries.of(ForecastCategory.PIPELINE, ForecastCategory.BEST_CASE, ForecastCategory.COMMIT, ForecastCategory.OMITTED),
            Arbitraries.of(RequiredField.class).set().ofMaxSize(2))
        .as((p, c, req) -> new Stage("s", "S", 0, p, c, false, false, List.copyOf(req)));
    return Combinators.combine(openStage.list().ofMinSize(1).ofMaxSize(8), Arbitraries.integers().between(0, 3))
        .as((opens, tail) -> {
          List<Stage> stages = new ArrayList<>();
          for (int i = 0; i < opens.size(); i++) {
            Stage s = opens.get(i);
            stages.add(new Stage("stage_" + i, "Stage " + i, (i + 1) * 10, s.defaultProbability(), s.forecastCategory(), false, false,
                s.requiredFields()));
          }
          int wonOrder = tail == 0 ? 5 + 10 : (opens.size() + 1) * 10;
          stages.add(Stage.won("won", "Won", wonOrder + 1));
          stages.add(Stage.lost("lost", "Lost", wonOrder + 2));
          return Pipeline.of("generated", "default", stages);
        });
  }

  /** Opportunities on {@link Pipelines#standardSales()}; see {@link #opportunitiesOn}. */
  public static Arbitrary<Opportunity> opportunities() {
    return opportunitiesOn(Pipelines.standardSales(), 20);
  }

  /**
   * Opportunities on {@code pipeline}, owned by one of {@code ownerCount} representatives: created at a random
   * instant of 2025, then moved by up to six accepted stage changes hours to weeks apart (moves a guard would
   * refuse are skipped), with an amount, a 2025–2027 close date, competitors, a next step, contact roles and, for
   * some, one of the partner accounts of {@link LeadArbitraries#partnerAccounts()}.
   */
  public static Arbitrary<Opportunity> opportunitiesOn(Pipeline pipeline, int ownerCount) {
    Arbitrary<Integer> stageIndex = Arbitraries.integers().between(0, pipeline.stages().size() - 1);
    Arbitrary<List<Integer>> walk = stageIndex.list().ofMaxSize(6);
    Arbitrary<List<Long>> gaps = Arbitraries.longs().between(0, 30L * 24 * 3600).list().ofSize(6);
    Arbitrary<Opportunity> base = Combinators.combine(
            Arbitraries.strings().alpha().numeric().ofMinLength(6).ofMaxLength(12),
            names(), owners(ownerCount), amounts(),
            Arbitraries.integers().between(0, 3 * 365), Arbitraries.longs().between(0, 365L * 24 * 3600),
            Arbitraries.of("Globex", "Initech", "Umbrella", "Hooli").set().ofMaxSize(3),
            Arbitraries.integers().between(0, 3))
        .as((id, name, owner, amount, closeOffset, createdOffset, competitors, roles) -> {
          Opportunity.Builder b = Opportunity.builder(new OpportunityId("opp-" + id), TENANT)
              .name(name).account(new AccountId("acc-" + (Math.abs(id.hashCode()) % 50))).owner(owner)
              .amount(amount).closeDate(LocalDate.of(2025, 1, 1).plusDays(closeOffset))
              .competitors(List.copyOf(competitors))
              .startIn(pipeline, EPOCH.plusSeconds(createdOffset));
          for (int r = 0; r < roles; r++) {
            b.contactRole(new ContactRole(new ContactId("c-" + id + "-" + r), ContactRole.Role.values()[r], r == 0));
          }
          if (roles % 2 == 1) {
            b.nextStep("Call back");
          }
          return b.build();
        });
    Arbitrary<Optional<AccountId>> partners = LeadArbitraries.partnerAccounts().optional(0.3);
    return Combinators.combine(base, walk, gaps, partners)
        .as((o, targets, steps, partner) -> walk(partner.map(o::withPartner).orElse(o), pipeline, targets, steps));
  }

  private static Opportunity walk(Opportunity start, Pipeline pipeline, List<Integer> targets, List<Long> steps) {
    Opportunity o = start;
    Instant now = o.stageEnteredAt();
    for (int i = 0; i < targets.size() && !o.status().isClosed(); i++) {
      now = now.plus(Duration.ofSeconds(3600 + steps.get(i)));
      Stage target = pipeline.stages().get(targets.get(i));
      if (target.key().equals(o.stage())) {
        continue;
      }
      Optional<String> reason = target.closed() ? Optional.of(target.won() ? "Fit" : "Price") : Optional.empty();
      Opportunity candidate = o;
      if (!pipeline.missingFields(target.key(), f -> f == RequiredField.CLOSE_REASON ? reason.isPresent() : candidate.has(f)).isEmpty()) {
        continue;
      }
      o = OpportunityStages.decide(o, pipeline, target.key(), reason, now).opportunity();
    }
    return o;
  }

  /** Forecast entries of {@code ownerCount} owners closing in 2026, in any category. */
  public static Arbitrary<ForecastEntry> forecastEntries(int ownerCount) {
    return Combinators.combine(
            Arbitraries.strings().alpha().ofMinLength(4).ofMaxLength(10), owners(ownerCount), amounts(),
            Arbitraries.integers().between(0, 364), Arbitraries.integers().between(0, 100), Arbitraries.of(ForecastCategory.class))
        .as((id, owner, amount, day, p, c) ->
            new ForecastEntry(new OpportunityId("fe-" + id), owner, LocalDate.of(2026, 1, 1).plusDays(day), amount, p, c));
  }

  /**
   * Hierarchies with 0 to 5 teams (each below the root or an earlier team) and the owners {@code user:rep-0} to
   * {@code user:rep-<ownerCount-1>} spread over them.
   */
  public static Arbitrary<ForecastHierarchy> hierarchies(int ownerCount) {
    return Combinators.combine(
            Arbitraries.integers().between(0, 1000).list().ofMaxSize(5),
            Arbitraries.integers().between(0, 1000).list().ofSize(ownerCount))
        .as((teamParents, ownerTeams) -> {
          ForecastHierarchy.Builder b = ForecastHierarchy.builder("company", "Company");
          List<String> groups = new ArrayList<>(List.of("company"));
          for (int i = 0; i < teamParents.size(); i++) {
            b.group("team-" + i, "Team " + i, groups.get(teamParents.get(i) % groups.size()));
            groups.add("team-" + i);
          }
          for (int i = 0; i < ownerCount; i++) {
            b.owner(Owner.user("rep-" + i), "Rep " + i, groups.get(ownerTeams.get(i) % groups.size()));
          }
          return b.build();
        });
  }

  /** Fiscal calendars of every kind: any start month, months or quarters, calendar months or 4-4-5-style weeks. */
  public static Arbitrary<FiscalCalendar> fiscalCalendars() {
    Arbitrary<FiscalCalendar.Granularity> grains = Arbitraries.of(FiscalCalendar.Granularity.class);
    Arbitrary<FiscalCalendar> monthly = Combinators.combine(Arbitraries.of(Month.class), grains).as(FiscalCalendar::fiscal);
    Arbitrary<FiscalCalendar> weekly = Combinators.combine(
            Arbitraries.of(FiscalCalendar.WeekPattern.class), Arbitraries.of(Month.class), Arbitraries.of(DayOfWeek.class), grains)
        .as(FiscalCalendar::weeks);
    return Arbitraries.oneOf(monthly, weekly);
  }
}
