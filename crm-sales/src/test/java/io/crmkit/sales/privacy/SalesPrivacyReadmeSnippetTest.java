package io.crmkit.sales.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.privacy.ErasureAction;
import io.crmkit.core.privacy.ErasurePolicy;
import io.crmkit.core.privacy.ErasurePolicy.Treatment;
import io.crmkit.core.privacy.Subject;
import io.crmkit.core.privacy.SubjectRecord;
import io.crmkit.core.store.TenantStore;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.privacy.SalesWorld.Person;
import io.crmkit.sales.readme.Snippets;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SalesPrivacyReadmeSnippetTest {
  @Test
  void privacy() throws IOException {
    SalesWorld w = new SalesWorld();
    Person person = w.person("Ada", "Lovelace", 0);
    Lead lead = w.openLead(person, true, true);
    Opportunity deal = w.opportunity(List.of(person), true);
    w.quote(deal, List.of(person), Optional.of(person));
    TenantStore acme = w.acme;
    Clock clock = w.clock;
    String email = person.email();
    var contactId = person.contact().id();

    // readme:begin
    Subject ada = new Subject(acme.tenantId(), contactId, Set.of(email), Set.of());
    SalesSubjectData sales = new SalesSubjectData(clock);
    List<SubjectRecord> export = sales.collect(acme, ada);     // her lead, the deal she is a contact role on, its quote
    ErasurePolicy policy = ErasurePolicy.builder().keep("quote", "tax law: quotes are kept with the invoices").build();
    List<ErasureAction> done = acme.transactions().inTransaction(() -> sales.erase(acme, ada, policy));
    // readme:end

    assertThat(export).extracting(SubjectRecord::entityType).containsExactly("lead", "opportunity", "quote");
    assertThat(done).extracting(ErasureAction::entityType, ErasureAction::treatment).containsExactly(
        org.assertj.core.groups.Tuple.tuple("lead", Treatment.ANONYMISE),
        org.assertj.core.groups.Tuple.tuple("opportunity", Treatment.ANONYMISE),
        org.assertj.core.groups.Tuple.tuple("quote", Treatment.KEEP));
    assertThat(acme.repository(Lead.TYPE).get(lead.id()).email()).isEmpty();
    Snippets.assertReadmeShows("src/test/java/io/crmkit/sales/privacy/SalesPrivacyReadmeSnippetTest.java");
  }
}
