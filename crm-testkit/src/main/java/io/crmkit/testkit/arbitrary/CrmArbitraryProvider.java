package io.crmkit.testkit.arbitrary;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.audit.AuditEntry;
import io.crmkit.core.audit.AuditEntryId;
import io.crmkit.core.audit.FieldChange;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.consent.ConsentEventId;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.event.RecordChanged;
import io.crmkit.core.field.CustomFieldSchema;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldDefinition;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.money.ExchangeRate;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.PostalAddress;
import io.crmkit.core.party.RelationshipId;
import io.crmkit.core.query.PageRequest;
import io.crmkit.core.statemachine.Effect;
import io.crmkit.core.statemachine.StateChange;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets {@code @ForAll} parameters of crm-core types work without a provider method, e.g.
 * {@code @Property void p(@ForAll Contact c, @ForAll Money m)}. Registered through
 * {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}; it covers the crmkit types only (for
 * JDK types such as {@code ZoneId} or {@code Currency} use {@link CrmDomain} or {@link CrmArbitraries}).
 */
public final class CrmArbitraryProvider implements ArbitraryProvider {
  private static final Map<Class<?>, Supplier<Arbitrary<?>>> BY_TYPE = byType();

  private static Map<Class<?>, Supplier<Arbitrary<?>>> byType() {
    Map<Class<?>, Supplier<Arbitrary<?>>> m = new LinkedHashMap<>();
    m.put(TenantId.class, CrmArbitraries::tenantIds);
    m.put(Owner.class, CrmArbitraries::owners);
    m.put(RecordRef.class, CrmArbitraries::recordRefs);
    m.put(Money.class, CrmArbitraries::money);
    m.put(ExchangeRate.class, CrmArbitraries::exchangeRates);
    m.put(PersonName.class, CrmArbitraries::personNames);
    m.put(PostalAddress.class, CrmArbitraries::postalAddresses);
    m.put(ContactPoint.class, CrmArbitraries::contactPoints);
    m.put(Contact.class, CrmArbitraries::contacts);
    m.put(ContactId.class, CrmArbitraries::contactIds);
    m.put(Account.class, CrmArbitraries::accounts);
    m.put(AccountId.class, CrmArbitraries::accountIds);
    m.put(PartyRelationship.class, CrmArbitraries::partyRelationships);
    m.put(RelationshipId.class, CrmArbitraries::relationshipIds);
    m.put(FieldDefinition.class, CrmArbitraries::fieldDefinitions);
    m.put(FieldValue.class, CrmArbitraries::fieldValues);
    m.put(CustomFieldSchema.class, CrmArbitraries::customFieldSchemas);
    m.put(CustomFields.class, CrmArbitraries::customFields);
    m.put(Activity.class, CrmArbitraries::activities);
    m.put(ActivityId.class, CrmArbitraries::activityIds);
    m.put(Purpose.class, CrmArbitraries::purposes);
    m.put(ConsentEvent.class, CrmArbitraries::consentEvents);
    m.put(ConsentEventId.class, CrmArbitraries::consentEventIds);
    m.put(AuditEntry.class, CrmArbitraries::auditEntries);
    m.put(AuditEntryId.class, () -> CrmArbitraries.ids(AuditEntryId::new));
    m.put(FieldChange.class, CrmArbitraries::fieldChanges);
    m.put(RecordChanged.class, CrmArbitraries::recordChangedEvents);
    m.put(Effect.class, CrmArbitraries::effects);
    m.put(StateChange.class, CrmArbitraries::stateChanges);
    m.put(PageRequest.class, CrmArbitraries::pageRequests);
    return Map.copyOf(m);
  }

  /** The crm-core types this provider serves. */
  public static Set<Class<?>> providedTypes() {
    return BY_TYPE.keySet();
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return BY_TYPE.containsKey(targetType.getRawType());
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    Supplier<Arbitrary<?>> s = BY_TYPE.get(targetType.getRawType());
    return s == null ? Set.of() : Set.of(s.get());
  }
}
