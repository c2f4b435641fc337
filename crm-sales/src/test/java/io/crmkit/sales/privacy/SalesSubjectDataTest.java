package io.crmkit.sales.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Aggregate;
import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.TransactionRunner;
import io.crmkit.sales.opportunity.OpportunityId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import io.crmkit.core.ValidationException;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.privacy.ErasureAction;
import io.crmkit.core.privacy.ErasurePolicy;
import io.crmkit.core.privacy.ErasurePolicy.Treatment;
import io.crmkit.core.privacy.Subject;
import io.crmkit.core.privacy.SubjectDataSource;
import io.crmkit.core.privacy.SubjectRecord;
import io.crmkit.sales.cadence.EnrolledRecord;
import io.crmkit.sales.cadence.Enrolment;
import io.crmkit.sales.cadence.EnrolmentStatus;
import io.crmkit.sales.followup.FollowUp;
import io.crmkit.sales.followup.FollowUpStatus;
import io.crmkit.sales.followup.FollowUpTarget;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.privacy.SalesWorld.Person;
import io.crmkit.sales.quote.Quote;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SalesSubjectDataTest {
  final SalesWorld w = new SalesWorld();
  final SalesSubjectData source = new SalesSubjectData(w.clock);
  final Person ada = w.person("Ada", "Lovelace", 0);
  final Person zoe = w.person("Zoë", "Ó Briain", 1);

  @Test
  @DisplayName("ServiceLoader finds the source through its public no-argument constructor")
  void registered() {
    assertThat(ServiceLoader.load(SubjectDataSource.class).stream().map(p -> p.get().module()).toList()).contains("sales");
  }

  @Nested
  @DisplayName("collect")
  class Collect {
    @Test
    @DisplayName("finds one record per type the person appears in, with how it relates to them, and nothing of others")
    void everyType() {
      Lead byEmail = w.openLead(ada, false, true);
      Lead byPhone = w.openLead(ada, true, false);
      Opportunity fromLead = w.opportunity(List.of(), false);
      Lead converted = w.convertedLead(ada, Optional.of(fromLead));
      Opportunity deal = w.opportunity(List.of(ada, zoe), true);
      Quote quote = w.quote(deal, List.of(ada, zoe), Optional.of(ada));
      FollowUp onContact = w.followUp(ada, FollowUpTarget.contact(ada.contact().id()));
      FollowUp onLead = w.followUp(ada, FollowUpTarget.lead(byEmail.id()));
      Enrolment enrolment = w.enrolment(ada, EnrolledRecord.lead(byPhone.id()));
      w.openLead(zoe, true, true);
      w.followUp(zoe, FollowUpTarget.contact(zoe.contact().id()));

      List<SubjectRecord> found = source.collect(w.acme, ada.subject());

      assertThat(found).extracting(SubjectRecord::module).containsOnly("sales");
      assertThat(found).extracting(r -> r.entityType() + "/" + r.id()).containsExactlyInAnyOrder(
          "lead/" + byEmail.id().value(), "lead/" + byPhone.id().value(), "lead/" + converted.id().value(),
          "opportunity/" + fromLead.id().value(), "opportunity/" + deal.id().value(), "quote/" + quote.id().value(),
          "follow_up/" + onContact.id().value(), "follow_up/" + onLead.id().value(), "cadence_enrolment/" + enrolment.id().value());
      assertThat(found).filteredOn(r -> r.id().equals(converted.id().value())).extracting(SubjectRecord::relation)
          .containsExactly("lead that converted into the contact");
      assertThat(found).filteredOn(r -> r.id().equals(byPhone.id().value())).extracting(SubjectRecord::relation)
          .containsExactly("lead that carries the phone number");
      assertThat(found).filteredOn(r -> r.id().equals(deal.id().value())).extracting(SubjectRecord::relation)
          .containsExactly("primary contact role DECISION_MAKER");
      assertThat(found).filteredOn(r -> r.id().equals(fromLead.id().value())).extracting(SubjectRecord::relation)
          .containsExactly("created by converting the lead " + converted.id().value());
      assertThat(source.collect(w.acme, ada.subject())).as("stable order").isEqualTo(found);
    }

    @Test
    @DisplayName("matches e-mail addresses whatever their case")
    void emailCase() {
      Lead lead = w.openLead(ada, false, true);
      Subject shouting = new Subject(w.acme.tenantId(), ada.contact().id(), Set.of(ada.email().toUpperCase(java.util.Locale.ROOT)), Set.of());
      assertThat(source.collect(w.acme, shouting)).extracting(SubjectRecord::id).containsExactly(lead.id().value());
    }

    @Test
    @DisplayName("a person without sales records has none, and erasing them does nothing")
    void nothing() {
      w.openLead(zoe, true, true);
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
      assertThatThrownBy(() -> source.erase(w.acme, foreign, ErasurePolicy.anonymiseAll())).isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("another tenant's records about the same address stay invisible")
    void tenantsApart() {
      SalesWorld globex = new SalesWorld(TenantId.of("globex"));
      Person twin = globex.person("Ada", "Lovelace", 0);
      globex.openLead(twin, true, true);
      assertThat(source.collect(w.acme, ada.subject())).isEmpty();
    }
  }

  @Nested
  @DisplayName("erase")
  class Erase {
    @Test
    @DisplayName("anonymises a lead: the name becomes the marker, contact details and custom fields go, the company stays")
    void lead() {
      Lead lead = w.openLead(ada, true, true);
      List<ErasureAction> actions = source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll());
      Lead after = w.acme.repository(Lead.TYPE).get(lead.id());
      assertThat(after.name()).isEqualTo(PersonName.of("", SalesSubjectData.ERASED));
      assertThat(after.email()).isEmpty();
      assertThat(after.phone()).isEmpty();
      assertThat(after.jobTitle()).isEmpty();
      assertThat(after.company()).contains("Analytical Engines");
      assertThat(after.version()).isEqualTo(lead.version() + 1);
      assertThat(actions).containsExactly(new ErasureAction(
          "sales", "lead", lead.id().value(), Treatment.ANONYMISE, List.of("name", "jobTitle", "email", "phone"), "erasure request"));
    }

    @Test
    @DisplayName("takes the person's values out of a shared deal's texts; the contact roles stay, pointing at anonymous contacts")
    void opportunity() {
      Opportunity deal = w.opportunity(List.of(ada, zoe), true);
      source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll());
      Opportunity after = w.acme.repository(Opportunity.TYPE).get(deal.id());
      assertThat(after.contactRoles()).isEqualTo(deal.contactRoles());
      assertThat(after.name()).isEqualTo("Renewal for " + SalesSubjectData.ERASED);
      assertThat(after.nextStep()).contains("Call " + SalesSubjectData.ERASED + " or write to " + SalesSubjectData.ERASED);
      assertThat(source.collect(w.acme, zoe.subject())).extracting(SubjectRecord::id).contains(deal.id().value());
    }

    @Test
    @DisplayName("clears the customer's note on a quote, or keeps the quote when the policy says so, with the reason")
    void quote() {
      Opportunity deal = w.opportunity(List.of(ada), false);
      Quote quote = w.quote(deal, List.of(ada), Optional.of(ada));
      ErasurePolicy keepQuotes = ErasurePolicy.builder().keep("quote", "tax law: invoices are kept for 10 years").build();

      List<ErasureAction> kept = source.erase(w.acme, ada.subject(), keepQuotes);
      assertThat(kept).contains(new ErasureAction("sales", "quote", quote.id().value(), Treatment.KEEP, List.of(),
          "tax law: invoices are kept for 10 years"));
      assertThat(w.acme.repository(Quote.TYPE).get(quote.id())).isEqualTo(quote);

      source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll());
      assertThat(w.acme.repository(Quote.TYPE).get(quote.id()).current().decisionNote()).isEmpty();
    }

    @Test
    @DisplayName("cancels follow-ups and ends cadence enrolments, so nothing more reaches the person")
    void followUpsAndCadences() {
      FollowUp f = w.followUp(ada, FollowUpTarget.contact(ada.contact().id()));
      Enrolment e = w.enrolment(ada, EnrolledRecord.contact(ada.contact().id()));
      source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll());
      FollowUp fAfter = w.acme.repository(FollowUp.TYPE).get(f.id());
      assertThat(fAfter.status()).isEqualTo(FollowUpStatus.CANCELLED);
      assertThat(fAfter.subject()).isEqualTo(SalesSubjectData.ERASED);
      assertThat(w.acme.repository(Enrolment.TYPE).get(e.id()).status()).isEqualTo(EnrolmentStatus.UNENROLLED);
    }

    @Test
    @DisplayName("deletes leads when the policy says so")
    void deleteLeads() {
      Lead lead = w.openLead(ada, true, true);
      List<ErasureAction> actions = source.erase(w.acme, ada.subject(), ErasurePolicy.builder().record("lead", Treatment.DELETE).build());
      assertThat(w.acme.repository(Lead.TYPE).find(lead.id())).isEmpty();
      assertThat(actions).containsExactly(new ErasureAction("sales", "lead", lead.id().value(), Treatment.DELETE, List.of(), "erasure request"));
    }

    @Test
    @DisplayName("deletes a deal only when the person is its only contact; a shared one gets their part anonymised")
    void deleteDeals() {
      Opportunity own = w.opportunity(List.of(ada), false);
      Opportunity shared = w.opportunity(List.of(ada, zoe), true);
      List<ErasureAction> actions = source.erase(w.acme, ada.subject(), ErasurePolicy.builder().record("opportunity", Treatment.DELETE).build());
      assertThat(w.acme.repository(Opportunity.TYPE).find(own.id())).isEmpty();
      assertThat(w.acme.repository(Opportunity.TYPE).get(shared.id()).name()).isEqualTo("Renewal for " + SalesSubjectData.ERASED);
      assertThat(actions).extracting(ErasureAction::treatment, ErasureAction::reason).containsExactlyInAnyOrder(
          org.assertj.core.groups.Tuple.tuple(Treatment.DELETE, "erasure request"),
          org.assertj.core.groups.Tuple.tuple(Treatment.ANONYMISE, "erasure request; shared with others, so only the person's part is anonymised"));
    }

    @Test
    @DisplayName("keeps a field the policy keeps and says why in the action")
    void keepField() {
      Opportunity deal = w.opportunity(List.of(ada), true);
      ErasurePolicy policy = ErasurePolicy.builder()
          .field("opportunity", "nextStep", Treatment.KEEP, "the account's contract names the caller").build();
      List<ErasureAction> actions = source.erase(w.acme, ada.subject(), policy);
      Opportunity after = w.acme.repository(Opportunity.TYPE).get(deal.id());
      assertThat(after.nextStep()).isEqualTo(deal.nextStep());
      assertThat(actions).singleElement().satisfies(a -> {
        assertThat(a.fields()).containsExactly("name");
        assertThat(a.reason()).isEqualTo("erasure request; kept nextStep: the account's contract names the caller");
      });
    }

    @Test
    @DisplayName("a record changed under the erasure fails it on the version it read, and the transaction leaves nothing half-done")
    void staleVersion() {
      w.openLead(ada, true, true);
      Opportunity deal = w.opportunity(List.of(ada), true);
      var before = w.snapshot();
      TenantStore racing = racingStore(w.acme, deal);
      assertThatThrownBy(() -> w.acme.transactions().inTransaction(() -> source.erase(racing, ada.subject(), ErasurePolicy.anonymiseAll())))
          .isInstanceOf(ConcurrencyConflictException.class);
      assertThat(w.snapshot()).isEqualTo(before);
    }

    @Test
    @DisplayName("a second erasure changes nothing and reports nothing")
    void idempotent() {
      Lead lead = w.openLead(ada, true, true);
      w.convertedLead(ada, Optional.empty());
      w.followUp(ada, FollowUpTarget.lead(lead.id()));
      source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll());
      var after = w.snapshot();
      assertThat(source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll())).isEmpty();
      assertThat(w.snapshot()).isEqualTo(after);
    }

    @Test
    @DisplayName("handles a person with hundreds of records in one pass, leaving none of their values")
    void many() {
      for (int i = 0; i < 300; i++) {
        w.followUp(ada, FollowUpTarget.contact(ada.contact().id()));
      }
      List<ErasureAction> actions = source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll());
      assertThat(actions).hasSize(300).allMatch(a -> a.fields().equals(List.of("subject", "status")));
      assertThat(w.snapshot().values()).noneMatch(r -> CrmJson.write(r).contains(ada.fullName()));
    }
  }

  /** {@code store}, but someone else renames {@code deal} just before the erasure writes it. */
  @SuppressWarnings("unchecked")
  static TenantStore racingStore(TenantStore store, Opportunity deal) {
    return new TenantStore() {
      @Override
      public TenantId tenantId() {
        return store.tenantId();
      }

      @Override
      public <T extends Aggregate<I>, I extends EntityId> Repository<T, I> repository(EntityType<T, I> type) {
        Repository<T, I> real = store.repository(type);
        if (!type.equals(Opportunity.TYPE)) {
          return real;
        }
        return (Repository<T, I>) Proxy.newProxyInstance(Repository.class.getClassLoader(), new Class<?>[] {Repository.class}, (proxy, m, args) -> {
          if (m.getName().equals("update")) {
            Repository<Opportunity, OpportunityId> deals = store.repository(Opportunity.TYPE);
            deals.update(deals.get(deal.id()).withName("Renamed meanwhile"));
          }
          try {
            return m.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
      }

      @Override
      public TransactionRunner transactions() {
        return store.transactions();
      }
    };
  }
}
