package io.crmkit.core.view;

import io.crmkit.core.NotFoundException;
import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.Activities;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.Timeline;
import io.crmkit.core.activity.TimelineEntry;
import io.crmkit.core.consent.ConsentDecision;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.OrgChart;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.party.RelationshipId;
import io.crmkit.core.party.RelationshipRole;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Reads one customer view from a tenant store: the work behind {@link CustomerViews#view} on a cache miss. */
final class ViewAssembly {
  private static final Comparator<Contact> BY_ID = Comparator.comparing(c -> c.id().value());

  private ViewAssembly() {}

  static CustomerView assemble(TenantStore store, Clock clock, RecordRef subject, List<CustomerViewContributor> contributors) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    Repository<Contact, ContactId> contacts = store.repository(Contact.TYPE);
    Repository<Account, AccountId> accounts = store.repository(Account.TYPE);
    Repository<PartyRelationship, RelationshipId> relationshipRepo = store.repository(PartyRelationship.TYPE);

    Optional<Contact> contact;
    Optional<Account> account;
    List<ContactPoint> contactPoints;
    if (subject.type().equals(Contact.TYPE_NAME)) {
      Contact c = contacts.find(Contact.TYPE.id(subject.id()))
          .orElseThrow(() -> new NotFoundException(Contact.TYPE_NAME, subject.id()));
      contact = Optional.of(c);
      account = c.account().flatMap(accounts::find);
      contactPoints = c.contactPoints();
    } else if (subject.type().equals(Account.TYPE_NAME)) {
      Account a = accounts.find(Account.TYPE.id(subject.id()))
          .orElseThrow(() -> new NotFoundException(Account.TYPE_NAME, subject.id()));
      contact = Optional.empty();
      account = Optional.of(a);
      contactPoints = a.contactPoints();
    } else {
      throw new ValidationException(
          "subject", "a customer view is of a contact or an account, not of '" + subject.type() + "' (" + subject + ")");
    }

    List<PartyRelationship> relationships = new ArrayList<>(
        relationshipRepo.query(Criteria.eq(PartyRelationship.PARTY, subject.toString())));

    Map<ContactId, Contact> people = new TreeMap<>(Comparator.comparing(ContactId::value));
    Optional<OrgChart> orgChart = Optional.empty();
    if (account.isPresent()) {
      Account a = account.get();
      contacts.query(Criteria.eq(ContactFields.ACCOUNT_ID, a.id().value())).forEach(c -> people.put(c.id(), c));
      List<PartyRelationship> chartLinks = new ArrayList<>(
          relationshipRepo.query(Criteria.and(
              Criteria.eq(PartyRelationship.TO, a.ref().toString()),
              Criteria.eq(PartyRelationship.ROLE, RelationshipRole.WORKS_FOR.name()))));
      Set<ContactId> employees = new LinkedHashSet<>();
      for (PartyRelationship r : chartLinks) {
        if (r.from().type().equals(Contact.TYPE_NAME)) {
          employees.add(Contact.TYPE.id(r.from().id()));
        }
      }
      List<ContactId> missing = employees.stream().filter(id -> !people.containsKey(id)).toList();
      contacts.findAll(missing).forEach(c -> people.put(c.id(), c));
      if (!employees.isEmpty()) {
        List<String> froms = employees.stream().map(id -> RecordRef.of(Contact.TYPE_NAME, id).toString()).toList();
        chartLinks.addAll(relationshipRepo.query(Criteria.and(
            Criteria.in(PartyRelationship.FROM, froms),
            Criteria.eq(PartyRelationship.ROLE, RelationshipRole.REPORTS_TO.name()))));
      }
      orgChart = Optional.of(OrgChart.of(a.id(), today, chartLinks));
    }

    Map<RecordRef, String> names = new HashMap<>();
    contact.ifPresent(c -> names.put(c.ref(), c.name().fullName()));
    account.ifPresent(a -> names.put(a.ref(), a.name()));
    people.values().forEach(c -> names.put(c.ref(), c.name().fullName()));
    Set<RecordRef> unnamed = new HashSet<>();
    for (PartyRelationship r : relationships) {
      for (RecordRef party : List.of(r.from(), r.to())) {
        if (!names.containsKey(party)) {
          unnamed.add(party);
        }
      }
    }
    for (RecordRef party : unnamed) {
      if (party.type().equals(Contact.TYPE_NAME)) {
        contacts.find(Contact.TYPE.id(party.id())).ifPresent(c -> names.put(party, c.name().fullName()));
      } else if (party.type().equals(Account.TYPE_NAME)) {
        accounts.find(Account.TYPE.id(party.id())).ifPresent(a -> names.put(party, a.name()));
      }
    }

    Set<RecordRef> parties = new LinkedHashSet<>();
    parties.add(subject);
    account.ifPresent(a -> parties.add(a.ref()));
    if (contact.isEmpty()) {
      people.values().forEach(c -> parties.add(c.ref()));
    }
    List<Activity> open = Activities.open(store.repository(Activity.TYPE), parties);
    List<TimelineEntry> timeline = Timeline.of(store, parties);
    List<ConsentDecision> consent = ConsentLedger.of(store, clock).summary(subject, now);

    CustomerView core = new CustomerView(
        subject, contact, account, List.copyOf(people.values()), relationships, orgChart, contactPoints, open, timeline,
        consent, List.of(), names, now);
    List<ViewSection> sections = new ArrayList<>();
    for (CustomerViewContributor contributor : contributors) {
      Optional<ViewSection> section = contributor.contribute(store, core);
      if (section.isPresent()) {
        ValidationException.check(
            section.get().name().equals(contributor.section()),
            "section.name",
            "contributor of '" + contributor.section() + "' returned a section named '" + section.get().name() + "'");
        sections.add(section.get());
      }
    }
    return core.withSections(sections);
  }
}
