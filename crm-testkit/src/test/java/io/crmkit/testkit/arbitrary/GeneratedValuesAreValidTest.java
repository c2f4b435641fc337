package io.crmkit.testkit.arbitrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.field.CustomFieldSchema;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Sort;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Every generated value survives its own validating constructor")
class GeneratedValuesAreValidTest {
  private static final int SAMPLES = 1000;

  private static <T> List<T> sample(Arbitrary<T> arbitrary, int n) {
    return arbitrary.sampleStream().limit(n).toList();
  }

  /** Rebuilding each sample through its canonical constructor neither throws nor changes it. */
  private static <R extends Record> void rebuildsUnchanged(Arbitrary<R> arbitrary) {
    for (R r : sample(arbitrary, SAMPLES)) {
      assertThat(Rebuild.record(r)).as("rebuilt %s", r).isEqualTo(r);
    }
  }

  @Test
  void kernelValues() {
    rebuildsUnchanged(CrmArbitraries.tenantIds());
    rebuildsUnchanged(CrmArbitraries.owners());
    rebuildsUnchanged(CrmArbitraries.recordRefs());
    rebuildsUnchanged(CrmArbitraries.contactIds());
    for (RecordRef r : sample(CrmArbitraries.recordRefs(), SAMPLES)) {
      assertThat(RecordRef.parse(r.toString())).isEqualTo(r);
    }
  }

  @Test
  void moneyAndTime() {
    rebuildsUnchanged(CrmArbitraries.money());
    rebuildsUnchanged(CrmArbitraries.exchangeRates());
    for (ZoneId z : sample(CrmArbitraries.zoneIds(), SAMPLES)) {
      assertThat(ZoneId.of(z.getId())).isEqualTo(z);
    }
  }

  @Test
  void partyValues() {
    rebuildsUnchanged(CrmArbitraries.personNames());
    rebuildsUnchanged(CrmArbitraries.postalAddresses());
    rebuildsUnchanged(CrmArbitraries.contactPoints());
    rebuildsUnchanged(CrmArbitraries.partyRelationships());
  }

  @Test
  void contactsAndAccounts() {
    for (Contact c : sample(CrmArbitraries.contacts(), SAMPLES)) {
      assertThat(Rebuild.record(c)).isEqualTo(c);
      assertThat(c.toBuilder().build()).isEqualTo(c);
      assertThat(c.version()).isZero();
    }
    for (Account a : sample(CrmArbitraries.accounts(), SAMPLES)) {
      assertThat(Rebuild.record(a)).isEqualTo(a);
      a.domain().ifPresent(d -> assertThat(Account.normalizeDomain(d)).isEqualTo(d));
    }
  }

  @Test
  @DisplayName("phone numbers are E.164 and valid for libphonenumber, whichever form they were typed in")
  void phones() {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    for (ContactPoint p : sample(CrmArbitraries.phones(), SAMPLES)) {
      assertThat(p.normalized()).matches("\\+[1-9][0-9]{1,14}");
      assertThatCode(() -> assertThat(util.isValidNumber(util.parse(p.normalized(), "ZZ"))).isTrue()).doesNotThrowAnyException();
      assertThat(Rebuild.record(p)).isEqualTo(p);
    }
    for (String e164 : sample(CrmArbitraries.phoneNumbers(), 200)) {
      assertThat(ContactPoint.phone(e164, "ZZ", ContactPoint.Purpose.WORK).normalized()).isEqualTo(e164);
    }
  }

  @Test
  void emailsNormaliseToWhatTheyHold() {
    for (ContactPoint p : sample(CrmArbitraries.emails(), SAMPLES)) {
      assertThat(ContactPoint.email(p.raw(), p.purpose()).normalized()).isEqualTo(p.normalized());
      assertThat(p.normalized()).isEqualTo(p.normalized().strip());
    }
  }

  @Test
  void customFields() {
    rebuildsUnchanged(CrmArbitraries.fieldDefinitions());
    rebuildsUnchanged(CrmArbitraries.customFieldSchemas());
    for (CustomFieldSchema schema : sample(CrmArbitraries.customFieldSchemas(), 200)) {
      for (var values : sample(CrmArbitraries.customFields(schema), 5)) {
        assertThat(schema.problems(values)).as("values %s for %s", values, schema).isEmpty();
      }
    }
  }

  @Test
  void activitiesConsentAuditEvents() {
    rebuildsUnchanged(CrmArbitraries.activities());
    rebuildsUnchanged(CrmArbitraries.consentEvents());
    rebuildsUnchanged(CrmArbitraries.auditEntries());
    rebuildsUnchanged(CrmArbitraries.fieldChanges());
    rebuildsUnchanged(CrmArbitraries.recordChangedEvents());
    rebuildsUnchanged(CrmArbitraries.effects());
    rebuildsUnchanged(CrmArbitraries.stateChanges());
    rebuildsUnchanged(CrmArbitraries.pageRequests());
    rebuildsUnchanged(CrmArbitraries.purposes());
  }

  @Test
  @DisplayName("criteria and sorts name only fields of their entity type and evaluate on its records")
  void criteriaAndSorts() {
    List<Contact> contacts = sample(CrmArbitraries.contacts().inTenant(TenantId.of("acme")), 50);
    List<Criteria> criteria = sample(CrmArbitraries.criteria(Contact.TYPE).withValuesFrom(contacts), SAMPLES);
    long matchingSome = 0;
    for (Criteria c : criteria) {
      var matcher = Contact.TYPE.matcher(c);
      if (contacts.stream().anyMatch(matcher)) {
        matchingSome++;
      }
    }
    assertThat(matchingSome).as("criteria drawn from the records match some of them").isGreaterThan(SAMPLES / 10);
    Stream.of(Contact.TYPE, Account.TYPE)
        .forEach(type -> sample(CrmArbitraries.sorts(type), 200).forEach((Consumer<Sort>) type::validate));
  }
}
