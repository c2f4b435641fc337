package io.crmkit.testkit.marketing;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentState;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.money.Money;
import io.crmkit.core.RecordRef;
import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.marketing.campaign.CampaignId;
import io.crmkit.marketing.campaign.CampaignMember;
import io.crmkit.marketing.campaign.CampaignType;
import io.crmkit.marketing.campaign.MemberStatus;
import io.crmkit.marketing.campaign.MemberStatuses;
import io.crmkit.testkit.arbitrary.ScoreArbitraries;
import io.crmkit.marketing.segment.GeoPoint;
import io.crmkit.marketing.segment.ListId;
import io.crmkit.marketing.segment.Segment;
import io.crmkit.marketing.segment.SegmentCondition;
import io.crmkit.marketing.segment.SegmentId;
import io.crmkit.marketing.segment.SegmentTarget;
import io.crmkit.marketing.segment.SuppressionEntry;
import io.crmkit.testkit.arbitrary.CrmArbitraries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for crm-marketing's segments: contacts shaped for segmentation (a {@code tier} picklist, a
 * {@code score} number, a {@code region} text and {@code lat}/{@code lon} decimal coordinates, each sometimes
 * absent, e-mails at a few shared domains), geographic points (poles and the antimeridian included), campaigns
 * with members over given contacts, condition trees over all of it (consent, activity, radius, region, list
 * membership, scores, campaign membership, responses and campaign types, nested and negated), suppression
 * entries and segments. Everything is built through the real crm-marketing constructors.
 *
 * <p>{@code @Provide Arbitrary<SegmentCondition> conditions() { return SegmentArbitraries.conditions(listId, campaignIds, now); }}
 */
public final class SegmentArbitraries {
  private SegmentArbitraries() {}

  /** The custom-field keys the generated contacts use. */
  public static final String TIER = "tier";
  public static final String SCORE = "score";
  public static final String REGION = "region";
  public static final String LAT = "lat";
  public static final String LON = "lon";
  /** The tiers, regions and e-mail domains drawn from. */
  public static final List<String> TIERS = List.of("gold", "silver", "bronze");
  public static final List<String> REGIONS = List.of("DE-BE", "DE-BY", "FR-IDF", "US-CA", "JP-13");
  public static final List<String> DOMAINS = List.of("example.com", "mail.example.com", "acme.test", "müller.test");
  /** The purposes consent conditions ask about. */
  public static final List<Purpose> PURPOSES = List.of(Purpose.NEWSLETTER, Purpose.MARKETING);
  /** The member statuses of generated campaigns: Sent (default), Registered, Attended (a response). */
  public static final MemberStatuses CAMPAIGN_STATUSES = new MemberStatuses(List.of(
      new MemberStatus("Sent", true, false), new MemberStatus("Registered", false, false), new MemberStatus("Attended", false, true)));
  /** The campaign types generated campaigns and conditions use. */
  public static final List<CampaignType> CAMPAIGN_TYPES = List.of(CampaignType.EMAIL, CampaignType.WEBINAR);
  /** Where generated points cluster: Berlin, near the north pole, by the antimeridian, Tokyo. */
  public static final List<GeoPoint> CENTRES =
      List.of(GeoPoint.of(52.52, 13.405), GeoPoint.of(89.5, 10), GeoPoint.of(-16.5, 179.8), GeoPoint.of(35.68, 139.69));

  /** Points anywhere on the globe, and points within a few hundred km of {@link #CENTRES}. */
  public static Arbitrary<GeoPoint> geoPoints() {
    Arbitrary<GeoPoint> anywhere = Combinators.combine(
            Arbitraries.doubles().between(-90, 90).ofScale(4), Arbitraries.doubles().between(-180, 180).ofScale(4))
        .as(GeoPoint::of);
    Arbitrary<GeoPoint> near = Combinators.combine(
            Arbitraries.of(CENTRES), Arbitraries.doubles().between(-4, 4).ofScale(4), Arbitraries.doubles().between(-8, 8).ofScale(4))
        .as((c, dLat, dLon) -> GeoPoint.of(clamp(c.latitude() + dLat, 90), wrap(c.longitude() + dLon)));
    return Arbitraries.frequencyOf(Tuple.of(1, anywhere), Tuple.of(3, near));
  }

  /** New contacts (version 0) of {@code tenant} with segmentation custom fields and e-mails at {@link #DOMAINS}. */
  public static Arbitrary<Contact> contacts(TenantId tenant) {
    Arbitrary<String> given = Arbitraries.of("Ada", "Bob", "Çelik", "Zoë", "李");
    Arbitrary<String> family = Arbitraries.of("Lovelace", "Müller", "Smith", "Ørsted", "山田");
    Arbitrary<CustomFields> fields = Combinators.combine(
            Arbitraries.of(TIERS).optional(0.8),
            Arbitraries.longs().between(0, 100).optional(0.8),
            Arbitraries.of(REGIONS).optional(0.7),
            geoPoints().optional(0.8))
        .as((tier, score, region, point) -> {
          CustomFields f = CustomFields.empty();
          if (tier.isPresent()) {
            f = f.with(TIER, FieldValue.picklist(tier.get()));
          }
          if (score.isPresent()) {
            f = f.with(SCORE, FieldValue.number(score.get()));
          }
          if (region.isPresent()) {
            f = f.with(REGION, FieldValue.text(region.get()));
          }
          if (point.isPresent()) {
            f = f.with(LAT, FieldValue.decimal(BigDecimal.valueOf(point.get().latitude())))
                .with(LON, FieldValue.decimal(BigDecimal.valueOf(point.get().longitude())));
          }
          return f;
        });
    Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    Arbitrary<List<String>> emails = Combinators.combine(local, Arbitraries.of(DOMAINS)).as((l, d) -> l + "@" + d)
        .list().ofMaxSize(2).uniqueElements();
    return Combinators.combine(CrmArbitraries.ids(ContactId::new), given, family, emails, fields, CrmArbitraries.instants())
        .as((id, g, fam, mails, cf, at) -> {
          Contact.Builder b = Contact.builder(id, tenant).name(PersonName.of(g, fam)).owner(Owner.user("u-1"))
              .customFields(cf).createdAt(at).updatedAt(at);
          for (int i = 0; i < mails.size(); i++) {
            ContactPoint p = ContactPoint.email(mails.get(i), ContactPoint.Purpose.WORK);
            b.contactPoint(i == 0 ? p.asPrimary() : p);
          }
          return b.build();
        });
  }

  /** Plain criteria over contact fields and the segmentation custom fields. */
  public static Arbitrary<Criteria> contactCriteria() {
    FieldRef<String> tier = FieldRef.text("custom." + TIER);
    FieldRef<Long> score = FieldRef.number("custom." + SCORE);
    return Arbitraries.oneOf(
        Arbitraries.of(TIERS).map(t -> Criteria.eq(tier, t)),
        Arbitraries.longs().between(0, 100).map(s -> Criteria.atLeast(score, s)),
        Arbitraries.longs().between(0, 100).map(s -> Criteria.lessThan(score, s)),
        Arbitraries.of(DOMAINS).map(d -> Criteria.contains(ContactFields.EMAIL, "@" + d)),
        Arbitraries.of("L", "M", "S", "Ø", "山").map(p -> Criteria.prefix(ContactFields.FAMILY_NAME, p)),
        Arbitraries.just(Criteria.isNull(tier)));
  }

  /**
   * Condition trees over contacts (depth at most 3): criteria, consent on e-mail, activity since an instant
   * before {@code now}, radius (never under {@code not}, which segments refuse), region, membership of
   * {@code list}, latest scores of {@link ScoreArbitraries#MODELS} in a range, membership of campaigns of a
   * type since a date, combined with all-of, any-of and not. No condition names a campaign by id; for those,
   * see {@link #conditions(ListId, List, Instant)}.
   */
  public static Arbitrary<SegmentCondition> conditions(ListId list, Instant now) {
    return conditions(list, List.of(), now);
  }

  /**
   * {@link #conditions(ListId, Instant)} plus membership (by statuses of {@link #CAMPAIGN_STATUSES}, in any
   * case) of and responses to the campaigns {@code campaigns}, which the store must hold when the segment
   * compiles (e.g. made by {@link #campaigns}).
   */
  public static Arbitrary<SegmentCondition> conditions(ListId list, List<CampaignId> campaigns, Instant now) {
    return conditions(list, List.copyOf(campaigns), now, 3, false);
  }

  private static Arbitrary<SegmentCondition> conditions(ListId list, List<CampaignId> campaigns, Instant now, int depth, boolean negated) {
    Arbitrary<SegmentCondition> leaf = leaves(list, campaigns, now, negated);
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<SegmentCondition> all = Arbitraries.lazy(() -> conditions(list, campaigns, now, depth - 1, negated))
        .list().ofMaxSize(3).map(SegmentCondition::allOf);
    Arbitrary<SegmentCondition> any = Arbitraries.lazy(() -> conditions(list, campaigns, now, depth - 1, negated))
        .list().ofMaxSize(3).map(SegmentCondition::anyOf);
    Arbitrary<SegmentCondition> not = Arbitraries.lazy(() -> conditions(list, campaigns, now, depth - 1, !negated)).map(SegmentCondition::not);
    return Arbitraries.frequencyOf(
        Tuple.of(3, leaf), Tuple.of(2, all), Tuple.of(2, any), Tuple.of(1, not));
  }

  /**
   * Campaigns with the ids {@code ids} (types from {@link #CAMPAIGN_TYPES}, statuses {@link #CAMPAIGN_STATUSES},
   * dates around {@code now} or none) whose members are drawn from {@code people}: each member once, in any
   * status, a response recorded within 20 days before {@code now} or up to a day after it.
   */
  public static Arbitrary<List<Campaign>> campaigns(TenantId tenant, List<CampaignId> ids, List<RecordRef> people, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    List<Arbitrary<Campaign>> each = new ArrayList<>();
    for (CampaignId id : ids) {
      Arbitrary<List<RecordRef>> members = people.isEmpty()
          ? Arbitraries.just(List.of())
          : Arbitraries.of(people).list().ofMaxSize(Math.min(people.size(), 8)).uniqueElements();
      each.add(Combinators.combine(
              Arbitraries.of(CAMPAIGN_TYPES),
              Arbitraries.integers().between(-90, 30).optional(0.8),
              Arbitraries.integers().between(0, 40).optional(0.5),
              members,
              Arbitraries.integers().between(0, 2).list().ofSize(8),
              Arbitraries.integers().between(-24, 20 * 24).list().ofSize(8))
          .as((type, start, length, refs, statuses, hours) -> {
            Campaign c = Campaign.draft(id, tenant, "Campaign " + id.value() + " ünd 李", type, Money.currency("EUR"))
                .withMemberStatuses(CAMPAIGN_STATUSES);
            if (start.isPresent()) {
              c = c.withStartDate(today.plusDays(start.get()));
              if (length.isPresent()) {
                c = c.withEndDate(today.plusDays(start.get() + length.get()));
              }
            }
            for (int i = 0; i < refs.size(); i++) {
              CampaignMember m = c.addMember(refs.get(i), now.minus(Duration.ofDays(30)));
              String label = CAMPAIGN_STATUSES.statuses().get(statuses.get(i)).label();
              if (!label.equals(m.status())) {
                m = c.changeStatus(m, label, now.minus(Duration.ofHours(hours.get(i))));
              }
              c = c.withMember(m);
            }
            return c;
          }));
    }
    return Combinators.combine(each).as(List::copyOf);
  }

  private static Arbitrary<SegmentCondition> leaves(ListId list, List<CampaignId> campaigns, Instant now, boolean negated) {
    Arbitrary<SegmentCondition> criteria = contactCriteria().map(SegmentCondition::matches);
    Arbitrary<SegmentCondition> consent = Combinators.combine(Arbitraries.of(PURPOSES), Arbitraries.of(ConsentState.class))
        .as((p, s) -> SegmentCondition.consent(Channel.EMAIL, p, s));
    Arbitrary<SegmentCondition> activity = Combinators.combine(
            Arbitraries.of(ActivityType.NOTE, ActivityType.EMAIL), Arbitraries.longs().between(0, 60))
        .as((t, days) -> SegmentCondition.hasActivity(t, now.minus(Duration.ofDays(days))));
    Arbitrary<SegmentCondition> region = Arbitraries.of(REGIONS).set().ofMinSize(1).ofMaxSize(3)
        .map(rs -> SegmentCondition.inRegion(REGION, Set.copyOf(rs)));
    Arbitrary<SegmentCondition> member = Arbitraries.just(SegmentCondition.inList(list));
    Arbitrary<SegmentCondition> score = Combinators.combine(Arbitraries.of(ScoreArbitraries.MODELS.subList(0, 2)), ScoreArbitraries.ranges())
        .as(SegmentCondition::score);
    Arbitrary<SegmentCondition> ofType = Combinators.combine(Arbitraries.of(CAMPAIGN_TYPES), Arbitraries.integers().between(-60, 40))
        .as((t, days) -> SegmentCondition.memberOfCampaignType(t, LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(days)));
    Arbitrary<SegmentCondition> inCampaign = campaigns.isEmpty() ? ofType : Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of(campaigns),
                Arbitraries.of("Sent", "registered", "ATTENDED").list().ofMaxSize(2))
            .as((c, statuses) -> SegmentCondition.campaignMember(c, statuses.toArray(String[]::new))),
        Arbitraries.of(campaigns).map(SegmentCondition::respondedTo),
        ofType);
    if (negated) {
      return Arbitraries.frequencyOf(
          Tuple.of(3, criteria), Tuple.of(2, consent), Tuple.of(1, activity),
          Tuple.of(2, region), Tuple.of(1, member), Tuple.of(2, score), Tuple.of(2, inCampaign));
    }
    Arbitrary<SegmentCondition> radius = Combinators.combine(
            Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(CENTRES)), Tuple.of(1, geoPoints())),
            Arbitraries.doubles().between(1, 3000).ofScale(1))
        .as((c, km) -> SegmentCondition.within(c, km, LAT, LON));
    return Arbitraries.frequencyOf(
        Tuple.of(3, criteria), Tuple.of(2, consent), Tuple.of(1, activity),
        Tuple.of(2, region), Tuple.of(1, member), Tuple.of(2, radius), Tuple.of(2, score), Tuple.of(2, inCampaign));
  }

  /** Suppression entries by id, e-mail and domain (mixed case, which they normalise). */
  public static Arbitrary<SuppressionEntry> suppressionEntries() {
    return Arbitraries.oneOf(
        CrmArbitraries.idTexts().map(SuppressionEntry::id),
        Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8), Arbitraries.of(DOMAINS))
            .as((l, d) -> SuppressionEntry.email(l.toUpperCase(java.util.Locale.ROOT) + "@" + d)),
        Arbitraries.of(DOMAINS).map(d -> SuppressionEntry.domain(d.toUpperCase(java.util.Locale.ROOT))));
  }

  /** New contact segments (version 0) of {@code tenant} over {@link #conditions}. */
  public static Arbitrary<Segment> segments(TenantId tenant, ListId list, Instant now) {
    return Combinators.combine(CrmArbitraries.ids(SegmentId::new), Arbitraries.of("Gold readers", "Berlin 50 km", "Réactivation"),
            conditions(list, now))
        .as((id, name, c) -> Segment.of(id, tenant, name, SegmentTarget.CONTACTS, c, now));
  }

  private static double clamp(double v, double limit) {
    return BigDecimal.valueOf(Math.max(-limit, Math.min(limit, v))).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }

  private static double wrap(double lon) {
    double w = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
    return BigDecimal.valueOf(w).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }
}
