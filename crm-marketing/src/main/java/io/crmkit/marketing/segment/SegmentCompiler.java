package io.crmkit.marketing.segment;

import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.ConsentState;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.score.Score;
import io.crmkit.core.score.Scores;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.FieldBinding;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.marketing.campaign.CampaignId;
import io.crmkit.marketing.campaign.CampaignMember;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Compiles a {@link SegmentCondition} into core criteria, reading the consent ledger, activities, static lists,
 * scores, campaigns and accounts of the tenant for the parts that live in other entity types.
 */
final class SegmentCompiler {
  /** Degrees of latitude per kilometre on the mean sphere. */
  private static final double DEG_PER_KM = 180.0 / (Math.PI * GeoPoint.EARTH_RADIUS_KM);
  /** Widening of bounding boxes so that rounding never drops a record on the circle's edge. */
  private static final double BOX_MARGIN_DEG = 1e-6;

  private final TenantStore store;
  private final ConsentLedger ledger;
  private final Scores scores;

  SegmentCompiler(TenantStore store, ConsentLedger ledger, Scores scores) {
    this.store = Objects.requireNonNull(store, "store");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.scores = Objects.requireNonNull(scores, "scores");
  }

  /** The part of a condition: criteria, whether it is exact, and the exact test of one record. */
  private record Part(Criteria criteria, boolean exact, Predicate<Object> test) {}

  CompiledSegment compile(SegmentTarget target, SegmentCondition condition, Instant at) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(at, "at");
    List<String> notes = new ArrayList<>();
    Part p = part(target, condition, at, false, notes);
    return new CompiledSegment(target, at, p.criteria(), p.exact() ? Optional.empty() : Optional.of(p.test()), notes);
  }

  private Part part(SegmentTarget target, SegmentCondition c, Instant at, boolean negated, List<String> notes) {
    EntityType<?, ?> type = target.entityType();
    if (c instanceof SegmentCondition.Matches m) {
      Predicate<Object> test = matcher(type, m.criteria());
      return new Part(m.criteria(), true, test);
    }
    if (c instanceof SegmentCondition.InRegion r) {
      Criteria criteria = Criteria.in(FieldRef.text(EntityType.CUSTOM_PREFIX + r.key()), new TreeSet<>(r.regions()));
      return new Part(criteria, true, matcher(type, criteria));
    }
    if (c instanceof SegmentCondition.Consent k) {
      return consent(target, k, at, notes);
    }
    if (c instanceof SegmentCondition.HasActivity a) {
      Set<String> ids = new HashSet<>();
      String prefix = target.typeName() + ":";
      Repository<Activity, ?> activities = store.repository(Activity.TYPE);
      try (Stream<Activity> s = activities.stream(Criteria.and(
          Criteria.eq(Activity.ACTIVITY_TYPE, a.type().name()),
          new Criteria.Range(Activity.OCCURRED_AT, Optional.of(a.since()), true, Optional.of(at), true)))) {
        s.forEach(act -> act.links().stream().filter(l -> l.type().equals(target.typeName())).forEach(l -> ids.add(l.id())));
      }
      notes.add(a.type() + " activity since " + a.since() + ": " + ids.size() + " " + target.typeName() + "s (links " + prefix + "*)");
      return idSet(ids);
    }
    if (c instanceof SegmentCondition.InList l) {
      StaticList list = store.repository(StaticList.TYPE).get(l.list());
      ValidationException.check(
          list.target() == target, "condition.list", "list " + list.id() + " holds " + list.target() + ", the segment selects " + target);
      notes.add("list '" + list.name() + "' (" + list.id() + "): " + list.members().size() + " members");
      return idSet(new HashSet<>(list.members()));
    }
    if (c instanceof SegmentCondition.HasScore h) {
      Set<String> ids = new HashSet<>();
      Map<RecordRef, Score> latest = scores.latestOfType(target.typeName(), h.model(), at);
      latest.forEach((subject, score) -> {
        if (h.range().contains(score.value())) {
          ids.add(subject.id());
        }
      });
      notes.add("latest " + h.model() + " score in " + h.range() + " at " + at + ": " + ids.size() + " of " + latest.size() + " scored "
          + target.typeName() + "s");
      return idSet(ids);
    }
    if (c instanceof SegmentCondition.CampaignMembership cm) {
      Campaign campaign = campaign(target, cm.campaign(), "campaignMember");
      Set<String> wanted = new HashSet<>();
      for (String label : cm.statuses()) {
        wanted.add(campaign.memberStatuses().find(label).orElseThrow(() -> new ValidationException("condition.statuses",
            "'" + label + "' is not a member status of campaign " + campaign.id() + " " + campaign.memberStatuses().statuses()))
            .label().toLowerCase(Locale.ROOT));
      }
      Set<String> ids = memberIds(target, campaign,
          m -> wanted.isEmpty() || wanted.contains(m.status().toLowerCase(Locale.ROOT)));
      notes.add("members of campaign '" + campaign.name() + "' (" + campaign.id() + ")"
          + (wanted.isEmpty() ? "" : " with status " + new TreeSet<>(cm.statuses())) + ": " + ids.size());
      return idSet(ids);
    }
    if (c instanceof SegmentCondition.RespondedTo rt) {
      Campaign campaign = campaign(target, rt.campaign(), "respondedTo");
      Set<String> ids = memberIds(target, campaign, m -> m.firstRespondedAt().map(t -> !t.isAfter(at)).orElse(false));
      notes.add("responded to campaign '" + campaign.name() + "' (" + campaign.id() + ") by " + at + ": " + ids.size());
      return idSet(ids);
    }
    if (c instanceof SegmentCondition.InCampaignOfType ct) {
      checkContacts(target, "memberOfCampaignType");
      Set<String> ids = new HashSet<>();
      int campaigns = 0;
      try (Stream<Campaign> s = store.repository(Campaign.TYPE).stream(Criteria.eq(Campaign.CAMPAIGN_TYPE, ct.type().name()))) {
        for (Campaign campaign : (Iterable<Campaign>) s::iterator) {
          Optional<LocalDate> lastDay = campaign.endDate().or(campaign::startDate);
          if (lastDay.isPresent() && !lastDay.get().isBefore(ct.since())) {
            campaigns++;
            ids.addAll(memberIds(target, campaign, m -> true));
          }
        }
      }
      notes.add("members of " + campaigns + " " + ct.type() + " campaigns since " + ct.since() + ": " + ids.size());
      return idSet(ids);
    }
    if (c instanceof SegmentCondition.AccountMatches am) {
      ValidationException.check(
          target == SegmentTarget.CONTACTS, "condition", "accountMatches selects contacts by their account; a " + target + " segment cannot use it");
      Repository<Account, ?> accounts = store.repository(Account.TYPE);
      Account.TYPE.validate(am.criteria());
      Set<String> ids = new HashSet<>();
      try (Stream<Account> s = accounts.stream(am.criteria())) {
        s.forEach(a -> ids.add(a.id().value()));
      }
      notes.add("accounts matching " + am.criteria() + ": " + ids.size());
      Criteria criteria = Criteria.in(ContactFields.ACCOUNT_ID, new TreeSet<>(ids));
      return new Part(criteria, true, matcher(type, criteria));
    }
    if (c instanceof SegmentCondition.WithinRadius w) {
      if (negated) {
        throw new ValidationException(
            "condition",
            "a radius (" + w.radiusKm() + " km of " + w.center() + ") cannot stand under not(...): the store selects a bounding box"
                + " and only a box's inside can be refined exactly; select the complement another way (e.g. by region)");
      }
      return radius(type, w, notes);
    }
    if (c instanceof SegmentCondition.AllOf all) {
      List<Part> parts = new ArrayList<>();
      for (SegmentCondition t : all.terms()) {
        parts.add(part(target, t, at, negated, notes));
      }
      List<Predicate<Object>> tests = parts.stream().map(Part::test).toList();
      return new Part(
          Criteria.and(parts.stream().map(Part::criteria).toList()),
          parts.stream().allMatch(Part::exact),
          r -> {
            for (Predicate<Object> t : tests) {
              if (!t.test(r)) {
                return false;
              }
            }
            return true;
          });
    }
    if (c instanceof SegmentCondition.AnyOf any) {
      List<Part> parts = new ArrayList<>();
      for (SegmentCondition t : any.terms()) {
        parts.add(part(target, t, at, negated, notes));
      }
      List<Predicate<Object>> tests = parts.stream().map(Part::test).toList();
      return new Part(
          Criteria.or(parts.stream().map(Part::criteria).toList()),
          parts.stream().allMatch(Part::exact),
          r -> {
            for (Predicate<Object> t : tests) {
              if (t.test(r)) {
                return true;
              }
            }
            return false;
          });
    }
    if (c instanceof SegmentCondition.Not n) {
      Part inner = part(target, n.term(), at, !negated, notes);
      Predicate<Object> test = inner.test();
      return new Part(Criteria.not(inner.criteria()), inner.exact(), r -> !test.test(r));
    }
    throw new IllegalStateException("unknown condition " + c);
  }

  private Part consent(SegmentTarget target, SegmentCondition.Consent k, Instant at, List<String> notes) {
    Set<String> inState = new HashSet<>();
    Set<String> onRecord = new HashSet<>();
    for (Map.Entry<RecordRef, ConsentState> e : ledger.statesOnRecord(target.typeName(), k.channel(), k.purpose(), at).entrySet()) {
      ConsentState state = e.getValue();
      String id = e.getKey().id();
      if (state != ConsentState.NONE) {
        onRecord.add(id);
      }
      if (state == k.state()) {
        inState.add(id);
      }
    }
    if (k.state() == ConsentState.NONE) {
      notes.add("consent " + k.channel() + "/" + k.purpose() + " NONE: every " + target.typeName() + " but the " + onRecord.size() + " on record");
      Part on = idSet(onRecord);
      Predicate<Object> test = on.test();
      return new Part(Criteria.not(on.criteria()), true, r -> !test.test(r));
    }
    notes.add("consent " + k.channel() + "/" + k.purpose() + " " + k.state() + " at " + at + ": " + inState.size() + " " + target.typeName() + "s");
    return idSet(inState);
  }

  private Campaign campaign(SegmentTarget target, CampaignId id, String condition) {
    checkContacts(target, condition);
    return store.repository(Campaign.TYPE).get(id);
  }

  private static void checkContacts(SegmentTarget target, String condition) {
    ValidationException.check(target == SegmentTarget.CONTACTS, "condition",
        condition + " selects campaign members, which are contacts or leads; a " + target + " segment cannot use it");
  }

  /** The ids of {@code campaign}'s members of the target's type that pass {@code filter}. */
  private static Set<String> memberIds(SegmentTarget target, Campaign campaign, Predicate<CampaignMember> filter) {
    Set<String> ids = new HashSet<>();
    for (CampaignMember m : campaign.members()) {
      if (m.member().type().equals(target.typeName()) && filter.test(m)) {
        ids.add(m.member().id());
      }
    }
    return ids;
  }

  private static Part idSet(Set<String> ids) {
    Set<String> frozen = Set.copyOf(ids);
    return new Part(Criteria.in(EntityType.ID, new TreeSet<>(frozen)), true, r -> frozen.contains(idOf(r)));
  }

  private static String idOf(Object record) {
    return ((io.crmkit.core.Aggregate<?>) record).id().value();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Predicate<Object> matcher(EntityType<?, ?> type, Criteria criteria) {
    Predicate p = ((EntityType) type).matcher(criteria);
    return (Predicate<Object>) p;
  }

  private static Part radius(EntityType<?, ?> type, SegmentCondition.WithinRadius w, List<String> notes) {
    FieldRef<BigDecimal> latRef = FieldRef.decimal(EntityType.CUSTOM_PREFIX + w.latitudeKey());
    FieldRef<BigDecimal> lonRef = FieldRef.decimal(EntityType.CUSTOM_PREFIX + w.longitudeKey());
    @SuppressWarnings("unchecked")
    FieldBinding<Object> latB = (FieldBinding<Object>) type.binding(latRef);
    @SuppressWarnings("unchecked")
    FieldBinding<Object> lonB = (FieldBinding<Object>) type.binding(lonRef);
    Criteria box = boundingBox(w, latRef, lonRef);
    notes.add("within " + w.radiusKm() + " km of " + w.center() + ": bounding box in the store, great-circle check on its candidates");
    Predicate<Object> test = r -> {
      Optional<GeoPoint> p = point(latB.values(r), lonB.values(r));
      return p.isPresent() && p.get().distanceKm(w.center()) <= w.radiusKm();
    };
    return new Part(box, false, test);
  }

  /** The point a record's coordinate values give, if both are present and on the globe. */
  static Optional<GeoPoint> point(List<Object> lat, List<Object> lon) {
    if (lat.isEmpty() || lon.isEmpty()) {
      return Optional.empty();
    }
    double la = ((BigDecimal) lat.get(0)).doubleValue();
    double lo = ((BigDecimal) lon.get(0)).doubleValue();
    if (!(la >= -90 && la <= 90 && lo >= -180 && lo <= 180)) {
      return Optional.empty();
    }
    return Optional.of(new GeoPoint(la, lo));
  }

  /** A latitude/longitude box that contains the circle (wrapping at the antimeridian, open at the poles). */
  static Criteria boundingBox(SegmentCondition.WithinRadius w, FieldRef<BigDecimal> latRef, FieldRef<BigDecimal> lonRef) {
    double lat = w.center().latitude();
    double lon = w.center().longitude();
    double dLat = w.radiusKm() * DEG_PER_KM + BOX_MARGIN_DEG;
    double south = lat - dLat;
    double north = lat + dLat;
    Criteria latRange = new Criteria.Range(
        latRef, Optional.of(BigDecimal.valueOf(Math.max(-90, south))), true, Optional.of(BigDecimal.valueOf(Math.min(90, north))), true);
    double angular = w.radiusKm() / GeoPoint.EARTH_RADIUS_KM;
    double ratio = angular >= Math.PI / 2 ? 2 : Math.sin(angular) / Math.cos(Math.toRadians(lat));
    if (south <= -90 || north >= 90 || ratio >= 1 || !Double.isFinite(ratio)) {
      return Criteria.and(latRange, Criteria.isPresent(lonRef));
    }
    double dLon = Math.toDegrees(Math.asin(ratio)) + BOX_MARGIN_DEG;
    double west = lon - dLon;
    double east = lon + dLon;
    Criteria lonRange;
    if (west < -180) {
      lonRange = Criteria.or(lonBetween(lonRef, west + 360, 180), lonBetween(lonRef, -180, east));
    } else if (east > 180) {
      lonRange = Criteria.or(lonBetween(lonRef, west, 180), lonBetween(lonRef, -180, east - 360));
    } else {
      lonRange = lonBetween(lonRef, west, east);
    }
    return Criteria.and(latRange, lonRange);
  }

  private static Criteria lonBetween(FieldRef<BigDecimal> ref, double from, double to) {
    return new Criteria.Range(ref, Optional.of(BigDecimal.valueOf(from)), true, Optional.of(BigDecimal.valueOf(to)), true);
  }
}
