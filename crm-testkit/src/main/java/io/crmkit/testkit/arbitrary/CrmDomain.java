package io.crmkit.testkit.arbitrary;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.field.CustomFieldSchema;
import io.crmkit.core.field.FieldDefinition;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.PostalAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The crmkit domain as one jqwik domain context: with {@code @Domain(CrmDomain.class)} on a property or
 * class, {@code @ForAll} parameters of the CRM types and of {@link ZoneId}, {@link Instant},
 * {@link LocalDate} and {@link Currency} draw from {@link CrmArbitraries} (instants 2000–2040 in
 * microseconds, tricky zones, every currency).
 *
 * <p>{@code @Property @Domain(CrmDomain.class) void p(@ForAll Contact c, @ForAll ZoneId zone)}; add
 * {@code @Domain(DomainContext.Global.class)} as well when the same property needs jqwik's own defaults
 * (strings, integers, ...).
 */
public class CrmDomain extends DomainContextBase {
  @Provide
  Arbitrary<TenantId> tenantIds() {
    return CrmArbitraries.tenantIds();
  }

  @Provide
  Arbitrary<Owner> owners() {
    return CrmArbitraries.owners();
  }

  @Provide
  Arbitrary<RecordRef> recordRefs() {
    return CrmArbitraries.recordRefs();
  }

  @Provide
  Arbitrary<ZoneId> zoneIds() {
    return CrmArbitraries.zoneIds();
  }

  @Provide
  Arbitrary<Instant> instants() {
    return CrmArbitraries.instants();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return CrmArbitraries.dates();
  }

  @Provide
  Arbitrary<Currency> currencies() {
    return CrmArbitraries.currencies();
  }

  @Provide
  Arbitrary<Money> money() {
    return CrmArbitraries.money();
  }

  @Provide
  Arbitrary<PersonName> personNames() {
    return CrmArbitraries.personNames();
  }

  @Provide
  Arbitrary<PostalAddress> postalAddresses() {
    return CrmArbitraries.postalAddresses();
  }

  @Provide
  Arbitrary<ContactPoint> contactPoints() {
    return CrmArbitraries.contactPoints();
  }

  @Provide
  Arbitrary<Contact> contacts() {
    return CrmArbitraries.contacts();
  }

  @Provide
  Arbitrary<Account> accounts() {
    return CrmArbitraries.accounts();
  }

  @Provide
  Arbitrary<PartyRelationship> partyRelationships() {
    return CrmArbitraries.partyRelationships();
  }

  @Provide
  Arbitrary<FieldDefinition> fieldDefinitions() {
    return CrmArbitraries.fieldDefinitions();
  }

  @Provide
  Arbitrary<CustomFieldSchema> customFieldSchemas() {
    return CrmArbitraries.customFieldSchemas();
  }

  @Provide
  Arbitrary<Activity> activities() {
    return CrmArbitraries.activities();
  }

  @Provide
  Arbitrary<ConsentEvent> consentEvents() {
    return CrmArbitraries.consentEvents();
  }
}
