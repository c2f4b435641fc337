package io.crmkit.core.privacy;

import static io.crmkit.core.privacy.PrivacyWorld.ACME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.NotFoundException;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.audit.AuditEntry;
import io.crmkit.core.audit.FieldChange;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.event.ChangeKind;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.json.SubjectExportJson;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.TenantStore;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SubjectRequestsTest {
  final PrivacyWorld w = new PrivacyWorld();
  final SubjectRequests requests = w.requests();

  @Nested
  @DisplayName("resolving a subject")
  class Resolving {
    @Test
    void fromAContactIdTakesItsIdentifiersAndThoseOfContactsMergedIntoIt() {
      Subject ada = requests.resolve(w.acme, w.ada);
      assertThat(ada.contact()).isEqualTo(w.ada);
      assertThat(ada.emails()).containsExactlyInAnyOrder("ada@lovelace.example", "countess@lovelace.example");
      assertThat(ada.phones()).containsExactly("+442079460018");
    }

    @Test
    void fromAnEmailOrPhoneFindsTheContactOrElseAPersonWithoutOne() {
      assertThat(requests.resolve(w.acme, " ADA@lovelace.example ").contact()).isEqualTo(w.ada);
      assertThat(requests.resolve(w.acme, "+44 20 7946 0018").contact()).isEqualTo(w.ada);
      Subject leadOnly = requests.resolve(w.acme, "Someone@Elsewhere.example");
      assertThat(leadOnly.hasContact()).isFalse();
      assertThat(leadOnly.emails()).containsExactly("someone@elsewhere.example");
      assertThat(requests.resolve(w.acme, w.bob.value()).emails()).containsExactly("bob@babbage.example");
    }

    @Test
    void badInputIsNamed() {
      assertThatThrownBy(() -> requests.resolve(w.acme, "no-such-contact")).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> requests.resolve(w.acme, "not an @ address")).isInstanceOf(ValidationException.class)
          .hasMessageContaining("email");
      assertThatThrownBy(() -> Subject.withoutContact(ACME, Set.of(), Set.of())).isInstanceOf(ValidationException.class)
          .hasMessageContaining("needs an e-mail address or a phone number");
      Subject ada = requests.resolve(w.acme, w.ada);
      TenantStore other = w.store.forTenant(TenantId.of("other"));
      assertThatThrownBy(() -> requests.export(other, ada)).isInstanceOf(ValidationException.class)
          .hasMessageContaining("is a person of tenant acme, not of other");
    }

    @Test
    void discoveryFindsCoresOwnSource() {
      assertThat(SubjectRequests.discover(getClass().getClassLoader())).anyMatch(s -> s instanceof CoreSubjectData);
      SubjectRequests discovered = SubjectRequests.builder().clock(w.clock).keys(SuppressionKeys.withKey(PrivacyWorld.KEY))
          .discoverSources().build();
      assertThat(discovered.sources()).extracting(SubjectDataSource::module).contains("core");
      assertThatThrownBy(() -> SubjectRequests.builder().clock(w.clock).keys(SuppressionKeys.withKey(PrivacyWorld.KEY))
          .source(new CoreSubjectData()).source(new CoreSubjectData()).build())
          .isInstanceOf(ValidationException.class).hasMessageContaining("two sources name module 'core'");
    }
  }

  @Nested
  @DisplayName("the subject-access export")
  class Exporting {
    @Test
    void gathersEveryCoreRecordAboutThePersonAndNothingAboutOthers() {
      SubjectExport export = requests.export(w.acme, requests.resolve(w.acme, w.ada));
      Map<String, Map<String, List<SubjectRecord>>> grouped = export.byModule();
      assertThat(grouped).containsOnlyKeys("core");
      assertThat(grouped.get("core")).containsOnlyKeys(
          "contact", "activity", "party_relationship", "consent_event", "merge_record", "audit_entry");
      assertThat(export.recordsOf("contact")).extracting(SubjectRecord::id).containsExactly(w.ada.value());
      assertThat(export.recordsOf("activity")).extracting(SubjectRecord::id)
          .containsExactlyInAnyOrder(w.onlyAda.value(), w.adaAndAccount.value());
      assertThat(export.recordsOf("consent_event")).extracting(SubjectRecord::id)
          .containsExactlyInAnyOrder(w.grant.id().value(), w.withdrawal.id().value());
      assertThat(export.recordsOf("audit_entry")).allSatisfy(r -> assertThat(((AuditEntry) r.record()).record().id()).isEqualTo(w.ada.value()));
      assertThat(export.records()).noneMatch(r -> CrmJson.write(r.record()).contains("Babbage"));
    }

    @Test
    void isOneJsonDocumentWithTheRecordsAsTheirCrmJsonDocuments() {
      SubjectExport export = requests.export(w.acme, requests.resolve(w.acme, w.ada));
      String json = SubjectExportJson.write(export);
      JsonNode root = CrmJson.mapper().readTree(json);
      assertThat(root.get("format").asString()).isEqualTo(SubjectExportJson.FORMAT);
      assertThat(root.get("contact").asString()).isEqualTo(w.ada.value());
      assertThat(root.get("recordCount").asInt()).isEqualTo(export.records().size());
      JsonNode contact = root.get("modules").get("core").get("contact").get(0);
      assertThat(contact.get("relation").asString()).isEqualTo("the contact");
      Contact back = CrmJson.read(contact.get("record").toString(), Contact.class);
      assertThat(back).isEqualTo(w.acme.repository(Contact.TYPE).get(w.ada));
      assertThat(SubjectExportJson.write(export)).isEqualTo(json);
    }

    @Test
    void aPersonWithoutContactRecordsHasAnEmptyExport() {
      SubjectExport export = requests.export(w.acme, requests.resolve(w.acme, "nobody@nowhere.example"));
      JsonNode root = CrmJson.mapper().readTree(SubjectExportJson.write(export));
      assertThat(root.has("contact")).isFalse();
      assertThat(root.get("recordCount").asInt()).isZero();
    }
  }

  @Nested
  @DisplayName("erasure")
  class Erasing {
    @Test
    void anonymisingLeavesNoneOfTheErasedValuesInAnyCoreRecordAndBobUntouched() {
      Map<String, String> before = PrivacyWorld.documents(w.acme);
      ErasureReport report = requests.erase(w.acme, requests.resolve(w.acme, w.ada), ErasurePolicy.anonymiseAll(), "dpo");
      Map<String, String> after = PrivacyWorld.documents(w.acme);
      assertThat(PrivacyWorld.containing(after, PrivacyWorld.adasValues())).isEmpty();
      before.forEach((k, doc) -> {
        if (doc.contains("Babbage") || doc.contains("bob@")) {
          assertThat(after.get(k)).as(k).isEqualTo(doc);
        }
      });
      Contact ada = w.acme.repository(Contact.TYPE).get(w.ada);
      assertThat(ada.name()).isEqualTo(Anonymisers.ERASED_NAME);
      assertThat(ada.contactPoints()).isEmpty();
      assertThat(ada.account()).contains(w.analytical);
      assertThat(report.dryRun()).isFalse();
      assertThat(report.actions()).anySatisfy(a -> {
        assertThat(a.entityType()).isEqualTo("contact");
        assertThat(a.fields()).containsExactly("name", "jobTitle", "contactPoints", "externalIds", "customFields");
      });
      assertThat(report.actions()).filteredOn(a -> a.id().equals(w.withdrawal.id().value()))
          .singleElement().satisfies(a -> assertThat(a.reason()).contains("proof of the objection", "17(3)"));
    }

    @Test
    void recordsTheErasureInTheAuditTrailByFieldWithoutValues() {
      ErasureReport report = requests.erase(w.acme, requests.resolve(w.acme, w.ada), ErasurePolicy.anonymiseAll(), "dpo");
      List<AuditEntry> entries = w.acme.repository(AuditEntry.TYPE).query(Criteria.eq(AuditEntry.RECORD, PrivacyWorld.ref(w.ada).toString()));
      assertThat(entries).filteredOn(e -> e.actor().equals("dpo")).singleElement().satisfies(e -> {
        assertThat(e.action()).isEqualTo(ChangeKind.UPDATED);
        assertThat(e.changes()).extracting(FieldChange::field).contains("name", "contactPoints");
        assertThat(e.changes()).allMatch(FieldChange::isScrubbed);
      });
      // the earlier rename keeps who changed which field when, not the values
      assertThat(entries).filteredOn(e -> e.actor().equals("sam")).singleElement().satisfies(e -> {
        assertThat(e.changes()).extracting(FieldChange::field).containsExactly("jobTitle");
        assertThat(e.changes().get(0).before()).contains(FieldChange.ERASED);
      });
      ErasureSuppression suppression = w.acme.repository(ErasureSuppression.TYPE).get(report.suppression());
      assertThat(suppression.keys()).hasSize(3).allMatch(k -> k.matches("(email|phone):[0-9a-f]{64}"));
      assertThat(suppression.actions()).isEqualTo(report.actions());
    }

    @Test
    void deletingTheContactDeletesWhatOnlyItHeldAndKeepsTheWithdrawal() {
      ErasurePolicy policy = ErasurePolicy.builder().record("contact", ErasurePolicy.Treatment.DELETE).build();
      requests.erase(w.acme, requests.resolve(w.acme, w.ada), policy, "dpo");
      assertThat(w.acme.repository(Contact.TYPE).find(w.ada)).isEmpty();
      assertThat(w.acme.repository(Activity.TYPE).find(w.onlyAda)).isEmpty();
      Activity shared = w.acme.repository(Activity.TYPE).get(w.adaAndAccount);
      assertThat(shared.links()).extracting(l -> l.type()).containsExactly("account");
      assertThat(shared.subject()).isEqualTo(Anonymisers.ERASED_SUBJECT);
      assertThat(w.acme.repository(PartyRelationship.TYPE).count(Criteria.eq(PartyRelationship.FROM, PrivacyWorld.ref(w.ada).toString())))
          .isZero();
      assertThat(w.acme.repository(ConsentEvent.TYPE).find(w.grant.id())).isEmpty();
      assertThat(w.acme.repository(ConsentEvent.TYPE).get(w.withdrawal.id()).evidence()).isEmpty();
      assertThat(PrivacyWorld.containing(PrivacyWorld.documents(w.acme), PrivacyWorld.adasValues())).isEmpty();
    }

    @Test
    void keepsWhatThePolicyKeepsWithTheReason() {
      ErasurePolicy policy = ErasurePolicy.builder()
          .field("contact", "externalIds", ErasurePolicy.Treatment.KEEP, "tax law: the ERP id of an invoiced customer")
          .keep("activity", "legal hold 2026-17")
          .build();
      ErasureReport report = requests.erase(w.acme, requests.resolve(w.acme, w.ada), policy, "dpo");
      assertThat(w.acme.repository(Contact.TYPE).get(w.ada).externalId("sap")).contains("SAP-ADA-1815");
      assertThat(w.acme.repository(Activity.TYPE).get(w.onlyAda).subject()).isEqualTo("Talk with Ada Lovelace");
      assertThat(report.kept()).extracting(ErasureAction::reason)
          .contains("tax law: the ERP id of an invoiced customer", "legal hold 2026-17");
      assertThat(report.kept()).filteredOn(a -> a.entityType().equals("contact")).singleElement()
          .satisfies(a -> assertThat(a.fields()).containsExactly("externalIds"));
    }

    @Test
    void isAllOrNothingWhenASourceFails() {
      Map<String, String> before = PrivacyWorld.documents(w.acme);
      SubjectRequests failing = SubjectRequests.builder().clock(w.clock).ids(w.ids).keys(SuppressionKeys.withKey(PrivacyWorld.KEY))
          .source(new CoreSubjectData()).source(new FailingSource()).build();
      assertThatThrownBy(() -> failing.erase(w.acme, failing.resolve(w.acme, w.ada), ErasurePolicy.anonymiseAll(), "dpo"))
          .hasMessageContaining("the zz module is down");
      assertThat(PrivacyWorld.documents(w.acme)).isEqualTo(before);
    }

    @Test
    void aDryRunReportsTheSameActionsAndChangesNothing() {
      Map<String, String> before = PrivacyWorld.documents(w.acme);
      Subject ada = requests.resolve(w.acme, w.ada);
      ErasureReport preview = requests.preview(w.acme, ada, ErasurePolicy.anonymiseAll(), "dpo");
      assertThat(PrivacyWorld.documents(w.acme)).isEqualTo(before);
      assertThat(preview.dryRun()).isTrue();
      ErasureReport done = requests.erase(w.acme, ada, ErasurePolicy.anonymiseAll(), "dpo");
      assertThat(done.actions()).isEqualTo(preview.actions());
    }

    @Test
    void theGuardRecognisesTheErasedPersonInItsTenantOnly() {
      ErasureGuard guard = requests.guard();
      assertThat(guard.isErased(w.acme, List.of("ada@lovelace.example"), List.of())).isEmpty();
      ErasureReport report = requests.erase(w.acme, requests.resolve(w.acme, w.ada), ErasurePolicy.anonymiseAll(), "dpo");
      assertThat(guard.isErased(w.acme, List.of("countess@lovelace.example"), List.of())).hasValueSatisfying(m -> {
        assertThat(m.erasure()).isEqualTo(report.suppression());
        assertThat(m.reason()).contains("its e-mail matches a person erased on 2026-01-15T10:00:00Z");
      });
      assertThat(guard.isErased(w.acme, List.of(), List.of("+442079460018"))).hasValueSatisfying(m -> assertThat(m.matchedBy()).isEqualTo("phone"));
      assertThat(guard.isErased(w.acme, List.of("bob@babbage.example"), List.of())).isEmpty();
      assertThat(guard.isErased(w.store.forTenant(TenantId.of("other")), List.of("ada@lovelace.example"), List.of())).isEmpty();
      assertThat(ErasureGuard.of(SuppressionKeys.withKey(new byte[32])).isErased(w.acme, List.of("ada@lovelace.example"), List.of()))
          .as("another host key gives other keys").isEmpty();
      assertThat(w.acme.repository(Contact.TYPE).count(Criteria.eq(ContactFields.EMAIL, "ada@lovelace.example"))).isZero();
    }

    @Test
    void requireNotErasedRefusesAReCreatedContactNamingTheErasure() {
      Contact before = w.acme.repository(Contact.TYPE).get(w.ada);
      ErasureReport report = requests.erase(w.acme, requests.resolve(w.acme, w.ada), ErasurePolicy.anonymiseAll(), "dpo");
      Contact again = Contact.builder(new io.crmkit.core.party.ContactId("c-again"), ACME).name(before.name()).owner(before.owner())
          .contactPoints(before.contactPoints()).timestamps(w.clock).build();
      assertThatThrownBy(() -> requests.guard().requireNotErased(w.acme, again))
          .isInstanceOfSatisfying(ErasedSubjectException.class, e -> assertThat(e.match().erasure()).isEqualTo(report.suppression()))
          .hasMessageContaining("contact: its e-mail matches a person erased on 2026-01-15T10:00:00Z", "not created again");
      requests.guard().requireNotErased(w.acme, w.acme.repository(Contact.TYPE).get(w.bob));
    }

    @Test
    void aPersonWithoutContactIsSuppressedToo() {
      Subject leadOnly = requests.resolve(w.acme, "lead.only@elsewhere.example");
      ErasureReport report = requests.erase(w.acme, leadOnly, ErasurePolicy.anonymiseAll(), "dpo");
      assertThat(report.actions()).isEmpty();
      assertThat(report.contact()).isEqualTo(Subject.NO_CONTACT);
      assertThat(requests.guard().isErased(w.acme, List.of("lead.only@elsewhere.example"), List.of())).isPresent();
    }

    @Test
    void refusesABlankRequester() {
      assertThatThrownBy(() -> requests.erase(w.acme, requests.resolve(w.acme, w.ada), ErasurePolicy.anonymiseAll(), " "))
          .isInstanceOf(ValidationException.class).hasMessageContaining("requestedBy");
      assertThatThrownBy(() -> SuppressionKeys.withKey(new byte[31])).isInstanceOf(ValidationException.class)
          .hasMessageContaining("at least 32 bytes");
    }
  }

  /** A module whose erasure fails after core's has written. */
  static final class FailingSource implements SubjectDataSource {
    @Override
    public String module() {
      return "zz";
    }

    @Override
    public List<SubjectRecord> collect(TenantStore store, Subject subject) {
      return List.of();
    }

    @Override
    public List<ErasureAction> erase(TenantStore store, Subject subject, ErasurePolicy policy) {
      throw new IllegalStateException("the zz module is down");
    }
  }
}
