package io.crmkit.sales.scoring;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activities;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityStatus;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PostalAddress;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.TenantStore;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadLifecycle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores crmkit {@link Lead}s: a {@link ScoringExtractor} that reads a lead's fields under the names of
 * Odoo's predictive scoring variables ({@link PlsVariable}) and of rule criteria, and its engagement from the
 * crm-core activities linked to it. Fields it answers:
 *
 * <ul>
 *   <li>{@code source_id} / {@code source}: the {@link io.crmkit.sales.lead.LeadSource} code;
 *   <li>{@code country_id} / {@code country}: the address's ISO country code; {@code state_id}: {@code
 *       <country>/<region>} (Odoo's states are per country), {@code region}: the region alone;
 *   <li>{@code lang_id} / {@code lang}: the text of the custom field named by {@link #withLanguageField}
 *       (default {@code lang}), as crmkit leads have no language of their own;
 *   <li>{@code email_state} / {@code phone_state}: {@code correct} when the lead has an e-mail / phone, absent
 *       otherwise (Odoo's {@code None}). crm-core normalises every e-mail and phone (E.164) on entry and refuses
 *       what it cannot normalise, so a stored value is always Odoo's {@code correct}; {@code incorrect} never
 *       arises from a crmkit lead;
 *   <li>{@code tag_id} / {@code tags}: the values of the custom field named by {@link #withTagsField} (default
 *       {@code tags}; a multi-picklist gives several);
 *   <li>{@code stage_id}: the lead's status (its lifecycle state, e.g. {@code qualified}; a disqualified lead
 *       is in the status it was disqualified from, as Odoo keeps a lost lead in its stage); {@code team_id}:
 *       the owning team when a team owns the lead (else the {@link #withTeam} function's answer);
 *       {@code create_date}: when it was created;
 *   <li>the {@link io.crmkit.sales.lead.LeadFields} names: {@code company}, {@code companyDomain}, {@code
 *       industry}, {@code jobTitle}, {@code status}, {@code stage} (lifecycle stage), {@code rating}, {@code
 *       owner}, {@code email} and {@code phone} (normalised), and any custom field by its key (typed as its
 *       query kind).
 * </ul>
 *
 * <p>Engagement: each completed activity linked to the lead is an {@link EngagementEvent} of type {@code
 * <activity type>} or {@code <activity type>_<direction>} in lower case ({@code email_inbound}, {@code
 * call_outbound}, {@code meeting}, {@code task}, {@code note}), at the instant it happened (a task: when it was
 * completed); open activities are not engagement yet.
 *
 * <pre>{@code
 * LeadScoring scoring = LeadScoring.inStore(tenantStore);
 * RuleScore fit = RuleScorer.of(model, scoring).score(lead, clock.instant());
 * LeadProbability p = PredictiveLeadScorer.of(plsModel, table).score(lead, scoring);
 * }</pre>
 */
public final class LeadScoring implements ScoringExtractor<Lead> {
  /** What Odoo's {@code email_state}/{@code phone_state} are for a normalised value. */
  public static final String CORRECT = "correct";

  private final Function<Lead, List<Activity>> activities;
  private final String languageField;
  private final String tagsField;
  private final Function<Lead, Optional<String>> team;

  private LeadScoring(
      Function<Lead, List<Activity>> activities, String languageField, String tagsField, Function<Lead, Optional<String>> team) {
    this.activities = Objects.requireNonNull(activities, "activities");
    this.languageField = Objects.requireNonNull(languageField, "languageField");
    this.tagsField = Objects.requireNonNull(tagsField, "tagsField");
    this.team = Objects.requireNonNull(team, "team");
  }

  /** Reads leads with the activities {@code activities} gives for each (e.g. from a host's cache). */
  public static LeadScoring of(Function<Lead, List<Activity>> activities) {
    return new LeadScoring(activities, "lang", "tags", LeadScoring::owningTeam);
  }

  /** Reads leads with no engagement (fit only). */
  public static LeadScoring withoutEngagement() {
    return of(l -> List.of());
  }

  /** Reads leads with the activities linked to them in {@code store} (one indexed query per lead). */
  public static LeadScoring inStore(TenantStore store) {
    Objects.requireNonNull(store, "store");
    return of(l -> store.repository(Activity.TYPE)
        .query(Query.where(Activities.linkedToAny(Set.of(l.ref()))).orderBy(Sort.byId())));
  }

  /** This extractor reading the language from the custom field {@code key}. */
  public LeadScoring withLanguageField(String key) {
    return new LeadScoring(activities, key, tagsField, team);
  }

  /** This extractor reading tags from the custom field {@code key}. */
  public LeadScoring withTagsField(String key) {
    return new LeadScoring(activities, languageField, key, team);
  }

  /** This extractor taking the sales team ({@code team_id}) from {@code value}. */
  public LeadScoring withTeam(Function<Lead, Optional<String>> value) {
    return new LeadScoring(activities, languageField, tagsField, value);
  }

  /**
   * What a closed lead teaches predictive scoring: a converted lead was won, a disqualified one lost (the
   * standard lifecycle's states); empty while the lead is open.
   */
  public Optional<ClosedLead> closed(Lead lead, PredictiveScoringModel model) {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(model, "model");
    if (lead.isConverted()) {
      return Optional.of(new ClosedLead(model.observe(lead, this), PlsOutcome.WON));
    }
    if (lead.status().equals(LeadLifecycle.DISQUALIFIED)) {
      return Optional.of(new ClosedLead(model.observe(lead, this), PlsOutcome.LOST));
    }
    return Optional.empty();
  }

  @Override
  public TenantId tenantId(Lead record) {
    return record.tenantId();
  }

  @Override
  public RecordRef ref(Lead record) {
    return record.ref();
  }

  @Override
  public List<?> values(Lead lead, String field) {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(field, "field");
    Optional<PostalAddress> address = lead.address();
    return switch (field) {
      case "source_id", "source" -> List.of(lead.source().code());
      case "country_id", "country" -> address.map(a -> List.<Object>of(a.countryCode())).orElse(List.of());
      case "state_id" -> address.flatMap(a -> a.region().map(r -> a.countryCode() + "/" + r)).map(List::<Object>of).orElse(List.of());
      case "region" -> address.flatMap(PostalAddress::region).map(List::<Object>of).orElse(List.of());
      case "lang_id", "lang" -> custom(lead, languageField);
      case "email_state" -> lead.email().isPresent() ? List.of(CORRECT) : List.of();
      case "phone_state" -> lead.phone().isPresent() ? List.of(CORRECT) : List.of();
      case "tag_id", "tags" -> custom(lead, tagsField);
      case PredictiveScoringModel.STAGE_VARIABLE -> plsStage(lead).map(List::<Object>of).orElse(List.of());
      case "status" -> List.of(lead.status());
      case PredictiveScoringModel.TEAM_FIELD -> team.apply(lead).map(List::<Object>of).orElse(List.of());
      case PredictiveScoringModel.CREATED_FIELD, "createdAt" -> List.of(lead.createdAt());
      case "stage" -> List.of(lead.stage().name().toLowerCase(Locale.ROOT));
      case "company" -> optional(lead.company());
      case "companyDomain" -> optional(lead.companyDomain());
      case "industry" -> optional(lead.industry());
      case "jobTitle" -> optional(lead.jobTitle());
      case "rating" -> optional(lead.rating().map(r -> r.name().toLowerCase(Locale.ROOT)));
      case "owner" -> List.of(lead.owner().toString());
      case "email" -> optional(lead.email().map(ContactPoint::normalized));
      case "phone" -> optional(lead.phone().map(ContactPoint::normalized));
      default -> custom(lead, field);
    };
  }

  @Override
  public List<EngagementEvent> engagement(Lead lead) {
    List<EngagementEvent> events = new ArrayList<>();
    for (Activity a : activities.apply(lead)) {
      if (a.status() != ActivityStatus.COMPLETED || !a.links().contains(lead.ref())) {
        continue;
      }
      String type = a.type().name().toLowerCase(Locale.ROOT)
          + a.direction().map(d -> "_" + d.name().toLowerCase(Locale.ROOT)).orElse("");
      Instant at = a.type() == ActivityType.TASK ? a.completedAt().orElse(a.occurredAt()) : a.occurredAt();
      events.add(new EngagementEvent(type, at));
    }
    return List.copyOf(events);
  }

  /** The status; for a disqualified lead the status it was lost in (Odoo keeps a lost lead in its stage). */
  private static Optional<String> plsStage(Lead lead) {
    if (!lead.status().equals(LeadLifecycle.DISQUALIFIED)) {
      return Optional.of(lead.status());
    }
    return lead.statusHistory().changes().get(lead.statusHistory().changes().size() - 1).from();
  }

  private static List<?> optional(Optional<String> value) {
    return value.map(List::<Object>of).orElse(List.of());
  }

  private static List<?> custom(Lead lead, String key) {
    Optional<FieldValue> value = lead.customFields().get(key);
    return value.map(v -> lead.customFields().queryValues(key, v.type().queryKind())).orElse(List.of());
  }

  private static Optional<String> owningTeam(Lead lead) {
    Owner owner = lead.owner();
    return owner.kind() == Owner.Kind.TEAM ? Optional.of(owner.id()) : Optional.empty();
  }
}
