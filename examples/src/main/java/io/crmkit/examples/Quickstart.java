package io.crmkit.examples;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentDecision;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.core.view.CustomerViewText;
import io.crmkit.core.view.CustomerViews;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The thirty-second example of the root README, as a program: a contact stored on the in-memory store, found
 * by its normalised e-mail, a consent grant and decision, and the single customer view.
 *
 * <p>Run it with {@code java -cp examples/target/crm.jar io.crmkit.examples.Quickstart}. The block between the
 * markers is the README's snippet, word for word; a test keeps the two equal.
 */
public final class Quickstart {
  private Quickstart() {}

  public static void main(String[] args) {
    run(Clock.systemUTC());
  }

  /** Runs the quickstart on {@code clock}. */
  static void run(Clock clock) {
    // quickstart:begin
    IdGenerator ids = IdGenerator.uuidV7(clock);
    CrmStore store = InMemoryStore.create();
    TenantStore acme = store.forTenant(TenantId.of("acme"));

    Repository<Contact, ContactId> contacts = acme.repository(Contact.TYPE);
    Contact ada = contacts.insert(Contact.builder(ids.next(ContactId::new), acme.tenantId())
        .name(PersonName.of("Ada", "Lovelace"))
        .owner(Owner.user("u-1"))
        .contactPoint(ContactPoint.email("Ada@Example.com", ContactPoint.Purpose.WORK).asPrimary())
        .timestamps(clock)
        .build());

    // e-mails are stored normalised; this lookup is answered from the store's e-mail index
    List<Contact> found = contacts.query(Criteria.eq(ContactFields.EMAIL, "ada@example.com"));

    ConsentLedger consent = ConsentLedger.of(acme, clock);
    consent.grant(ada.ref(), Channel.EMAIL, Purpose.NEWSLETTER, LegalBasis.CONSENT, "web-form", false, Optional.empty());
    ConsentDecision mayEmail = consent.decide(ada.ref(), Channel.EMAIL, Purpose.NEWSLETTER, clock.instant());

    CustomerViews views = CustomerViews.builder(store).clock(clock).build();
    System.out.println(found.size() + " found; may e-mail: " + mayEmail.allowed());
    System.out.println(CustomerViewText.render(views.view(acme.tenantId(), ada.ref()), ZoneOffset.UTC));
    // quickstart:end
  }
}
