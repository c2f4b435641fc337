package io.crmkit.service.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.privacy.ErasureAction;
import io.crmkit.core.privacy.ErasurePolicy;
import io.crmkit.core.privacy.ErasurePolicy.Treatment;
import io.crmkit.core.privacy.Subject;
import io.crmkit.core.privacy.SubjectDataSource;
import io.crmkit.core.privacy.SubjectRecord;
import io.crmkit.service.cases.Case;
import io.crmkit.service.cases.CaseChannel;
import io.crmkit.service.cases.CaseComment;
import io.crmkit.service.feedback.SurveyKind;
import io.crmkit.service.feedback.SurveyResponse;
import io.crmkit.service.intake.SenderActivity;
import io.crmkit.service.privacy.ServiceWorld.Person;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ServiceSubjectDataTest {
  final ServiceWorld w = new ServiceWorld();
  final ServiceSubjectData source = new ServiceSubjectData(w.clock);
  final Person ada = w.person("Ada", "Lovelace", 0);
  final Person zoe = w.person("Zoë", "Ó Briain", 1);
  static final String ERASED = ServiceSubjectData.ERASED;

  @Test
  @DisplayName("ServiceLoader finds the source through its public no-argument constructor")
  void registered() {
    assertThat(ServiceLoader.load(SubjectDataSource.class).stream().map(p -> p.get().module()).toList()).contains("service");
  }

  @Nested
  @DisplayName("collect")
  class Collect {
    @Test
    @DisplayName("finds the contact's cases, cases opened or written on from their address, their surveys and sender activity")
    void everyType() {
      Case own = w.contactCase(ada);
      Case emailed = w.emailedCase(ada);
      Case zoes = w.writeOn(w.contactCase(zoe), ada);
      SurveyResponse csat = w.survey(ada, own, SurveyKind.CSAT, 4);
      SurveyResponse onZoes = w.survey(zoe, zoes, SurveyKind.NPS, 9);
      SenderActivity mail = w.senderActivity(ada, CaseChannel.EMAIL);
      SenderActivity calls = w.senderActivity(ada, CaseChannel.PHONE);
      w.senderActivity(zoe, CaseChannel.EMAIL);

      List<SubjectRecord> found = source.collect(w.acme, ada.subject());

      assertThat(found).extracting(r -> r.entityType() + "/" + r.id()).containsExactlyInAnyOrder(
          "service_case/" + own.id().value(), "service_case/" + emailed.id().value(), "service_case/" + zoes.id().value(),
          "survey_response/" + csat.id().value(), "sender_activity/" + mail.id().value(), "sender_activity/" + calls.id().value());
      assertThat(found).extracting(r -> r.id()).doesNotContain(onZoes.id().value());
      assertThat(found).filteredOn(r -> r.id().equals(emailed.id().value())).extracting(SubjectRecord::relation)
          .containsExactly("opened by the person's address");
      assertThat(found).filteredOn(r -> r.id().equals(zoes.id().value())).extracting(SubjectRecord::relation)
          .containsExactly("the person wrote on the case");
      assertThat(source.collect(w.acme, ada.subject())).as("stable").isEqualTo(found);
    }

    @Test
    @DisplayName("finds a case whose text names the person's address")
    void mentioned() {
      Case c = w.acme.repository(Case.TYPE).insert(Case.builder(new io.crmkit.service.cases.CaseId("c-x"), ServiceWorld.ACME)
          .subject("Forwarded").description("Please also reply to " + ada.email()).timestamps(w.clock).build());
      assertThat(source.collect(w.acme, ada.subject())).extracting(SubjectRecord::relation)
          .containsExactly("the case's text names the person's address");
      source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll());
      assertThat(w.acme.repository(Case.TYPE).get(c.id()).description()).isEqualTo("Please also reply to " + ERASED);
    }

    @Test
    @DisplayName("a person without service records has none, and erasing them does nothing")
    void nothing() {
      w.contactCase(zoe);
      var before = w.snapshot();
      assertThat(source.collect(w.acme, ada.subject())).isEmpty();
      assertThat(source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll())).isEmpty();
      assertThat(w.snapshot()).isEqualTo(before);
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
    @DisplayName("anonymises the person's case: subject, comments and merged subjects overwritten, description and thread key gone")
    void ownCase() {
      Case c = w.contactCase(ada);
      List<ErasureAction> actions = source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll());
      Case after = w.acme.repository(Case.TYPE).get(c.id());
      assertThat(after.subject()).isEqualTo(ERASED);
      assertThat(after.description()).isEmpty();
      assertThat(after.comments()).extracting(CaseComment::body).containsOnly(ERASED);
      assertThat(after.comments()).extracting(CaseComment::author).containsExactly(ERASED, "agent-7");
      assertThat(after.threadKeys()).isEmpty();
      assertThat(after.statusHistory()).isEqualTo(c.statusHistory());
      assertThat(after.contact()).isEqualTo(c.contact());
      assertThat(actions).containsExactly(new ErasureAction(
          "service", "service_case", c.id().value(), Treatment.ANONYMISE, List.of("subject", "description", "comments", "threadKeys"), "erasure request"));
    }

    @Test
    @DisplayName("on someone else's case, overwrites only the person's comment and leaves the owner's text")
    void othersCase() {
      Case zoes = w.writeOn(w.contactCase(zoe), ada);
      source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll());
      Case after = w.acme.repository(Case.TYPE).get(zoes.id());
      assertThat(after.subject()).isEqualTo(zoes.subject());
      assertThat(after.comments()).extracting(CaseComment::author).containsExactly(zoe.email(), "agent-7", ERASED);
      assertThat(after.comments().get(0)).isEqualTo(zoes.comments().get(0));
      assertThat(after.comments().get(2).body()).isEqualTo(ERASED);
      assertThat(source.collect(w.acme, zoe.subject())).extracting(SubjectRecord::id).contains(zoes.id().value());
    }

    @Test
    @DisplayName("clears survey comments and keeps the scores")
    void surveys() {
      Case c = w.contactCase(ada);
      w.survey(ada, c, SurveyKind.CSAT, 2);
      SurveyResponse r = w.survey(ada, c, SurveyKind.CSAT, 5);
      source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll());
      SurveyResponse after = w.acme.repository(SurveyResponse.TYPE).get(r.id());
      assertThat(after.score()).isEqualTo(5);
      assertThat(after.history()).extracting(a -> a.score()).containsExactly(2);
      assertThat(CrmJson.write(after)).doesNotContain(ada.fullName());
    }

    @Test
    @DisplayName("deletes sender activity (its id is the address) unless the policy keeps it")
    void senderActivity() {
      SenderActivity a = w.senderActivity(ada, CaseChannel.EMAIL);
      // the action names the record as SenderActivityId names a long address: hashed, so the audit keeps no address
      String hashed = io.crmkit.service.intake.SenderActivityId.of(CaseChannel.EMAIL, ada.email() + "x".repeat(130)).value()
          .substring(0, "email:sha256:".length());
      assertThat(ServiceSubjectData.auditId(a.id())).startsWith(hashed).doesNotContain(ada.email()).hasSize(hashed.length() + 64);
      hashed = ServiceSubjectData.auditId(a.id());
      ErasurePolicy keep = ErasurePolicy.builder().keep("sender_activity", "abuse investigation open").build();
      assertThat(source.erase(w.acme, ada.subject(), keep))
          .containsExactly(new ErasureAction("service", "sender_activity", hashed, Treatment.KEEP, List.of(), "abuse investigation open"));
      assertThat(source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll())).containsExactly(new ErasureAction(
          "service", "sender_activity", hashed, Treatment.DELETE, List.of(), "erasure request; its id is the sender's address, so it is deleted"));
      assertThat(w.acme.repository(SenderActivity.TYPE).find(a.id())).isEmpty();
    }

    @Test
    @DisplayName("keeps the cases when the policy says so, and deletes them when it says that")
    void keepAndDelete() {
      Case c = w.contactCase(ada);
      assertThat(source.erase(w.acme, ada.subject(), ErasurePolicy.builder().keep("service_case", "litigation hold").build()))
          .containsExactly(new ErasureAction("service", "service_case", c.id().value(), Treatment.KEEP, List.of(), "litigation hold"));
      assertThat(w.acme.repository(Case.TYPE).get(c.id())).isEqualTo(c);
      source.erase(w.acme, ada.subject(), ErasurePolicy.builder().record("service_case", Treatment.DELETE).build());
      assertThat(w.acme.repository(Case.TYPE).find(c.id())).isEmpty();
    }

    @Test
    @DisplayName("a delete rule spares someone else's case, anonymising only the person's comment")
    void deleteSparesOthers() {
      Case zoes = w.writeOn(w.contactCase(zoe), ada);
      source.erase(w.acme, ada.subject(), ErasurePolicy.builder().record("service_case", Treatment.DELETE).build());
      assertThat(w.acme.repository(Case.TYPE).get(zoes.id()).comments()).extracting(CaseComment::author).containsExactly(zoe.email(), "agent-7", ERASED);
    }

    @Test
    @DisplayName("a second erasure changes nothing")
    void idempotent() {
      Case c = w.contactCase(ada);
      w.emailedCase(ada);
      w.writeOn(w.contactCase(zoe), ada);
      w.survey(ada, c, SurveyKind.NPS, 10);
      w.senderActivity(ada, CaseChannel.EMAIL);
      source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll());
      var after = w.snapshot();
      assertThat(source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll())).isEmpty();
      assertThat(w.snapshot()).isEqualTo(after);
    }

    @Test
    @DisplayName("handles a case with hundreds of the person's messages")
    void longThread() {
      Case c = w.contactCase(ada);
      for (int i = 0; i < 200; i++) {
        c = w.writeOn(c, ada);
      }
      source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll());
      assertThat(ServiceWorld.containing(w.snapshot(), ada.erasable())).isEmpty();
    }
  }
}
