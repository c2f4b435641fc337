package io.crmkit.marketing.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.Owner;
import io.crmkit.core.privacy.ErasureAction;
import io.crmkit.core.privacy.ErasurePolicy;
import io.crmkit.core.privacy.ErasurePolicy.Treatment;
import io.crmkit.core.privacy.Subject;
import io.crmkit.core.privacy.SubjectDataSource;
import io.crmkit.core.privacy.SubjectRecord;
import io.crmkit.marketing.journey.Enrolment;
import io.crmkit.marketing.journey.EnrolmentStatus;
import io.crmkit.marketing.journey.HistoryEntry;
import io.crmkit.marketing.privacy.MarketingWorld.Person;
import io.crmkit.marketing.segment.MembershipSnapshot;
import io.crmkit.marketing.segment.StaticList;
import io.crmkit.marketing.segment.SuppressionEntry;
import io.crmkit.marketing.segment.SuppressionList;
import io.crmkit.marketing.subscription.GlobalSuppression;
import io.crmkit.marketing.subscription.PendingConfirmation;
import io.crmkit.marketing.subscription.Subscription;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MarketingSubjectDataTest {
  final MarketingWorld w = new MarketingWorld();
  final MarketingSubjectData source = new MarketingSubjectData(w.clock);
  final Person ada = w.person("Ada", "Lovelace", 0);
  final Person zoe = w.person("Zoë", "Ó Briain", 1);

  @Test
  @DisplayName("ServiceLoader finds the source through its public no-argument constructor")
  void registered() {
    assertThat(ServiceLoader.load(SubjectDataSource.class).stream().map(p -> p.get().module()).toList()).contains("marketing");
  }

  @Nested
  @DisplayName("collect")
  class Collect {
    @Test
    @DisplayName("finds enrolments, confirmations, lists, snapshots and suppressions of the person, and nothing of others")
    void everyType() {
      Enrolment enrolment = w.enrol(ada);
      PendingConfirmation pending = w.subscribe(ada);
      StaticList vip = w.list("VIP", List.of(ada, zoe));
      StaticList zoeOnly = w.list("Zoë's", List.of(zoe));
      MembershipSnapshot snapshot = w.snapshot(List.of(ada, zoe));
      SuppressionList bounces = w.suppressionList("Bounces", Map.of(ada, true));
      SuppressionList byId = w.suppressionList("Do not call", Map.of(ada, false, zoe, false));
      GlobalSuppression global = w.suppressGlobally(ada, true);
      w.enrol(zoe);
      w.suppressGlobally(zoe, false);

      List<SubjectRecord> found = source.collect(w.acme, ada.subject());

      assertThat(found).extracting(r -> r.entityType() + "/" + r.id()).containsExactly(
          "journey_enrolment/" + enrolment.id().value(),
          "pending_confirmation/" + pending.id().value(),
          "static_list/" + vip.id().value(),
          "segment_snapshot/" + snapshot.id().value(),
          "suppression_list/" + bounces.id().value(),
          "suppression_list/" + byId.id().value(),
          "global_suppression/" + global.id().value());
      assertThat(found).extracting(SubjectRecord::relation).contains(
          "enrolled in journey onboarding", "member of the list VIP", "suppressed by the list Bounces", "globally suppressed by email");
      assertThat(found).extracting(SubjectRecord::id).doesNotContain(zoeOnly.id().value());
      assertThat(source.collect(w.acme, ada.subject())).as("stable").isEqualTo(found);
    }

    @Test
    @DisplayName("a person without marketing records has none, and erasing them does nothing")
    void nothing() {
      w.enrol(zoe);
      var before = w.snapshotOfStore();
      assertThat(source.collect(w.acme, ada.subject())).isEmpty();
      assertThat(source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll())).isEmpty();
      assertThat(w.snapshotOfStore()).isEqualTo(before);
    }

    @Test
    @DisplayName("refuses a subject of another tenant, naming it")
    void otherTenant() {
      Subject foreign = new Subject(TenantId.of("globex"), ada.contact().id(), Set.of(ada.email()), Set.of());
      assertThatThrownBy(() -> source.collect(w.acme, foreign))
          .isInstanceOf(ValidationException.class).hasMessageContaining("subject.tenant").hasMessageContaining("globex");
    }
  }

  @Nested
  @DisplayName("erase")
  class Erase {
    @Test
    @DisplayName("exits a live journey enrolment and overwrites its explanations, keeping steps and times")
    void journey() {
      Enrolment e = w.enrol(ada);
      List<ErasureAction> actions = source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll());
      Enrolment after = w.acme.repository(Enrolment.TYPE).get(e.id());
      assertThat(after.status()).isEqualTo(EnrolmentStatus.EXITED);
      assertThat(after.exitedAt()).contains(w.clock.instant());
      assertThat(after.history()).extracting(HistoryEntry::explanation).containsOnly(MarketingSubjectData.ERASED);
      assertThat(after.history()).hasSize(e.history().size() + 1);
      assertThat(after.position()).isEqualTo(MarketingSubjectData.ERASED);
      assertThat(after.sent()).isEqualTo(e.sent());
      assertThat(actions).containsExactly(new ErasureAction(
          "marketing", "journey_enrolment", e.id().value(), Treatment.ANONYMISE, List.of("status", "history", "position"), "erasure request"));
    }

    @Test
    @DisplayName("spends a pending confirmation, so its link no longer subscribes the person")
    void confirmation() {
      Subscription sub = w.subscriptions.subscribe(ada.contact().id(), w.newsletter.id(), "web-form");
      source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll());
      assertThatThrownBy(() -> w.subscriptions.confirm(sub.confirmationToken().orElseThrow(), "link"))
          .isInstanceOf(ValidationException.class).hasMessageContaining("token");
    }

    @Test
    @DisplayName("takes the contact out of static lists and snapshots, leaving the other members")
    void lists() {
      StaticList vip = w.list("VIP", List.of(ada, zoe));
      MembershipSnapshot snap = w.snapshot(List.of(ada, zoe));
      source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll());
      assertThat(w.acme.repository(StaticList.TYPE).get(vip.id()).members()).containsExactly(zoe.id());
      assertThat(w.acme.repository(MembershipSnapshot.TYPE).get(snap.id()).members()).containsExactly(zoe.id());
    }

    @Test
    @DisplayName("keeps suppressions with the reason, so an erased person re-imported under the same address is still not contacted")
    void suppressionsSurvive() {
      GlobalSuppression g = w.suppressGlobally(ada, true);
      SuppressionList l = w.suppressionList("Bounces", Map.of(ada, true));
      List<ErasureAction> actions = source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll());
      assertThat(actions).containsExactly(
          new ErasureAction("marketing", "suppression_list", l.id().value(), Treatment.KEEP, List.of(), MarketingSubjectData.SUPPRESSION_KEPT),
          new ErasureAction("marketing", "global_suppression", g.id().value(), Treatment.KEEP, List.of(), MarketingSubjectData.SUPPRESSION_KEPT));
      Contact again = w.acme.repository(Contact.TYPE).insert(Contact.builder(new ContactId("re-imported"), w.acme.tenantId())
          .name(PersonName.of("A.", "L.")).owner(Owner.user("u-1"))
          .contactPoint(ContactPoint.email(ada.email().toUpperCase(java.util.Locale.ROOT), ContactPoint.Purpose.WORK).asPrimary())
          .timestamps(w.clock).build());
      assertThat(w.subscriptions.mayContact(again, Channel.EMAIL, Purpose.NEWSLETTER, w.clock.instant()).allowed()).isFalse();
    }

    @Test
    @DisplayName("keeps a suppression with the policy's own reason, or removes it when the policy explicitly deletes")
    void suppressionRules() {
      GlobalSuppression g = w.suppressGlobally(ada, false);
      SuppressionList l = w.suppressionList("Bounces", Map.of(ada, true, zoe, true));
      ErasurePolicy keep = ErasurePolicy.builder().keep("global_suppression", "marketing objection on file").build();
      assertThat(source.erase(w.acme, ada.subject(), keep)).contains(
          new ErasureAction("marketing", "global_suppression", g.id().value(), Treatment.KEEP, List.of(), "marketing objection on file"));

      ErasurePolicy delete = ErasurePolicy.builder()
          .record("global_suppression", Treatment.DELETE).record("suppression_list", Treatment.DELETE).build();
      List<ErasureAction> actions = source.erase(w.acme, ada.subject(), delete);
      assertThat(w.acme.repository(GlobalSuppression.TYPE).find(g.id())).isEmpty();
      assertThat(w.acme.repository(SuppressionList.TYPE).get(l.id()).entries())
          .containsExactlyInAnyOrder(SuppressionEntry.email(zoe.email()), SuppressionEntry.domain("competitor.example"));
      assertThat(actions).extracting(ErasureAction::treatment).containsExactly(Treatment.ANONYMISE, Treatment.DELETE);
    }

    @Test
    @DisplayName("a second erasure changes nothing and reports only what it keeps")
    void idempotent() {
      w.enrol(ada);
      w.subscribe(ada);
      w.list("VIP", List.of(ada, zoe));
      w.suppressGlobally(ada, true);
      source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll());
      var after = w.snapshotOfStore();
      assertThat(source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll())).extracting(ErasureAction::treatment)
          .containsOnly(Treatment.KEEP);
      assertThat(w.snapshotOfStore()).isEqualTo(after);
    }

    @Test
    @DisplayName("removes the person from a list of thousands")
    void hugeList() {
      List<Person> crowd = new java.util.ArrayList<>(List.of(ada));
      for (int i = 2; i < 26; i++) {
        crowd.add(w.person("Person", "Nr" + i, i));
      }
      List<String> members = new java.util.ArrayList<>(crowd.stream().map(Person::id).toList());
      for (int i = 0; i < 5000; i++) {
        members.add("c-" + i);
      }
      StaticList big = w.segments.createList("Big", StaticList.Kind.AUDIENCE, io.crmkit.marketing.segment.SegmentTarget.CONTACTS, members);
      source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll());
      StaticList after = w.acme.repository(StaticList.TYPE).get(big.id());
      assertThat(after.members()).hasSize(members.size() - 1).doesNotContain(ada.id());
    }
  }
}
