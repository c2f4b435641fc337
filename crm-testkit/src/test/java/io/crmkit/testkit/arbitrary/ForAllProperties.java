package io.crmkit.testkit.arbitrary;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.audit.AuditEntry;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.field.CustomFieldSchema;
import io.crmkit.core.field.FieldDefinition;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.PostalAddress;
import io.crmkit.core.query.PageRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/** {@code @ForAll} works for the crm-core types through the registered provider and through {@link CrmDomain}. */
class ForAllProperties {

  @Property(tries = 200)
  void contactsComeFromTheRegisteredProvider(@ForAll Contact contact) {
    assertThat(Rebuild.record(contact)).isEqualTo(contact);
    Statistics.label("account").collect(contact.account().isPresent());
    Statistics.label("contact points").collect(contact.contactPoints().isEmpty() ? "none" : contact.contactPoints().size() == 1 ? "one" : "several");
    Statistics.label("account").coverage(c -> {
      c.check(true).percentage(p -> p > 30);
      c.check(false).percentage(p -> p > 20);
    });
    Statistics.label("contact points").coverage(c -> {
      c.check("none").count(n -> n > 0);
      c.check("one").count(n -> n > 0);
      c.check("several").percentage(p -> p > 30);
    });
  }

  @Property(tries = 50)
  void everyProvidedTypeResolves(
      @ForAll TenantId tenant, @ForAll Owner owner, @ForAll RecordRef ref, @ForAll Money money, @ForAll PersonName name,
      @ForAll PostalAddress address, @ForAll ContactPoint point, @ForAll Account account, @ForAll PartyRelationship relationship,
      @ForAll FieldDefinition definition, @ForAll FieldValue value, @ForAll CustomFieldSchema schema, @ForAll Activity activity,
      @ForAll Purpose purpose, @ForAll ConsentEvent consent, @ForAll AuditEntry audit, @ForAll PageRequest page) {
    for (Record r : new Record[] {tenant, owner, ref, money, name, address, point, account, relationship, definition, schema, activity, purpose, consent, audit, page}) {
      assertThat(Rebuild.record(r)).isEqualTo(r);
    }
    assertThat(value.type()).isNotNull();
  }

  @Property(tries = 100)
  @Domain(CrmDomain.class)
  void theDomainAddsZonesInstantsAndCurrencies(@ForAll ZoneId zone, @ForAll Instant at, @ForAll Currency currency, @ForAll Contact contact) {
    assertThat(at).isBetween(InstantArbitrary.DEFAULT_MIN, InstantArbitrary.DEFAULT_MAX);
    assertThat(at.getNano() % 1000).isZero();
    assertThat(ZoneId.of(zone.getId())).isEqualTo(zone);
    assertThat(Money.zero(currency).currency()).isEqualTo(currency);
    Statistics.label("half-hour zone").collect(zone.getRules().getStandardOffset(at).getTotalSeconds() % 3600 != 0);
    Statistics.label("half-hour zone").coverage(c -> c.check(true).count(n -> n > 0));
    assertThat(contact.version()).isZero();
  }

  @Property(tries = 20)
  @Domain(CrmDomain.class)
  @Domain(DomainContext.Global.class)
  void theDomainCombinesWithJqwikDefaults(@ForAll Contact contact, @ForAll @IntRange(min = 1, max = 9) int level) {
    assertThat(contact.withJobTitle("Level " + level).jobTitle()).contains("Level " + level);
  }
}
