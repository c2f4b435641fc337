package io.crmkit.testkit.marketing;

import io.crmkit.marketing.abtest.AbTest;
import io.crmkit.marketing.campaign.AttributionModel;
import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.marketing.campaign.CampaignId;
import io.crmkit.marketing.campaign.MemberStatuses;
import io.crmkit.marketing.journey.Journey;
import io.crmkit.marketing.journey.WaitCondition;
import io.crmkit.marketing.schedule.DstPolicy;
import io.crmkit.marketing.schedule.FrequencyCap;
import io.crmkit.marketing.schedule.QuietHours;
import io.crmkit.marketing.schedule.Recipient;
import io.crmkit.marketing.schedule.RetryPolicy;
import io.crmkit.marketing.schedule.SendSchedule;
import io.crmkit.marketing.schedule.SendStep;
import io.crmkit.marketing.schedule.SendWindow;
import io.crmkit.marketing.schedule.Throttle;
import io.crmkit.marketing.segment.GeoPoint;
import io.crmkit.marketing.segment.ListId;
import io.crmkit.marketing.segment.Segment;
import io.crmkit.marketing.segment.SegmentCondition;
import io.crmkit.marketing.segment.SuppressionEntry;
import io.crmkit.marketing.subscription.SubscriptionType;
import io.crmkit.marketing.template.MessageTemplate;
import io.crmkit.marketing.template.TemplateId;
import io.crmkit.testkit.arbitrary.CrmArbitraries;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets {@code @ForAll} parameters of crm-marketing types work without a provider method, e.g. {@code @Property
 * void p(@ForAll Campaign campaign, @ForAll Segment segment, @ForAll Journey journey, @ForAll SendStep step)}.
 * Registered through {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider} next to the crm-core and
 * crm-sales providers; each type comes from {@link CampaignArbitraries}, {@link SegmentArbitraries},
 * {@link JourneyArbitraries} and {@link MessageArbitraries} with their defaults, tenant-scoped values in any tenant
 * and segments over a list id and an evaluation instant of their own. For other settings use those classes
 * directly with {@code @ForAll("name")}.
 */
public final class MarketingArbitraryProvider implements ArbitraryProvider {
  private static final Map<Class<?>, Supplier<Arbitrary<?>>> BY_TYPE = byType();

  private static Map<Class<?>, Supplier<Arbitrary<?>>> byType() {
    Map<Class<?>, Supplier<Arbitrary<?>>> m = new LinkedHashMap<>();
    m.put(Campaign.class, () -> CrmArbitraries.tenantIds().flatMap(CampaignArbitraries::campaigns));
    m.put(CampaignId.class, CampaignArbitraries::campaignIds);
    m.put(MemberStatuses.class, CampaignArbitraries::memberStatuses);
    m.put(AttributionModel.class, CampaignArbitraries::attributionModels);
    m.put(Recipient.class, CampaignArbitraries::recipients);
    m.put(SendSchedule.class, CampaignArbitraries::schedules);
    m.put(SendStep.class, CampaignArbitraries::sendSteps);
    m.put(FrequencyCap.class, CampaignArbitraries::frequencyCaps);
    m.put(SendWindow.class, MessageArbitraries::sendWindows);
    m.put(QuietHours.class, MessageArbitraries::quietHours);
    m.put(Throttle.class, MessageArbitraries::throttles);
    m.put(DstPolicy.class, MessageArbitraries::dstPolicies);
    m.put(RetryPolicy.class, MessageArbitraries::retryPolicies);
    m.put(Segment.class, () -> Combinators.combine(CrmArbitraries.tenantIds(), CrmArbitraries.ids(ListId::new), evaluatedAt())
        .flatAs(SegmentArbitraries::segments));
    m.put(SegmentCondition.class, () -> Combinators.combine(CrmArbitraries.ids(ListId::new), evaluatedAt())
        .flatAs(SegmentArbitraries::conditions));
    m.put(SuppressionEntry.class, SegmentArbitraries::suppressionEntries);
    m.put(GeoPoint.class, SegmentArbitraries::geoPoints);
    m.put(Journey.class, () -> CrmArbitraries.tenantIds().flatMap(JourneyArbitraries::journeys));
    m.put(WaitCondition.class, JourneyArbitraries::waits);
    m.put(MessageTemplate.class, () -> CrmArbitraries.tenantIds().flatMap(MessageArbitraries::templates));
    m.put(TemplateId.class, MessageArbitraries::templateIds);
    m.put(SubscriptionType.class, () -> CrmArbitraries.tenantIds().flatMap(MessageArbitraries::subscriptionTypes));
    m.put(AbTest.class, () -> CrmArbitraries.tenantIds().flatMap(MessageArbitraries::abTests));
    return Map.copyOf(m);
  }

  /** Instants in 2020 to 2030 at which segments are evaluated (consent and activity conditions are relative to it). */
  private static Arbitrary<Instant> evaluatedAt() {
    return Arbitraries.longs().between(0, 10L * 365 * 86_400).map(s -> Instant.parse("2020-01-01T00:00:00Z").plusSeconds(s));
  }

  /** The crm-marketing types this provider serves. */
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
