package io.crmkit.core.access;

import io.crmkit.core.Aggregate;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.audit.AuditEntry;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.store.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The registry of {@link FieldRedactor}s a {@link SecuredStore} redacts with, by entity type. {@link #core()}
 * holds crm-core's types; modules and hosts add theirs with {@link #with}. A type whose principal has hidden
 * fields but no redactor here is refused by the secured store, never shown unredacted.
 *
 * <pre>{@code
 * FieldRedactors redactors = FieldRedactors.core().with(Lead.TYPE, leadRedactor);
 * SecuredStore secured = SecuredStore.of(store, policy, clock, redactors);
 * }</pre>
 *
 * <p>Names crm-core's redactors remove — contacts: {@code jobTitle}, {@code accountId}, {@code email},
 * {@code phone}, {@code address} (postal contact points), {@code web}, {@code social}, {@code externalId},
 * {@code custom.<key>}; accounts: {@code domain}, {@code industry}, {@code email}, {@code phone},
 * {@code address}, {@code web}, {@code social}, {@code externalId}, {@code custom.<key>}; activities:
 * {@code body}, {@code endsAt}, {@code dueAt}, {@code remindAt}, {@code direction}. Required fields (names,
 * owners, timestamps, links) cannot be removed: a policy that hides them makes the type unreadable.
 *
 * <p>The registry also knows entity types by name, so that the audit entries about a record can be redacted
 * by the field access of the audited type: {@link #declare} a type that needs no redactor.
 */
public final class FieldRedactors {
  /** The names of the contact-point fields of contacts and accounts; declared before CORE, which reads it. */
  private static final Map<String, ContactPoint.Kind> CONTACT_POINT_FIELDS = Map.of(
      "email", ContactPoint.Kind.EMAIL,
      "phone", ContactPoint.Kind.PHONE,
      "address", ContactPoint.Kind.POSTAL,
      "web", ContactPoint.Kind.WEB,
      "social", ContactPoint.Kind.SOCIAL);

  private static final FieldRedactors CORE = none()
      .with(Contact.TYPE, contacts())
      .with(Account.TYPE, accounts())
      .with(Activity.TYPE, activities())
      .declare(PartyRelationship.TYPE)
      .declare(ConsentEvent.TYPE)
      .declare(AuditEntry.TYPE);

  private final Map<String, Entry<?>> entries;

  private record Entry<T extends Aggregate<?>>(EntityType<T, ?> type, Optional<FieldRedactor<T>> redactor) {}

  private FieldRedactors(Map<String, Entry<?>> entries) {
    this.entries = Map.copyOf(entries);
  }

  /** No redactor and no known type. */
  public static FieldRedactors none() {
    return new FieldRedactors(Map.of());
  }

  /** crm-core's redactors for {@link Contact}, {@link Account} and {@link Activity}; relationships, consent events and audit entries declared. */
  public static FieldRedactors core() {
    return CORE;
  }

  /** This registry with {@code redactor} for {@code type} (replacing an earlier one). */
  public <T extends Aggregate<?>> FieldRedactors with(EntityType<T, ?> type, FieldRedactor<T> redactor) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(redactor, "redactor");
    Map<String, Entry<?>> copy = new HashMap<>(entries);
    copy.put(type.name(), new Entry<>(type, Optional.of(redactor)));
    return new FieldRedactors(copy);
  }

  /** This registry knowing {@code type} without a redactor (keeping a redactor registered before). */
  public FieldRedactors declare(EntityType<?, ?> type) {
    Objects.requireNonNull(type, "type");
    if (entries.containsKey(type.name())) {
      return this;
    }
    Map<String, Entry<?>> copy = new HashMap<>(entries);
    copy.put(type.name(), entry(type));
    return new FieldRedactors(copy);
  }

  private static <T extends Aggregate<?>> Entry<T> entry(EntityType<T, ?> type) {
    return new Entry<>(type, Optional.empty());
  }

  /** The redactor registered for {@code type}, if any. */
  public <T extends Aggregate<?>> Optional<FieldRedactor<T>> forType(EntityType<T, ?> type) {
    Entry<?> e = entries.get(type.name());
    if (e == null || !e.type().javaType().equals(type.javaType())) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    Optional<FieldRedactor<T>> r = ((Entry<T>) e).redactor();
    return r;
  }

  /** The type registered or declared under {@code name}. */
  public Optional<EntityType<?, ?>> type(String name) {
    return Optional.ofNullable(entries.get(name)).map(Entry::type);
  }

  private static FieldRedactor<Contact> contacts() {
    FieldRedactor.Builder<Contact> b = FieldRedactor.<Contact>builder()
        .field("jobTitle", Contact::withoutJobTitle, (to, from) -> from.jobTitle().map(to::withJobTitle).orElseGet(to::withoutJobTitle))
        .field("accountId", Contact::withoutAccount, (to, from) -> from.account().map(to::withAccount).orElseGet(to::withoutAccount));
    partyFields(b, new PartyParts<>(Contact::contactPoints, Contact::withContactPoints, Contact::externalIds,
        (c, ids) -> c.toBuilder().externalIds(ids).build(), Contact::customFields, Contact::withCustomFields));
    return b.build();
  }

  private static FieldRedactor<Account> accounts() {
    FieldRedactor.Builder<Account> b = FieldRedactor.<Account>builder()
        .field("domain", Account::withoutDomain, (to, from) -> from.domain().map(to::withDomain).orElseGet(to::withoutDomain))
        .field("industry", Account::withoutIndustry, (to, from) -> from.industry().map(to::withIndustry).orElseGet(to::withoutIndustry));
    partyFields(b, new PartyParts<>(Account::contactPoints, Account::withContactPoints, Account::externalIds,
        (a, ids) -> a.toBuilder().externalIds(ids).build(), Account::customFields, Account::withCustomFields));
    return b.build();
  }

  /** How to read and replace the parts contacts and accounts share. */
  private record PartyParts<T>(
      Function<T, List<ContactPoint>> points,
      BiFunction<T, List<ContactPoint>, T> withPoints,
      Function<T, Map<String, String>> externalIds,
      BiFunction<T, Map<String, String>, T> withExternalIds,
      Function<T, CustomFields> customFields,
      BiFunction<T, CustomFields, T> withCustomFields) {}

  /** The contact-point fields, {@code externalId} and {@code custom.<key>} of a party type. */
  private static <T> void partyFields(FieldRedactor.Builder<T> b, PartyParts<T> p) {
    b.field("externalId", r -> p.withExternalIds().apply(r, Map.of()), (to, from) -> p.withExternalIds().apply(to, p.externalIds().apply(from)))
        .customFields((r, key) -> p.withCustomFields().apply(r, p.customFields().apply(r).without(key)),
            (to, from, key) -> p.withCustomFields().apply(to, copyCustom(p.customFields().apply(to), p.customFields().apply(from), key)));
    contactPointFields(b, p.points(), p.withPoints());
  }

  private static FieldRedactor<Activity> activities() {
    return FieldRedactor.<Activity>builder()
        .field("body", a -> a.withBody(Optional.empty()), (to, from) -> to.withBody(from.body()))
        .field("endsAt", a -> a.withEndsAt(Optional.empty()), (to, from) -> to.withEndsAt(from.endsAt()))
        .field("remindAt", a -> a.withRemindAt(Optional.empty()), (to, from) -> to.withRemindAt(from.remindAt()))
        .field("dueAt", a -> a.withDueAt(Optional.empty()), (to, from) -> to.withDueAt(from.dueAt()))
        .field("direction", a -> a.withDirection(Optional.empty()), (to, from) -> to.withDirection(from.direction()))
        .build();
  }

  private static <T> void contactPointFields(
      FieldRedactor.Builder<T> b, Function<T, List<ContactPoint>> points, BiFunction<T, List<ContactPoint>, T> withPoints) {
    CONTACT_POINT_FIELDS.forEach((name, kind) -> b.field(
        name,
        r -> withPoints.apply(r, points.apply(r).stream().filter(p -> p.kind() != kind).toList()),
        (to, from) -> withPoints.apply(to, restorePoints(points.apply(to), points.apply(from), kind))));
  }

  /**
   * {@code written}'s points of other kinds than {@code kind} with {@code stored}'s points of {@code kind}, each
   * put right after the nearest point that precedes it in {@code stored} (or first): a redacted record written
   * back gets its points in their stored order, whichever kinds were hidden.
   */
  private static List<ContactPoint> restorePoints(List<ContactPoint> written, List<ContactPoint> stored, ContactPoint.Kind kind) {
    List<ContactPoint> out = new ArrayList<>(written.stream().filter(p -> p.kind() != kind).toList());
    for (int i = 0; i < stored.size(); i++) {
      ContactPoint s = stored.get(i);
      if (s.kind() != kind) {
        continue;
      }
      int at = 0;
      for (int j = i - 1; j >= 0; j--) {
        int pos = out.indexOf(stored.get(j));
        if (pos >= 0) {
          at = pos + 1;
          break;
        }
      }
      out.add(at, s);
    }
    return out;
  }

  private static CustomFields copyCustom(CustomFields to, CustomFields from, String key) {
    return from.get(key).map(v -> to.with(key, v)).orElseGet(() -> to.without(key));
  }
}
