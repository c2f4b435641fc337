package io.crmkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.store.EntityType;
import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.marketing.journey.Enrolment;
import io.crmkit.marketing.journey.Journey;
import io.crmkit.marketing.segment.MembershipSnapshot;
import io.crmkit.marketing.segment.Segment;
import io.crmkit.marketing.segment.StaticList;
import io.crmkit.marketing.segment.SuppressionList;
import io.crmkit.marketing.subscription.GlobalSuppression;
import io.crmkit.marketing.subscription.PendingConfirmation;
import io.crmkit.marketing.subscription.SubscriptionType;
import io.crmkit.testkit.marketing.JourneyArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every aggregate of crm-marketing survives {@code CrmJson} as the JDBC store writes it (a document) and
 * reads it back equal, on generated values. (crm-marketing cannot use the testkit's arbitraries — the testkit
 * depends on it — so these properties live here, beside the store that needs them.)
 */
class MarketingJsonProperties {
  private static final TenantId TENANT = TenantId.of("acme-7");

  private static <T extends Aggregate<I>, I extends EntityId> void roundTrips(T aggregate, EntityType<T, I> type) {
    String document = CrmJson.documentOf(aggregate);
    assertThat(CrmJson.fromDocument(document, type)).as("%s from %s", type.name(), document).isEqualTo(aggregate);
    @SuppressWarnings("unchecked")
    Class<T> javaType = (Class<T>) aggregate.getClass();
    assertThat(CrmJson.read(CrmJson.write(aggregate), javaType)).isEqualTo(aggregate);
  }

  @Provide Arbitrary<Campaign> campaigns() { return MarketingAggregates.campaigns(TENANT); }
  @Provide Arbitrary<Segment> segments() { return MarketingAggregates.segments(TENANT); }
  @Provide Arbitrary<MembershipSnapshot> snapshots() { return MarketingAggregates.snapshots(TENANT); }
  @Provide Arbitrary<StaticList> staticLists() { return MarketingAggregates.staticLists(TENANT); }
  @Provide Arbitrary<SuppressionList> suppressionLists() { return MarketingAggregates.suppressionLists(TENANT); }
  @Provide Arbitrary<SubscriptionType> subscriptionTypes() { return MarketingAggregates.subscriptionTypes(TENANT); }
  @Provide Arbitrary<PendingConfirmation> confirmations() { return MarketingAggregates.confirmations(TENANT); }
  @Provide Arbitrary<GlobalSuppression> globalSuppressions() { return MarketingAggregates.globalSuppressions(TENANT); }
  @Provide Arbitrary<Enrolment> enrolments() { return MarketingAggregates.enrolments(TENANT); }
  @Provide Arbitrary<Journey> journeys() { return JourneyArbitraries.journeys(TENANT); }

  @Property(tries = 150)
  void campaignsRoundTrip(@ForAll("campaigns") Campaign c) {
    roundTrips(c, Campaign.TYPE);
  }

  @Property(tries = 200)
  void segmentsRoundTrip(@ForAll("segments") Segment s) {
    roundTrips(s, Segment.TYPE);
  }

  @Property(tries = 100)
  void snapshotsRoundTrip(@ForAll("snapshots") MembershipSnapshot s) {
    roundTrips(s, MembershipSnapshot.TYPE);
  }

  @Property(tries = 100)
  void staticListsRoundTrip(@ForAll("staticLists") StaticList l) {
    roundTrips(l, StaticList.TYPE);
  }

  @Property(tries = 100)
  void suppressionListsRoundTrip(@ForAll("suppressionLists") SuppressionList l) {
    roundTrips(l, SuppressionList.TYPE);
  }

  @Property(tries = 100)
  void subscriptionTypesRoundTrip(@ForAll("subscriptionTypes") SubscriptionType t) {
    roundTrips(t, SubscriptionType.TYPE);
  }

  @Property(tries = 100)
  void pendingConfirmationsRoundTrip(@ForAll("confirmations") PendingConfirmation p) {
    roundTrips(p, PendingConfirmation.TYPE);
  }

  @Property(tries = 100)
  void globalSuppressionsRoundTrip(@ForAll("globalSuppressions") GlobalSuppression g) {
    roundTrips(g, GlobalSuppression.TYPE);
  }

  @Property(tries = 150)
  void enrolmentsRoundTrip(@ForAll("enrolments") Enrolment e) {
    roundTrips(e, Enrolment.TYPE);
  }

  @Property(tries = 100)
  void journeysRoundTrip(@ForAll("journeys") Journey j) {
    assertThat(CrmJson.read(CrmJson.write(j), Journey.class)).isEqualTo(j);
  }
}
