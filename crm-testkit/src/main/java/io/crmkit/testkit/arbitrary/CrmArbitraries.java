package io.crmkit.testkit.arbitrary;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.audit.AuditEntry;
import io.crmkit.core.audit.AuditEntryId;
import io.crmkit.core.audit.FieldChange;
import io.crmkit.core.consent.ConsentEventId;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.event.ChangeKind;
import io.crmkit.core.event.RecordChanged;
import io.crmkit.core.field.CustomFieldSchema;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldDefinition;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.money.ExchangeRate;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.PostalAddress;
import io.crmkit.core.party.RelationshipId;
import io.crmkit.core.query.PageRequest;
import io.crmkit.core.query.Sort;
import io.crmkit.core.statemachine.Effect;
import io.crmkit.core.statemachine.StateChange;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.FieldBinding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the public value and aggregate types of crm-core. Every value is made through the
 * real constructors and factories, so it is valid by construction; values are varied on purpose: names and
 * texts in many scripts (accents, combining marks, Cyrillic, Greek, Arabic, Hebrew, CJK, Hangul, emoji and
 * other supplementary characters), hundreds of time zones, every ISO currency, phone numbers of every
 * region libphonenumber knows, and the edge cases (empty optionals and lists, single and many elements,
 * 1- and 128-character ids).
 *
 * <pre>{@code
 * @Property
 * void contactsSurviveTheStore(@ForAll("contacts") Contact c) { ... }
 *
 * @Provide
 * Arbitrary<Contact> contacts() {
 *   return CrmArbitraries.contacts().inTenant(TenantId.of("acme"));
 * }
 * }</pre>
 *
 * <p>The aggregate arbitraries ({@link #contacts()}, {@link #accounts()}, ...) are fluent and immutable:
 * each configuring method returns a new arbitrary. With the testkit on the test class path,
 * {@code @ForAll Contact c} works without a provider method; see also {@link CrmDomain}.
 */
public final class CrmArbitraries {
  private CrmArbitraries() {}

  // ---- kernel -------------------------------------------------------------------------------------------

  /** Tenant ids: short names, generated ASCII texts, and the 1- and 64-character extremes. */
  public static Arbitrary<TenantId> tenantIds() {
    return Records.tenantIds();
  }

  /** Typed ids from {@code factory} (e.g. {@code ContactId::new}): UUIDs, short and Unicode texts. */
  public static <I extends EntityId> Arbitrary<I> ids(Function<String, I> factory) {
    return Texts.idTexts().map(factory);
  }

  /** Id texts as {@link #ids} wraps them: 1 to 128 characters, no control characters. */
  public static Arbitrary<String> idTexts() {
    return Texts.idTexts();
  }

  /** Users and teams, by the host's ids. */
  public static Arbitrary<Owner> owners() {
    return Records.owners();
  }

  /** References to records of crmkit entity types and of generated ones. */
  public static Arbitrary<RecordRef> recordRefs() {
    return Records.recordRefs();
  }

  /** References to records of entity type {@code typeName}, e.g. {@code recordRefs("contact")}. */
  public static Arbitrary<RecordRef> recordRefs(String typeName) {
    new RecordRef(typeName, "x"); // fails fast on a type name RecordRef would reject
    return Records.recordRefs(typeName);
  }

  // ---- time and money -----------------------------------------------------------------------------------

  /**
   * IANA zones: every region zone of the JDK, weighted towards tricky ones (half- and quarter-hour offsets,
   * 30-minute DST, +14 and -11, UTC).
   */
  public static Arbitrary<ZoneId> zoneIds() {
    return Times.zoneIds();
  }

  /** Instants in 2000 to 2040 at microsecond precision; configure with {@link InstantArbitrary#between}. */
  public static InstantArbitrary instants() {
    return new InstantArbitrary();
  }

  /** Dates from 1900 to 2100, leap days among the edge cases. */
  public static Arbitrary<LocalDate> dates() {
    return Times.dates();
  }

  /** Every ISO 4217 currency of the JDK, weighted towards common ones and odd fraction digits. */
  public static Arbitrary<Currency> currencies() {
    return Currencies.currencies();
  }

  /** Amounts of money; configure with {@link MoneyArbitrary#inCurrency}, {@code nonNegative()}, {@code rounded()}. */
  public static MoneyArbitrary money() {
    return new MoneyArbitrary();
  }

  /** Dated exchange rates between two currencies (1 for a currency to itself). */
  public static Arbitrary<ExchangeRate> exchangeRates() {
    return Combinators.combine(
            currencies(),
            currencies(),
            Combinators.combine(Arbitraries.longs().between(1, 10_000_000_000L), Arbitraries.integers().between(0, 10))
                .as((u, s) -> BigDecimal.valueOf(u, s)),
            Times.dates())
        .as((from, to, rate, day) -> new ExchangeRate(from, to, from.equals(to) ? BigDecimal.ONE : rate, day));
  }

  // ---- parties ------------------------------------------------------------------------------------------

  /** Person names in many scripts; given-only and family-only names among them. */
  public static Arbitrary<PersonName> personNames() {
    return Parties.personNames();
  }

  /** Postal addresses of every ISO country, 1 to 3 lines, with and without region and postcode. */
  public static Arbitrary<PostalAddress> postalAddresses() {
    return Parties.postalAddresses();
  }

  /** E-mail addresses that {@link ContactPoint#email} accepts (mixed case, Unicode and IDN parts). */
  public static Arbitrary<String> emailAddresses() {
    return Parties.emailAddresses();
  }

  /** E-mail contact points, typed with stray case and surrounding spaces. */
  public static Arbitrary<ContactPoint> emails() {
    return Parties.emails();
  }

  /** Phone numbers in E.164 that libphonenumber deems valid, from every region it supports. */
  public static Arbitrary<String> phoneNumbers() {
    return Phones.e164();
  }

  /** Phone contact points, typed in E.164, international or national form (with the region). */
  public static Arbitrary<ContactPoint> phones() {
    return Parties.phones();
  }

  /** Contact points of every kind, some primary, some verified. */
  public static Arbitrary<ContactPoint> contactPoints() {
    return Parties.contactPoints();
  }

  /** Contact-point lists a party may hold: 0 to {@code max}, no channel twice, at most one primary per kind. */
  public static Arbitrary<List<ContactPoint>> contactPointLists(int max) {
    return Parties.contactPointLists(max);
  }

  /** New contacts; see {@link ContactArbitrary}. */
  public static ContactArbitrary contacts() {
    return new ContactArbitrary();
  }

  /** New accounts; see {@link AccountArbitrary}. */
  public static AccountArbitrary accounts() {
    return new AccountArbitrary();
  }

  /** New party relationships; see {@link PartyRelationshipArbitrary}. */
  public static PartyRelationshipArbitrary partyRelationships() {
    return new PartyRelationshipArbitrary();
  }

  /** ContactIds, as {@link #ids} makes them. */
  public static Arbitrary<ContactId> contactIds() {
    return ids(ContactId::new);
  }

  /** AccountIds, as {@link #ids} makes them. */
  public static Arbitrary<AccountId> accountIds() {
    return ids(AccountId::new);
  }

  /** RelationshipIds, as {@link #ids} makes them. */
  public static Arbitrary<RelationshipId> relationshipIds() {
    return ids(RelationshipId::new);
  }

  // ---- custom fields ------------------------------------------------------------------------------------

  /** Field definitions of every type, with picklist values, bounds and maximum lengths. */
  public static Arbitrary<FieldDefinition> fieldDefinitions() {
    return Fields.definitions();
  }

  /** Custom-field schemas; see {@link CustomFieldSchemaArbitrary}. */
  public static CustomFieldSchemaArbitrary customFieldSchemas() {
    return new CustomFieldSchemaArbitrary();
  }

  /**
   * Values that {@code schema.validate} accepts: every required field, optional ones in about two of three
   * samples, each within its picklist, bounds and length.
   */
  public static Arbitrary<CustomFields> customFields(CustomFieldSchema schema) {
    return Fields.customFields(schema);
  }

  /** Values a record may carry, for a random small set of keys and types (not checked against a schema). */
  public static Arbitrary<CustomFields> customFields() {
    return Fields.anyCustomFields();
  }

  /** Values that {@code definition} accepts. */
  public static Arbitrary<FieldValue> fieldValues(FieldDefinition definition) {
    return Fields.values(definition);
  }

  /** Field values of every type. */
  public static Arbitrary<FieldValue> fieldValues() {
    return Fields.anyValues();
  }

  // ---- activities, consent, audit, events ---------------------------------------------------------------

  /** New activities; see {@link ActivityArbitrary}. */
  public static ActivityArbitrary activities() {
    return new ActivityArbitrary();
  }

  /** ActivityIds, as {@link #ids} makes them. */
  public static Arbitrary<ActivityId> activityIds() {
    return ids(ActivityId::new);
  }

  /** Purposes: the well-known ones, generated slugs, and {@link Purpose#ALL} now and then. */
  public static Arbitrary<Purpose> purposes() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of(Purpose.MARKETING, Purpose.NEWSLETTER, Purpose.SERVICE)),
        net.jqwik.api.Tuple.of(
            2,
            Texts.lowerNames(20)
                .map(n -> n.replace('_', '-').replaceAll("-+", "-").replaceAll("-$", ""))
                .map(Purpose::of)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Purpose.ALL)));
  }

  /** New consent ledger entries; see {@link ConsentEventArbitrary}. */
  public static ConsentEventArbitrary consentEvents() {
    return new ConsentEventArbitrary();
  }

  /** ConsentEventIds, as {@link #ids} makes them. */
  public static Arbitrary<ConsentEventId> consentEventIds() {
    return ids(ConsentEventId::new);
  }

  /** Field changes: set, cleared or changed values (before and after always differ). */
  public static Arbitrary<FieldChange> fieldChanges() {
    Arbitrary<String> paths =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(2, Arbitraries.of("name.given", "name.family", "email", "owner", "custom.tier", "contactPoints[0].value")),
            net.jqwik.api.Tuple.of(1, Texts.lowerNames(40)));
    return Combinators.combine(paths, Texts.phrases(3).optional(0.8), Texts.phrases(3).optional(0.8))
        .as(
            (field, before, after) -> {
              Optional<String> a = after;
              if (before.equals(after)) {
                a = before.isPresent() ? Optional.of(before.get() + " (2)") : Optional.of("set");
              }
              return new FieldChange(field, before, a);
            });
  }

  /** New audit entries (version 0) with 0 to 5 changes to distinct fields. */
  public static Arbitrary<AuditEntry> auditEntries() {
    return Combinators.combine(
            ids(AuditEntryId::new),
            tenantIds(),
            recordRefs(),
            Arbitraries.of(ChangeKind.class),
            actors(),
            Times.instants(),
            fieldChanges().list().ofMaxSize(5))
        .as(
            (id, tenant, record, kind, actor, at, changes) -> {
              Map<String, FieldChange> byField = new LinkedHashMap<>();
              changes.forEach(c -> byField.putIfAbsent(c.field(), c));
              return AuditEntry.of(id, tenant, record, kind, actor, at, new ArrayList<>(byField.values()));
            });
  }

  /** Record-changed events with 0 to 3 related records (never the changed record itself). */
  public static Arbitrary<RecordChanged> recordChangedEvents() {
    return Combinators.combine(
            tenantIds(), recordRefs(), Arbitraries.of(ChangeKind.class), recordRefs().set().ofMaxSize(3), actors(), Times.instants())
        .as(
            (tenant, record, kind, related, actor, at) -> {
              Set<RecordRef> others = new java.util.HashSet<>(related);
              others.remove(record);
              return new RecordChanged(tenant, record, kind, others, actor, at);
            });
  }

  private static Arbitrary<String> actors() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just("system")),
        net.jqwik.api.Tuple.of(3, Records.owners().map(Owner::toString)));
  }

  // ---- state machines -----------------------------------------------------------------------------------

  /** Effects: lower snake-case names with 0 to 3 parameters. */
  public static Arbitrary<Effect> effects() {
    return Combinators.combine(Texts.lowerNames(30), Arbitraries.maps(Texts.lowerNames(10), Texts.words()).ofMaxSize(3))
        .as(Effect::new);
  }

  /** State changes: starts and transitions between lower snake-case states. */
  public static Arbitrary<StateChange> stateChanges() {
    return Combinators.combine(Texts.lowerNames(20).optional(0.8), Texts.lowerNames(20), Texts.lowerNames(20), Times.instants())
        .as((from, to, event, at) -> new StateChange(from, to, from.isEmpty() ? StateChange.START : event, at));
  }

  // ---- queries ------------------------------------------------------------------------------------------

  /** Criteria over the fields of {@code type}; see {@link CriteriaArbitrary}. */
  public static <T extends Aggregate<I>, I extends EntityId> CriteriaArbitrary<T> criteria(EntityType<T, I> type) {
    return new CriteriaArbitrary<>(type);
  }

  /** Sort orders over 0 to 3 distinct single-valued fields of {@code type}, each either direction. */
  public static Arbitrary<Sort> sorts(EntityType<?, ?> type) {
    List<FieldBinding<?>> single = new ArrayList<>();
    type.fields().values().stream().filter(b -> !b.isMulti()).forEach(single::add);
    return Arbitraries.of(single)
        .list()
        .ofMaxSize(Math.min(3, single.size()))
        .uniqueElements(FieldBinding::name)
        .flatMap(
            bs ->
                Arbitraries.of(false, true)
                    .list()
                    .ofSize(bs.size())
                    .map(
                        desc -> {
                          List<Sort.Key> keys = new ArrayList<>();
                          for (int i = 0; i < bs.size(); i++) {
                            keys.add(new Sort.Key(bs.get(i).ref(), desc.get(i)));
                          }
                          return new Sort(keys);
                        }));
  }

  /** Page requests: sizes 1 to {@link PageRequest#MAX_SIZE} (small ones likelier), first pages and cursors. */
  public static Arbitrary<PageRequest> pageRequests() {
    return Combinators.combine(
            Arbitraries.integers().between(1, PageRequest.MAX_SIZE),
            Texts.idTexts().optional(0.5))
        .as(PageRequest::new);
  }
}
