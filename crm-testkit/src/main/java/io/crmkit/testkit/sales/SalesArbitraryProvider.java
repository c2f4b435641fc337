package io.crmkit.testkit.sales;

import io.crmkit.sales.cadence.Cadence;
import io.crmkit.sales.followup.FollowUp;
import io.crmkit.sales.followup.FollowUpTarget;
import io.crmkit.sales.followup.Recurrence;
import io.crmkit.sales.forecast.FiscalCalendar;
import io.crmkit.sales.forecast.ForecastEntry;
import io.crmkit.sales.geo.GeoPoint;
import io.crmkit.sales.geo.RouteRequest;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadId;
import io.crmkit.sales.lead.LeadSource;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.partner.DealContact;
import io.crmkit.sales.partner.DealCustomer;
import io.crmkit.sales.partner.DealRegistration;
import io.crmkit.sales.partner.DealRegistrationId;
import io.crmkit.sales.partner.Partner;
import io.crmkit.sales.partner.PartnerId;
import io.crmkit.sales.partner.PartnerUser;
import io.crmkit.sales.pipeline.Pipeline;
import io.crmkit.sales.quote.Quote;
import io.crmkit.sales.quote.QuoteLine;
import io.crmkit.sales.scoring.DecayPolicy;
import io.crmkit.sales.scoring.EngagementEvent;
import io.crmkit.sales.scoring.PredictiveScoringModel;
import io.crmkit.sales.scoring.ScoreThreshold;
import io.crmkit.sales.territory.AccountCondition;
import io.crmkit.sales.territory.AccountProfile;
import io.crmkit.sales.assignment.CapacityMember;
import io.crmkit.testkit.arbitrary.CrmArbitraries;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets {@code @ForAll} parameters of crm-sales types work without a provider method, e.g. {@code @Property
 * void p(@ForAll Lead lead, @ForAll Opportunity deal, @ForAll Quote quote)}. Registered through {@code
 * META-INF/services/net.jqwik.api.providers.ArbitraryProvider} next to the crm-core provider; each type comes
 * from the entry classes of this package with their defaults (opportunities on {@code
 * Pipelines.standardSales()} among 20 owners, route requests of up to 8 stops with windows, models and
 * profiles of any tenant). For other settings use those classes directly with {@code @ForAll("name")}.
 */
public final class SalesArbitraryProvider implements ArbitraryProvider {
  private static final Map<Class<?>, Supplier<Arbitrary<?>>> BY_TYPE = byType();

  private static Map<Class<?>, Supplier<Arbitrary<?>>> byType() {
    Map<Class<?>, Supplier<Arbitrary<?>>> m = new LinkedHashMap<>();
    m.put(Lead.class, LeadArbitraries::leads);
    m.put(LeadId.class, LeadArbitraries::leadIds);
    m.put(LeadSource.class, LeadArbitraries::leadSources);
    m.put(Opportunity.class, OpportunityArbitraries::opportunities);
    m.put(Pipeline.class, OpportunityArbitraries::pipelines);
    m.put(ForecastEntry.class, () -> OpportunityArbitraries.forecastEntries(20));
    m.put(FiscalCalendar.class, OpportunityArbitraries::fiscalCalendars);
    m.put(FollowUp.class, SalesActivityArbitraries::followUps);
    m.put(FollowUpTarget.class, SalesActivityArbitraries::followUpTargets);
    m.put(Recurrence.class, SalesActivityArbitraries::recurrences);
    m.put(Quote.class, SalesActivityArbitraries::quotes);
    m.put(QuoteLine.class, () -> CrmArbitraries.currencies().flatMap(SalesActivityArbitraries::quoteLines));
    m.put(Cadence.class, SalesActivityArbitraries::cadences);
    m.put(EngagementEvent.class, ScoringArbitraries::engagementEvents);
    m.put(DecayPolicy.class, ScoringArbitraries::decayPolicies);
    m.put(ScoreThreshold.class, ScoringArbitraries::scoreThresholds);
    m.put(PredictiveScoringModel.class, () -> CrmArbitraries.tenantIds().flatMap(ScoringArbitraries::predictiveModels));
    m.put(GeoPoint.class, TerritoryArbitraries::geoPoints);
    m.put(RouteRequest.class, () -> TerritoryArbitraries.routeRequests(8, true));
    m.put(AccountProfile.class, () -> CrmArbitraries.tenantIds().flatMap(TerritoryArbitraries::accountProfiles));
    m.put(AccountCondition.class, TerritoryArbitraries::accountConditions);
    m.put(CapacityMember.class, TerritoryArbitraries::capacityMembers);
    m.put(Partner.class, PartnerArbitraries::partners);
    m.put(PartnerId.class, PartnerArbitraries::partnerIds);
    m.put(PartnerUser.class, PartnerArbitraries::partnerUsers);
    m.put(DealRegistration.class, PartnerArbitraries::dealRegistrations);
    m.put(DealRegistrationId.class, PartnerArbitraries::dealRegistrationIds);
    m.put(DealCustomer.class, PartnerArbitraries::dealCustomers);
    m.put(DealContact.class, PartnerArbitraries::dealContacts);
    return Map.copyOf(m);
  }

  /** The crm-sales types this provider serves. */
  public static Set<Class<?>> providedTypes() {
    return BY_TYPE.keySet();
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return BY_TYPE.containsKey(targetType.getRawType());
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    Supplier<Arbitrary<?>> s = BY_TYPE.get(targetType.getRawType());
    return s == null ? Set.of() : Set.of(s.get());
  }
}
