package io.crmkit.testkit.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.core.party.Contact;
import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.marketing.campaign.CampaignId;
import io.crmkit.marketing.campaign.CampaignMember;
import io.crmkit.marketing.segment.GeoPoint;
import io.crmkit.marketing.segment.ListId;
import io.crmkit.marketing.segment.SegmentCondition;
import io.crmkit.marketing.segment.SuppressionEntry;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The segment generators make valid values, and varied ones: every kind of condition, absent fields, edge points. */
class SegmentArbitrariesProperties {
  static final TenantId TENANT = TenantId.of("acme");
  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

  @Provide
  Arbitrary<Contact> contacts() {
    return SegmentArbitraries.contacts(TENANT);
  }

  @Property(tries = 100)
  void contactsBelongToTheTenantAndCarryConsistentCoordinates(@ForAll("contacts") Contact c) {
    assertThat(c.tenantId()).isEqualTo(TENANT);
    assertThat(c.version()).isZero();
    assertThat(c.customFields().get(SegmentArbitraries.LAT).isPresent()).isEqualTo(c.customFields().get(SegmentArbitraries.LON).isPresent());
    assertThat(c.emails()).allSatisfy(e -> assertThat(SegmentArbitraries.DOMAINS).anyMatch(d -> e.endsWith("@" + d)));
  }

  @Property(tries = 100)
  void suppressionEntriesAreNormalised(@ForAll("entries") SuppressionEntry e) {
    if (e.kind() != SuppressionEntry.Kind.ID) {
      assertThat(e.value()).isEqualTo(e.value().toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Provide
  Arbitrary<SuppressionEntry> entries() {
    return SegmentArbitraries.suppressionEntries();
  }

  @Property(tries = 1)
  void theGeneratorsAreVaried() {
    List<SegmentCondition> conditions = SegmentArbitraries.conditions(new ListId("vip"), List.of(new CampaignId("spring")), NOW)
        .sampleStream().limit(800).toList();
    Set<Class<?>> kinds = new HashSet<>();
    conditions.forEach(c -> collect(c, kinds));
    assertThat(kinds).contains(SegmentCondition.Matches.class, SegmentCondition.Consent.class, SegmentCondition.HasActivity.class,
        SegmentCondition.WithinRadius.class, SegmentCondition.InRegion.class, SegmentCondition.InList.class,
        SegmentCondition.HasScore.class, SegmentCondition.CampaignMembership.class, SegmentCondition.RespondedTo.class,
        SegmentCondition.InCampaignOfType.class, SegmentCondition.AllOf.class, SegmentCondition.AnyOf.class, SegmentCondition.Not.class);
    Set<Class<?>> withoutIds = new HashSet<>();
    SegmentArbitraries.conditions(new ListId("vip"), NOW).sampleStream().limit(300).forEach(c -> collect(c, withoutIds));
    assertThat(withoutIds).contains(SegmentCondition.HasScore.class, SegmentCondition.InCampaignOfType.class)
        .doesNotContain(SegmentCondition.CampaignMembership.class, SegmentCondition.RespondedTo.class);
    assertThat(conditions).noneMatch(SegmentArbitrariesProperties::radiusUnderNot);

    List<Contact> people = SegmentArbitraries.contacts(TENANT).sampleStream().limit(300).toList();
    assertThat(people).anyMatch(c -> c.customFields().get(SegmentArbitraries.TIER).isEmpty());
    assertThat(people).anyMatch(c -> c.customFields().get(SegmentArbitraries.LAT).isEmpty());
    assertThat(people).anyMatch(c -> c.emails().isEmpty());
    assertThat(people).anyMatch(c -> c.emails().size() == 2);

    List<GeoPoint> points = SegmentArbitraries.geoPoints().sampleStream().limit(1000).toList();
    assertThat(points).anyMatch(p -> Math.abs(p.longitude()) > 179);
    assertThat(points).anyMatch(p -> p.latitude() > 89);
  }

  @Property(tries = 100)
  void campaignsHoldValidMembersOfThePeopleGiven(@ForAll("campaigns") List<Campaign> campaigns) {
    assertThat(campaigns).extracting(Campaign::id).containsExactly(new CampaignId("a"), new CampaignId("b"));
    for (Campaign c : campaigns) {
      assertThat(c.members()).allSatisfy(m -> {
        assertThat(PEOPLE).contains(m.member());
        assertThat(c.memberStatuses().find(m.status())).isPresent();
        assertThat(m.responded()).isEqualTo(m.status().equals("Attended"));
      });
      assertThat(c.members().stream().map(CampaignMember::member).distinct().count()).isEqualTo(c.members().size());
    }
  }

  static final List<io.crmkit.core.RecordRef> PEOPLE = List.of(
      new io.crmkit.core.RecordRef("contact", "ann"), new io.crmkit.core.RecordRef("contact", "李"), new io.crmkit.core.RecordRef("lead", "l-1"));

  @Provide
  Arbitrary<List<Campaign>> campaigns() {
    return SegmentArbitraries.campaigns(TENANT, List.of(new CampaignId("a"), new CampaignId("b")), PEOPLE, NOW);
  }

  @Property(tries = 1)
  void campaignsAreVaried() {
    List<Campaign> all = SegmentArbitraries.campaigns(TENANT, List.of(new CampaignId("a")), PEOPLE, NOW).sampleStream().limit(300)
        .flatMap(List::stream).toList();
    assertThat(all).anyMatch(c -> c.startDate().isEmpty()).anyMatch(c -> c.endDate().isPresent()).anyMatch(c -> c.members().isEmpty())
        .anyMatch(c -> c.members().size() == PEOPLE.size())
        .anyMatch(c -> c.members().stream().anyMatch(m -> m.firstRespondedAt().map(t -> t.isAfter(NOW)).orElse(false)));
  }

  private static void collect(SegmentCondition c, Set<Class<?>> kinds) {
    kinds.add(c.getClass());
    if (c instanceof SegmentCondition.AllOf a) {
      a.terms().forEach(t -> collect(t, kinds));
    } else if (c instanceof SegmentCondition.AnyOf a) {
      a.terms().forEach(t -> collect(t, kinds));
    } else if (c instanceof SegmentCondition.Not n) {
      collect(n.term(), kinds);
    }
  }

  private static boolean radiusUnderNot(SegmentCondition c) {
    return under(c, false);
  }

  private static boolean under(SegmentCondition c, boolean negated) {
    if (c instanceof SegmentCondition.WithinRadius) {
      return negated;
    } else if (c instanceof SegmentCondition.AllOf a) {
      return a.terms().stream().anyMatch(t -> under(t, negated));
    } else if (c instanceof SegmentCondition.AnyOf a) {
      return a.terms().stream().anyMatch(t -> under(t, negated));
    } else if (c instanceof SegmentCondition.Not n) {
      return under(n.term(), !negated);
    }
    return false;
  }
}
