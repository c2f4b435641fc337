package io.crmkit.sales.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.json.CrmJson;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.privacy.ErasureAction;
import io.crmkit.core.privacy.ErasurePolicy;
import io.crmkit.core.privacy.SubjectRecord;
import io.crmkit.sales.partner.DealContact;
import io.crmkit.sales.partner.DealCustomer;
import io.crmkit.sales.partner.DealRegistration;
import io.crmkit.sales.partner.DealRegistrationId;
import io.crmkit.sales.partner.Partner;
import io.crmkit.sales.partner.PartnerId;
import io.crmkit.sales.partner.PartnerTier;
import io.crmkit.sales.partner.PartnerType;
import io.crmkit.sales.privacy.SalesWorld.Person;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SalesSubjectData and partners' deal registrations")
class DealRegistrationPrivacyTest {
  final SalesWorld w = new SalesWorld();
  final SalesSubjectData source = new SalesSubjectData(w.clock);
  final Person ada = w.person("Ada", "Lovelace", 0);
  final Person zoe = w.person("Zoë", "Ångström", 1);
  final Partner partner = Partner.enrol(new PartnerId("pt-1"), w.acme.tenantId(), new AccountId("a-partner"), "Initech Partners",
      PartnerType.RESELLER, PartnerTier.values()[0], w.clock.instant());

  DealRegistration register(String id, Person contact) {
    DealRegistration r = DealRegistration.draft(new DealRegistrationId(id), partner, "p-user", DealCustomer.of("Globex " + id),
            Money.of("1000", "EUR"), LocalDate.parse("2026-12-31"), w.clock.instant())
        .withContact(DealContact.of(contact.contact().name()).withEmail(ContactPoint.email(contact.email(), ContactPoint.Purpose.WORK)))
        .withDescription("Call " + contact.contact().name().given() + " at " + contact.email());
    return w.acme.repository(DealRegistration.TYPE).insert(r);
  }

  @Test
  @DisplayName("a registration naming the person's address is exported, and erasure anonymises its contact but keeps the deal")
  void registrations() {
    DealRegistration hers = register("dr-1", ada);
    DealRegistration other = register("dr-2", zoe);

    List<SubjectRecord> found = source.collect(w.acme, ada.subject());
    assertThat(found).filteredOn(r -> r.entityType().equals(DealRegistration.TYPE_NAME)).extracting(SubjectRecord::id).containsExactly("dr-1");

    List<ErasureAction> actions = source.erase(w.acme, ada.subject(), ErasurePolicy.builder()
        .record(DealRegistration.TYPE_NAME, ErasurePolicy.Treatment.DELETE).build());
    DealRegistration after = w.acme.repository(DealRegistration.TYPE).get(hers.id());
    assertThat(after.contact()).contains(DealContact.of(PersonName.of("", SalesSubjectData.ERASED)));
    assertThat(CrmJson.write(after)).doesNotContain(ada.email()).doesNotContain("Lovelace");
    assertThat(after.customer()).isEqualTo(hers.customer());
    assertThat(actions).filteredOn(a -> a.entityType().equals(DealRegistration.TYPE_NAME))
        .singleElement().satisfies(a -> assertThat(a.treatment()).isEqualTo(ErasurePolicy.Treatment.ANONYMISE));
    assertThat(w.acme.repository(DealRegistration.TYPE).get(other.id())).isEqualTo(other);
    assertThat(source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll())).noneMatch(a -> a.entityType().equals(DealRegistration.TYPE_NAME));
  }
}
