package io.crmkit.core.view;

import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.TimelineEntry;
import io.crmkit.core.consent.ConsentDecision;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.OrgChart;
import io.crmkit.core.party.PartyRelationship;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything known about one customer — a contact or an account — at one instant, as {@link CustomerViews}
 * assembled it. Read it, render it with {@link CustomerViewText}, or serialise it; it is an immutable snapshot.
 *
 * <pre>{@code
 * CustomerView view = customerViews.view(tenant, RecordRef.of(Contact.TYPE_NAME, adaId));
 * view.openActivities().forEach(a -> remind(a));
 * }</pre>
 *
 * @param subject the contact or account the view is about
 * @param contact the contact, when the subject is one
 * @param account the contact's account, or the subject itself when it is an account
 * @param people the account's people: contacts whose account it is and contacts with a {@code WORKS_FOR}
 *     relationship to it on any day, by id (for a contact view its colleagues, the contact included; empty
 *     without an account)
 * @param relationships every relationship of the subject, in both directions, active and past, by id
 * @param orgChart the org chart of the account on the day of assembly (in the clock's zone), when there is
 *     an account
 * @param contactPoints the subject's contact points
 * @param openActivities open activities linked to the subject, its account or (for an account) its people,
 *     soonest expected first
 * @param timeline the history of the same records, newest first ({@link io.crmkit.core.activity.Timeline})
 * @param consent the subject's consent panel: one decision per channel and purpose on record
 *     ({@link io.crmkit.core.consent.ConsentLedger#summary})
 * @param sections sections contributed by other modules, in contributor order, unique by name
 * @param partyNames display names of the parties the view mentions (the subject, its account, its people
 *     and the other sides of its relationships)
 * @param assembledAt when the view was assembled
 */
public record CustomerView(
    RecordRef subject,
    Optional<Contact> contact,
    Optional<Account> account,
    List<Contact> people,
    List<PartyRelationship> relationships,
    Optional<OrgChart> orgChart,
    List<ContactPoint> contactPoints,
    List<Activity> openActivities,
    List<TimelineEntry> timeline,
    List<ConsentDecision> consent,
    List<ViewSection> sections,
    Map<RecordRef, String> partyNames,
    Instant assembledAt) {

  public CustomerView {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(orgChart, "orgChart");
    Objects.requireNonNull(assembledAt, "assembledAt");
    people = List.copyOf(people);
    relationships = List.copyOf(relationships);
    contactPoints = List.copyOf(contactPoints);
    openActivities = List.copyOf(openActivities);
    timeline = List.copyOf(timeline);
    consent = List.copyOf(consent);
    sections = List.copyOf(sections);
    partyNames = Map.copyOf(partyNames);
    if (subject.type().equals(Contact.TYPE_NAME)) {
      ValidationException.check(
          contact.isPresent() && contact.get().ref().equals(subject), "contact", "must be the subject " + subject + " of a contact view");
    } else if (subject.type().equals(Account.TYPE_NAME)) {
      ValidationException.check(contact.isEmpty(), "contact", "must be empty in the view of account " + subject);
      ValidationException.check(
          account.isPresent() && account.get().ref().equals(subject), "account", "must be the subject " + subject + " of an account view");
    } else {
      throw new ValidationException(
          "subject", "must be a contact or an account but was '" + subject.type() + "' (" + subject + ")");
    }
    ValidationException.check(
        orgChart.isEmpty() || account.isPresent(), "orgChart", "needs an account; the view of " + subject + " has none");
    Set<String> names = new HashSet<>();
    for (ViewSection s : sections) {
      ValidationException.check(names.add(s.name()), "sections", "section '" + s.name() + "' appears twice");
    }
  }

  /** This view with {@code value} as the contributed sections. */
  public CustomerView withSections(List<ViewSection> value) {
    return new CustomerView(
        subject, contact, account, people, relationships, orgChart, contactPoints, openActivities, timeline, consent, value,
        partyNames, assembledAt);
  }

  /** The contributed section named {@code name}, when there is one. */
  public Optional<ViewSection> section(String name) {
    return sections.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The subject's display name: the contact's full name or the account's name. */
  public String displayName() {
    return nameOf(subject);
  }

  /** The display name of {@code party} when the view knows it, else its {@code type:id} form. */
  public String nameOf(RecordRef party) {
    return partyNames.getOrDefault(party, party.toString());
  }

  /**
   * Every record this view was read from: the subject, its account and people, its relationships and their
   * parties, the activities, consent events and audit entries shown, and what the sections depend on. A change
   * to any of them makes the view stale; {@link CustomerViews} drops it then.
   */
  public Set<RecordRef> dependsOn() {
    Set<RecordRef> all = new LinkedHashSet<>();
    all.add(subject);
    account.ifPresent(a -> all.add(a.ref()));
    people.forEach(c -> all.add(c.ref()));
    for (PartyRelationship r : relationships) {
      all.add(RecordRef.of(PartyRelationship.TYPE_NAME, r.id()));
      all.add(r.from());
      all.add(r.to());
    }
    all.addAll(partyNames.keySet());
    openActivities.forEach(a -> all.add(RecordRef.of(Activity.TYPE.name(), a.id())));
    timeline.forEach(e -> all.add(e.source()));
    sections.forEach(s -> all.addAll(s.dependsOn()));
    return Collections.unmodifiableSet(all);
  }
}
