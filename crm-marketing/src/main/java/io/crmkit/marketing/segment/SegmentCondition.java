package io.crmkit.marketing.segment;

import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentState;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.score.Score;
import io.crmkit.core.score.ScoreRange;
import io.crmkit.marketing.campaign.CampaignId;
import io.crmkit.marketing.campaign.CampaignType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a segment selects, as a tree: plain criteria over the target's fields (including {@code custom.<key>}
 * custom fields), consent state, activity history, geography, list membership, scores, campaign history and,
 * for contacts, their account's fields; combined with {@link #allOf}, {@link #anyOf} and {@link #not}. {@link Segments#compile}
 * turns it into one core {@link Criteria} that the store evaluates.
 *
 * <pre>{@code
 * SegmentCondition c = SegmentCondition.allOf(
 *     SegmentCondition.matches(Criteria.eq(FieldRef.text("custom.tier"), "gold")),
 *     SegmentCondition.consent(Channel.EMAIL, Purpose.NEWSLETTER, ConsentState.GRANTED),
 *     SegmentCondition.within(GeoPoint.of(52.52, 13.405), 50, "lat", "lon"));
 * }</pre>
 *
 * <p>How each compiles: {@link Matches} as it is; {@link Consent}, {@link HasActivity}, {@link InList},
 * {@link HasScore}, {@link CampaignMembership}, {@link RespondedTo}, {@link InCampaignOfType} and
 * {@link AccountMatches} by reading the ledger, the activities, the list, the scores, the campaigns or the
 * accounts first and naming the matching ids ({@code in(id, ...)}), which stays exact under {@link Not}; {@link InRegion} as {@code in(custom.<key>, ...)}; {@link WithinRadius}
 * as a latitude/longitude bounding box in the store plus an exact great-circle check on the candidates the
 * store returns (the one documented second pass). A radius under {@link Not} is refused: the negation of a
 * box is not a superset of the negated circle.
 */
public sealed interface SegmentCondition {

  /** Records matching a core criteria over the target's own fields. */
  record Matches(Criteria criteria) implements SegmentCondition {
    public Matches {
      Objects.requireNonNull(criteria, "criteria");
    }
  }

  /** Parties whose consent on {@code channel} for {@code purpose} is in {@code state} when evaluated. */
  record Consent(Channel channel, Purpose purpose, ConsentState state) implements SegmentCondition {
    public Consent {
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(purpose, "purpose");
      Objects.requireNonNull(state, "state");
      ValidationException.check(!purpose.isAll(), "purpose", "ask about a specific purpose, not '*'");
    }
  }

  /** Records linked to an activity of {@code type} that occurred at or after {@code since} (and not after evaluation). */
  record HasActivity(ActivityType type, Instant since) implements SegmentCondition {
    public HasActivity {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(since, "since");
    }
  }

  /**
   * Records whose coordinates (DECIMAL custom fields {@code latitudeKey} and {@code longitudeKey}, degrees)
   * lie within {@code radiusKm} of {@code center}; records without coordinates do not match.
   */
  record WithinRadius(GeoPoint center, double radiusKm, String latitudeKey, String longitudeKey) implements SegmentCondition {
    public WithinRadius {
      Objects.requireNonNull(center, "center");
      Objects.requireNonNull(latitudeKey, "latitudeKey");
      Objects.requireNonNull(longitudeKey, "longitudeKey");
      ValidationException.check(
          Double.isFinite(radiusKm) && radiusKm > 0 && radiusKm <= 20_000, "radiusKm", "must lie in (0, 20000] but was " + radiusKm);
      ValidationException.check(!latitudeKey.equals(longitudeKey), "longitudeKey", "must differ from latitudeKey");
      CustomKeys.check(latitudeKey, "latitudeKey");
      CustomKeys.check(longitudeKey, "longitudeKey");
    }
  }

  /** Records whose text (or picklist) custom field {@code key} is one of {@code regions}, e.g. {@code DE-BE}. */
  record InRegion(String key, Set<String> regions) implements SegmentCondition {
    public InRegion {
      Objects.requireNonNull(key, "key");
      CustomKeys.check(key, "key");
      regions = Set.copyOf(new LinkedHashSet<>(regions));
      ValidationException.check(!regions.isEmpty(), "regions", "must name at least one region");
    }
  }

  /** Members of a static list (its member ids). */
  record InList(ListId list) implements SegmentCondition {
    public InList {
      Objects.requireNonNull(list, "list");
    }
  }

  /** Contacts whose account matches {@code criteria} over account fields; only for contact segments. */
  record AccountMatches(Criteria criteria) implements SegmentCondition {
    public AccountMatches {
      Objects.requireNonNull(criteria, "criteria");
    }
  }

  /**
   * Records whose latest {@code model} score computed at or before evaluation lies in {@code range}; records
   * never scored by the model do not match (so under {@link Not} they do).
   */
  record HasScore(String model, ScoreRange range) implements SegmentCondition {
    public HasScore {
      Score.checkModel(model);
      Objects.requireNonNull(range, "range");
    }
  }

  /**
   * Members of {@code campaign} whose status is one of {@code statuses} (labels, ignoring case; no statuses:
   * any status). Statuses the campaign does not offer are refused when the segment compiles. Only for contact
   * segments: members are contacts or leads.
   */
  record CampaignMembership(CampaignId campaign, Set<String> statuses) implements SegmentCondition {
    public CampaignMembership {
      Objects.requireNonNull(campaign, "campaign");
      LinkedHashSet<String> labels = new LinkedHashSet<>();
      for (String st : statuses) {
        String label = Objects.requireNonNull(st, "statuses contains null").strip();
        ValidationException.check(!label.isEmpty(), "statuses", "must not contain a blank status");
        labels.add(label);
      }
      statuses = Set.copyOf(labels);
    }
  }

  /** Members of {@code campaign} who had responded by the evaluation instant (their first response). Contacts only. */
  record RespondedTo(CampaignId campaign) implements SegmentCondition {
    public RespondedTo {
      Objects.requireNonNull(campaign, "campaign");
    }
  }

  /**
   * Members (any status) of any campaign of {@code type} that ran on or after {@code since}: whose last day
   * (end date, else start date) is not before it. Campaigns without dates do not count. Contacts only.
   */
  record InCampaignOfType(CampaignType type, LocalDate since) implements SegmentCondition {
    public InCampaignOfType {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(since, "since");
    }
  }

  /** Every term matches (no terms: everything). */
  record AllOf(List<SegmentCondition> terms) implements SegmentCondition {
    public AllOf {
      terms = List.copyOf(terms);
    }
  }

  /** Some term matches (no terms: nothing). */
  record AnyOf(List<SegmentCondition> terms) implements SegmentCondition {
    public AnyOf {
      terms = List.copyOf(terms);
    }
  }

  /** The term does not match. */
  record Not(SegmentCondition term) implements SegmentCondition {
    public Not {
      Objects.requireNonNull(term, "term");
    }
  }

  static SegmentCondition matches(Criteria criteria) {
    return new Matches(criteria);
  }

  static SegmentCondition consent(Channel channel, Purpose purpose, ConsentState state) {
    return new Consent(channel, purpose, state);
  }

  static SegmentCondition hasActivity(ActivityType type, Instant since) {
    return new HasActivity(type, since);
  }

  static SegmentCondition within(GeoPoint center, double radiusKm, String latitudeKey, String longitudeKey) {
    return new WithinRadius(center, radiusKm, latitudeKey, longitudeKey);
  }

  static SegmentCondition inRegion(String key, Set<String> regions) {
    return new InRegion(key, regions);
  }

  static SegmentCondition inList(ListId list) {
    return new InList(list);
  }

  static SegmentCondition accountMatches(Criteria criteria) {
    return new AccountMatches(criteria);
  }

  /** {@code score("lead-fit", ScoreRange.atLeast(70))}: the latest lead-fit score is 70 or more. */
  static SegmentCondition score(String model, ScoreRange range) {
    return new HasScore(model, range);
  }

  /** {@code campaignMember(webinar, "Attended", "Registered")}; no statuses: a member with any status. */
  static SegmentCondition campaignMember(CampaignId campaign, String... statuses) {
    return new CampaignMembership(campaign, new LinkedHashSet<>(Arrays.asList(statuses)));
  }

  static SegmentCondition respondedTo(CampaignId campaign) {
    return new RespondedTo(campaign);
  }

  /** {@code memberOfCampaignType(CampaignType.WEBINAR, LocalDate.parse("2026-01-01"))}. */
  static SegmentCondition memberOfCampaignType(CampaignType type, LocalDate since) {
    return new InCampaignOfType(type, since);
  }

  static SegmentCondition allOf(SegmentCondition... terms) {
    return new AllOf(List.of(terms));
  }

  static SegmentCondition allOf(List<SegmentCondition> terms) {
    return new AllOf(terms);
  }

  static SegmentCondition anyOf(SegmentCondition... terms) {
    return new AnyOf(List.of(terms));
  }

  static SegmentCondition anyOf(List<SegmentCondition> terms) {
    return new AnyOf(terms);
  }

  static SegmentCondition not(SegmentCondition term) {
    return new Not(term);
  }
}
