package io.crmkit.core.merge;

import static io.crmkit.core.merge.MergeFixture.ACME;
import static io.crmkit.core.merge.MergeFixture.T0;
import static io.crmkit.core.merge.MergeFixture.contact;
import static io.crmkit.core.merge.MergeFixture.contents;
import static io.crmkit.core.merge.MergeFixture.grant;
import static io.crmkit.core.merge.MergeFixture.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.consent.ConsentEventId;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.event.InProcessEventPublisher;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.party.RelationshipId;
import io.crmkit.core.party.RelationshipRole;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("ContactMerge merges in one transaction, re-points related records, and unmerges exactly")
class ContactMergeTest {
  private final MergeFixture.TestClock clock = new MergeFixture.TestClock(T0.plus(Duration.ofDays(30)));
  private final InProcessEventPublisher bus = new InProcessEventPublisher();
  private final List<DomainEvent> published = new ArrayList<>();
  private TenantStore store;
  private ContactMerge merges;
  private Repository<Contact, ContactId> contacts;
  private Repository<Activity, ActivityId> activities;
  private Repository<PartyRelationship, RelationshipId> relationships;
  private Repository<ConsentEvent, ConsentEventId> consent;

  private final ContactId c1 = new ContactId("c1");
  private final ContactId c2 = new ContactId("c2");
  private final ContactId c3 = new ContactId("c3");
  private final RecordRef r1 = RecordRef.of("contact", c1);
  private final RecordRef r2 = RecordRef.of("contact", c2);
  private final RecordRef r3 = RecordRef.of("contact", c3);

  @BeforeEach
  void setUp() {
    store = MergeFixture.newStore();
    bus.subscribe(DomainEvent.class, published::add);
    merges = ContactMerge.builder(store, clock).ids(MergeFixture.countingIds()).events(bus).participant(new TicketParticipant()).build();
    contacts = store.repository(Contact.TYPE);
    activities = store.repository(Activity.TYPE);
    relationships = store.repository(PartyRelationship.TYPE);
    consent = store.repository(ConsentEvent.TYPE);

    contacts.insert(contact("c1", "Ada", "Lovelace", T0, 10)
        .contactPoint(ContactPoint.email("ada@example.com", ContactPoint.Purpose.WORK).asPrimary()).build());
    contacts.insert(contact("c2", "Ada", "Lovelace", T0.plusSeconds(5), 60).jobTitle("CTO")
        .contactPoint(ContactPoint.email("ADA@example.com", ContactPoint.Purpose.WORK))
        .contactPoint(ContactPoint.phone("030 1234567", "DE", ContactPoint.Purpose.MOBILE)).build());
    contacts.insert(contact("c3", "Grace", "Hopper", T0, 0).build());

    activities.insert(task("t1", List.of(r2)));
    activities.insert(task("t2", List.of(r1, r2)));
    activities.insert(task("t3", List.of(r3)));

    relationships.insert(PartyRelationship.reportsTo(new RelationshipId("rel1"), ACME, c2, c3));
    relationships.insert(PartyRelationship.reportsTo(new RelationshipId("rel2"), ACME, c2, c1));
    relationships.insert(PartyRelationship.of(new RelationshipId("rel3"), ACME, r1, r3, RelationshipRole.ASSISTANT_OF));
    relationships.insert(PartyRelationship.of(new RelationshipId("rel4"), ACME, r2, r3, RelationshipRole.ASSISTANT_OF));

    consent.insert(grant("e1", r2, T0));
    consent.insert(grant("e2", r3, T0));

    store.repository(Ticket.TYPE).insert(new Ticket(new Ticket.Id("k1"), ACME, 0, r2));
  }

  @Nested
  @DisplayName("a merge")
  class Merging {
    @Test
    void updatesTheSurvivorDeletesTheOthersAndKeepsThemInTheMergeRecord() {
      Contact c1Before = contacts.get(c1);
      Contact c2Before = contacts.get(c2);

      MergeOutcome<Contact> done = merges.merge(c1, List.of(c2), "u-1");

      Contact survivor = contacts.get(c1);
      assertThat(done.survivor()).isEqualTo(survivor);
      assertThat(survivor.version()).isEqualTo(2);
      assertThat(survivor.jobTitle()).contains("CTO");
      assertThat(survivor.emails()).containsExactly("ada@example.com");
      assertThat(survivor.phones()).containsExactly("+49301234567");
      assertThat(contacts.find(c2)).isEmpty();

      MergeRecord record = store.repository(MergeRecord.TYPE).get(new MergeId("m-1"));
      assertThat(record).isEqualTo(done.record());
      assertThat(record.survivorBefore()).isEqualTo(new RecordImage.OfContact(c1Before));
      assertThat(record.mergedAway()).containsExactly(new RecordImage.OfContact(c2Before));
      assertThat(record.survivorVersionAfter()).isEqualTo(2);
      assertThat(record.actor()).isEqualTo("u-1");
      assertThat(record.mergedAt()).isEqualTo(clock.instant());
      assertThat(record.lineage().sourceOf("jobTitle")).contains(r2);
      assertThat(record.undone()).isFalse();
    }

    @Test
    void repointsActivityLinksAndCollapsesADoubleLink() {
      Activity t2Before = activities.get(new ActivityId("t2"));

      MergeRecord record = merges.merge(c1, List.of(c2), "u-1").record();

      assertThat(activities.get(new ActivityId("t1")).links()).containsExactly(r1);
      assertThat(activities.get(new ActivityId("t2")).links()).containsExactly(r1);
      assertThat(activities.get(new ActivityId("t3")).links()).containsExactly(r3);
      assertThat(record.repointed())
          .filteredOn(r -> r.participant().equals("activities"))
          .extracting(Repointing::record)
          .containsExactly(RecordRef.parse("activity:t1"), RecordRef.parse("activity:t2"));
      assertThat(record.repointed()).anyMatch(r -> r.before().equals(new RecordImage.OfActivity(t2Before)));
    }

    @Test
    void repointsRelationshipsAndRemovesSelfRelationshipsAndDuplicates() {
      MergeRecord record = merges.merge(c1, List.of(c2), "u-1").record();

      PartyRelationship rel1 = relationships.get(new RelationshipId("rel1"));
      assertThat(rel1.from()).isEqualTo(r1);
      assertThat(rel1.to()).isEqualTo(r3);
      assertThat(relationships.find(new RelationshipId("rel2"))).as("c1 reporting to itself").isEmpty();
      assertThat(relationships.find(new RelationshipId("rel4"))).as("a duplicate of rel3").isEmpty();
      assertThat(relationships.get(new RelationshipId("rel3")).version()).as("untouched").isEqualTo(1);

      List<Repointing> rels = record.repointed().stream().filter(r -> r.participant().equals("relationships")).toList();
      assertThat(rels).extracting(Repointing::change)
          .containsExactly(Repointing.Change.REPOINTED, Repointing.Change.REMOVED, Repointing.Change.REMOVED);
      assertThat(rels.get(1).note()).contains("a relationship with itself");
      assertThat(rels.get(2).note()).contains("a duplicate of relationship rel3");
    }

    @Test
    void movesConsentEventsToTheSurvivorKeepingEverythingElse() {
      ConsentEvent before = consent.get(new ConsentEventId("e1"));

      merges.merge(c1, List.of(c2), "u-1");

      ConsentEvent after = consent.get(new ConsentEventId("e1"));
      assertThat(after.party()).isEqualTo(r1);
      assertThat(after.at()).isEqualTo(before.at());
      assertThat(after.evidence()).isEqualTo(before.evidence());
      assertThat(consent.get(new ConsentEventId("e2")).party()).isEqualTo(r3);
    }

    @Test
    void letsParticipantsRepointTheirOwnRecords() {
      merges.merge(c1, List.of(c2), "u-1");

      assertThat(store.repository(Ticket.TYPE).get(new Ticket.Id("k1")).requester()).isEqualTo(r1);
    }

    @Test
    void publishesOneEventNamingEveryRecordInvolved() {
      MergeRecord record = merges.merge(c1, List.of(c2), "u-1").record();

      assertThat(published).hasSize(1);
      RecordsMerged e = (RecordsMerged) published.get(0);
      assertThat(e.mergeId()).isEqualTo(record.id());
      assertThat(e.survivor()).isEqualTo(r1);
      assertThat(e.mergedAway()).containsExactly(r2);
      assertThat(e.subjects()).contains(r1, r2, RecordRef.parse("activity:t1"), RecordRef.parse("activity:t2"),
          RecordRef.parse("party_relationship:rel1"), RecordRef.parse("party_relationship:rel2"),
          RecordRef.parse("consent_event:e1"), RecordRef.parse("ticket:k1"));
      assertThat(e.subjects()).doesNotContain(r3, RecordRef.parse("activity:t3"));
    }

    @Test
    void acceptsAClusterThatIncludesTheMaster() {
      MergeOutcome<Contact> done = merges.merge(c1, List.of(c2, c1), "u-1");

      assertThat(done.record().mergedAwayRefs()).containsExactly(r2);
      assertThat(done.survivor().id()).isEqualTo(c1);
    }

    @Test
    void keepsOnlyCoreRecordsAsImagesItself() {
      Ticket t = store.repository(Ticket.TYPE).get(new Ticket.Id("k1"));
      assertThatThrownBy(() -> RecordImage.of(t))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("RecordImage.Described");
    }

    @Test
    void isFoundFromEitherSide() {
      MergeRecord record = merges.merge(c1, List.of(c2), "u-1").record();

      assertThat(merges.mergeOf(c2)).contains(record);
      assertThat(merges.mergeOf(c1)).isEmpty();
      assertThat(merges.mergesInto(c1)).containsExactly(record);
    }

    @Test
    void writesNothingWhenAParticipantFails() {
      Map<String, Object> before = contents(store);
      ContactMerge failing = ContactMerge.builder(store, clock).events(bus).participant(new MergeParticipant() {
        @Override
        public String name() {
          return "broken";
        }

        @Override
        public List<Repointing> repoint(MergeContext context) {
          throw new IllegalStateException("leads are locked");
        }
      }).build();

      assertThatThrownBy(() -> failing.merge(c1, List.of(c2), "u-1")).hasMessage("leads are locked");

      assertThat(contents(store)).isEqualTo(before);
      assertThat(store.repository(MergeRecord.TYPE).count(io.crmkit.core.query.Criteria.all())).isZero();
      assertThat(published).isEmpty();
    }

    @Test
    void refusesBadRequestsBeforeWriting() {
      Map<String, Object> before = contents(store);

      assertThatThrownBy(() -> merges.merge(c1, List.of(c2, c2), "u-1"))
          .isInstanceOf(ValidationException.class).hasMessageContaining("named twice");
      assertThatThrownBy(() -> merges.merge(c1, List.of(c1), "u-1"))
          .isInstanceOf(ValidationException.class).hasMessageContaining("at least two distinct contact records but got 1");
      assertThatThrownBy(() -> merges.merge(c1, List.of(new ContactId("nobody")), "u-1"))
          .isInstanceOf(NotFoundException.class).hasMessageContaining("nobody");
      assertThatThrownBy(() -> merges.merge(c1, List.of(c2), " "))
          .isInstanceOf(ValidationException.class).hasMessageContaining("actor");
      assertThatThrownBy(() -> ContactMerge.builder(store, clock).participant(new TicketParticipant())
              .participant(new TicketParticipant()).build())
          .isInstanceOf(ValidationException.class).hasMessageContaining("'tickets'");

      assertThat(contents(store)).isEqualTo(before);
    }
  }

  @Nested
  @DisplayName("an unmerge")
  class Unmerging {
    @Test
    void restoresExactlyWhatWasThereBefore() {
      Map<String, Object> before = contents(store);
      Ticket ticketBefore = store.repository(Ticket.TYPE).get(new Ticket.Id("k1"));
      MergeRecord record = merges.merge(c1, List.of(c2), "u-1").record();
      clock.advance(Duration.ofHours(1));

      MergeRecord undone = merges.unmerge(record.id(), "u-2");

      assertThat(contents(store)).isEqualTo(before);
      assertThat(store.repository(Ticket.TYPE).get(new Ticket.Id("k1")).requester()).isEqualTo(ticketBefore.requester());
      assertThat(undone.unmerged()).contains(new MergeRecord.Unmerging("u-2", clock.instant()));
      assertThat(store.repository(MergeRecord.TYPE).get(record.id()).undone()).isTrue();
      assertThat(merges.mergeOf(c2)).isEmpty();
      RecordsUnmerged e = (RecordsUnmerged) published.get(1);
      assertThat(e.restored()).containsExactly(r2);
      assertThat(e.subjects()).contains(r1, r2, RecordRef.parse("party_relationship:rel4"), RecordRef.parse("ticket:k1"));
    }

    @Test
    void happensOnlyOnce() {
      MergeRecord record = merges.merge(c1, List.of(c2), "u-1").record();
      merges.unmerge(record.id(), "u-1");

      assertThatThrownBy(() -> merges.unmerge(record.id(), "u-1"))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("already undone by u-1");
    }

    @Test
    void refusesWhenTheSurvivorChangedSinceAndWritesNothing() {
      MergeRecord record = merges.merge(c1, List.of(c2), "u-1").record();
      contacts.update(contacts.get(c1).withJobTitle("CEO"));
      Map<String, Object> afterEdit = contents(store);

      assertThatThrownBy(() -> merges.unmerge(record.id(), "u-1"))
          .isInstanceOfSatisfying(MergeConflictException.class, e -> {
            assertThat(e.mergeId()).isEqualTo(record.id());
            assertThat(e.conflicts()).extracting(MergeConflict::record).containsExactly(r1);
            assertThat(e.conflicts().get(0).reason()).contains("version 3, the merge left version 2");
          });
      assertThat(contents(store)).isEqualTo(afterEdit);
      assertThat(store.repository(MergeRecord.TYPE).get(record.id()).undone()).isFalse();
    }

    @Test
    void namesEveryConflictingRecord() {
      MergeRecord record = merges.merge(c1, List.of(c2), "u-1").record();
      activities.update(activities.get(new ActivityId("t1")).withSubject("Changed later"));
      relationships.insert(PartyRelationship.reportsTo(new RelationshipId("rel2"), ACME, c3, c1));
      contacts.insert(contact("c2", "Someone", "Else", T0, 0).build());

      assertThatThrownBy(() -> merges.unmerge(record.id(), "u-1"))
          .isInstanceOfSatisfying(MergeConflictException.class, e -> assertThat(e.conflicts())
              .extracting(MergeConflict::record)
              .containsExactlyInAnyOrder(r2, RecordRef.parse("activity:t1"), RecordRef.parse("party_relationship:rel2")))
          .hasMessageContaining("a record with the merged-away id exists again")
          .hasMessageContaining("changed after the merge re-pointed it");
    }

    @Test
    void needsEveryParticipantThatChangedSomething() {
      MergeRecord record = merges.merge(c1, List.of(c2), "u-1").record();
      ContactMerge withoutTickets = ContactMerge.of(store, clock);

      assertThatThrownBy(() -> withoutTickets.unmerge(record.id(), "u-1"))
          .isInstanceOfSatisfying(MergeConflictException.class, e -> assertThat(e.conflicts())
              .extracting(MergeConflict::record).containsExactly(RecordRef.parse("ticket:k1")))
          .hasMessageContaining("'tickets', which is not registered");
    }

    @Test
    void ofAnAccountMergeIsForAccountMerge() {
      MergeRecord record = merges.merge(c1, List.of(c2), "u-1").record();

      assertThatThrownBy(() -> AccountMerge.of(store, clock).unmerge(record.id(), "u-1"))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("merged contact records");
    }

    @Test
    void saysWhenTheSurvivorWasMergedAgain() {
      MergeRecord first = merges.merge(c1, List.of(c2), "u-1").record();
      merges.merge(c3, List.of(c1), "u-1");

      assertThatThrownBy(() -> merges.unmerge(first.id(), "u-1"))
          .isInstanceOf(MergeConflictException.class)
          .hasMessageContaining("it was merged into contact:c3 by merge m-2; unmerge that first");
    }
  }
}
