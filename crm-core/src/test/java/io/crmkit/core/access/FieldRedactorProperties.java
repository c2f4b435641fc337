package io.crmkit.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.Direction;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.PostalAddress;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.FieldBinding;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * crm-core's redactors: what they remove is gone, what they keep is untouched, and restoring from the original
 * gives the original back exactly (contact-point order included) — the law the secured store's write-back of a
 * redacted read relies on.
 */
class FieldRedactorProperties {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  static final List<String> CONTACT_FIELDS =
      List.of("jobTitle", "accountId", "email", "phone", "address", "web", "social", "externalId", "custom.salary", "custom.tier");
  static final List<String> ACCOUNT_FIELDS =
      List.of("domain", "industry", "email", "phone", "address", "web", "social", "externalId", "custom.salary", "custom.tier");
  static final List<String> ACTIVITY_FIELDS = List.of("body", "endsAt", "remindAt", "dueAt", "direction");
  static final Map<String, ContactPoint.Kind> POINT_KINDS = Map.of(
      "email", ContactPoint.Kind.EMAIL, "phone", ContactPoint.Kind.PHONE, "address", ContactPoint.Kind.POSTAL,
      "web", ContactPoint.Kind.WEB, "social", ContactPoint.Kind.SOCIAL);

  @Property(tries = 200)
  void contactsRedactAndRestore(@ForAll("contacts") Contact c, @ForAll("contactFields") Set<String> hidden) {
    FieldRedactor<Contact> r = FieldRedactors.core().forType(Contact.TYPE).orElseThrow();
    Contact redacted = r.redact(c, hidden);
    assertRemovedAndKept(Contact.TYPE, c, redacted, hidden, Contact::customFields);
    hidden.stream().filter(POINT_KINDS::containsKey).forEach(f -> assertThat(redacted.contactPoints(POINT_KINDS.get(f))).as(f).isEmpty());
    assertThat(redacted.externalIds()).isEqualTo(hidden.contains("externalId") ? Map.of() : c.externalIds());
    assertThat(r.restore(redacted, c, hidden)).isEqualTo(c);
    assertThat(r.restore(c, c, hidden)).isEqualTo(c);
  }

  @Property(tries = 200)
  void accountsRedactAndRestore(@ForAll("accounts") Account a, @ForAll("accountFields") Set<String> hidden) {
    FieldRedactor<Account> r = FieldRedactors.core().forType(Account.TYPE).orElseThrow();
    Account redacted = r.redact(a, hidden);
    assertRemovedAndKept(Account.TYPE, a, redacted, hidden, Account::customFields);
    hidden.stream().filter(POINT_KINDS::containsKey).forEach(f -> assertThat(redacted.contactPoints()).noneMatch(p -> p.kind() == POINT_KINDS.get(f)));
    assertThat(r.restore(redacted, a, hidden)).isEqualTo(a);
  }

  @Property(tries = 150)
  void activitiesRedactAndRestore(@ForAll("activities") Activity a, @ForAll("activityFields") Set<String> hidden) {
    FieldRedactor<Activity> r = FieldRedactors.core().forType(Activity.TYPE).orElseThrow();
    Activity redacted = r.redact(a, hidden);
    assertRemovedAndKept(Activity.TYPE, a, redacted, hidden, x -> CustomFields.empty());
    assertThat(redacted.body()).isEqualTo(hidden.contains("body") ? Optional.empty() : a.body());
    assertThat(redacted.endsAt()).isEqualTo(hidden.contains("endsAt") ? Optional.empty() : a.endsAt());
    assertThat(redacted.direction()).isEqualTo(hidden.contains("direction") ? Optional.empty() : a.direction());
    assertThat(r.restore(redacted, a, hidden)).isEqualTo(a);
  }

  /** Query and custom fields named in {@code hidden} have no value left; every other one keeps its values. */
  private static <T extends io.crmkit.core.Aggregate<?>> void assertRemovedAndKept(
      EntityType<T, ?> type, T original, T redacted, Set<String> hidden, Function<T, CustomFields> custom) {
    for (FieldBinding<T> b : type.fields().values()) {
      assertThat(b.values(redacted)).as(b.name()).isEqualTo(hidden.contains(b.name()) ? List.of() : b.values(original));
    }
    for (String key : List.of("salary", "tier")) {
      assertThat(custom.apply(redacted).get(key)).as(key)
          .isEqualTo(hidden.contains(EntityType.CUSTOM_PREFIX + key) ? Optional.empty() : custom.apply(original).get(key));
    }
  }

  @Provide
  Arbitrary<Set<String>> contactFields() {
    return Arbitraries.of(CONTACT_FIELDS).set().ofMaxSize(CONTACT_FIELDS.size());
  }

  @Provide
  Arbitrary<Set<String>> accountFields() {
    return Arbitraries.of(ACCOUNT_FIELDS).set().ofMaxSize(ACCOUNT_FIELDS.size());
  }

  @Provide
  Arbitrary<Set<String>> activityFields() {
    return Arbitraries.of(ACTIVITY_FIELDS).set().ofMaxSize(ACTIVITY_FIELDS.size());
  }

  /** Contact points of every kind, at most one primary per kind, in random order. */
  static Arbitrary<List<ContactPoint>> points() {
    List<ContactPoint> pool = List.of(
        ContactPoint.email("zoë@example.com", ContactPoint.Purpose.WORK),
        ContactPoint.email("li@例え.jp", ContactPoint.Purpose.HOME),
        ContactPoint.phone("+4930123456", "DE", ContactPoint.Purpose.WORK),
        ContactPoint.phone("+33142685300", "FR", ContactPoint.Purpose.HOME),
        ContactPoint.postal(PostalAddress.of(List.of("Hauptstraße 1"), "Berlin", "10115", "DE"), ContactPoint.Purpose.WORK),
        ContactPoint.web("https://example.org/ü", ContactPoint.Purpose.WORK),
        ContactPoint.social("mastodon", "@zoe@example.social"));
    return Arbitraries.shuffle(pool).flatMap(shuffled -> Arbitraries.integers().between(0, shuffled.size())
        .flatMap(n -> Arbitraries.of(true, false).list().ofSize(n).map(primaries -> {
          List<ContactPoint> out = new ArrayList<>();
          EnumSet<ContactPoint.Kind> primaryKinds = EnumSet.noneOf(ContactPoint.Kind.class);
          for (int i = 0; i < n; i++) {
            ContactPoint p = shuffled.get(i);
            boolean primary = primaries.get(i) && primaryKinds.add(p.kind());
            out.add(primary ? p.asPrimary() : p);
          }
          return out;
        })));
  }

  static Arbitrary<CustomFields> customFields() {
    return Combinators.combine(Arbitraries.longs().between(0, 1_000_000).optional(0.6), Arbitraries.of("gold", "銀", "𝄞").optional(0.6))
        .as((salary, tier) -> {
          CustomFields f = CustomFields.empty();
          if (salary.isPresent()) {
            f = f.with("salary", FieldValue.number(salary.get()));
          }
          if (tier.isPresent()) {
            f = f.with("tier", FieldValue.text(tier.get()));
          }
          return f;
        });
  }

  @Provide
  Arbitrary<Contact> contacts() {
    Arbitrary<String> names = Arbitraries.of("Zoë", "Ó Briain", "李", "Ada", "Ελένη", "Σ");
    return Combinators.combine(names, names, Arbitraries.of("CTO", "Ingénieure").optional(0.6), Arbitraries.of("a-1", "a-ü").optional(0.6),
            points(), Arbitraries.of(Map.<String, String>of(), Map.of("sap", "42"), Map.of("sap", "42", "hubspot", "h-ü")), customFields())
        .as((given, family, title, account, pts, ext, custom) -> {
          Contact.Builder b = Contact.builder(new ContactId("c-1"), ACME).name(PersonName.of(given, family)).owner(Owner.user("ann"))
              .contactPoints(pts).externalIds(ext).customFields(custom).createdAt(T0).updatedAt(T0);
          title.ifPresent(b::jobTitle);
          account.ifPresent(id -> b.account(new AccountId(id)));
          return b.build();
        });
  }

  @Provide
  Arbitrary<Account> accounts() {
    return Combinators.combine(Arbitraries.of("ACME Ünited", "株式会社"), Arbitraries.of("acme.example", "bücher.example").optional(0.6),
            Arbitraries.of("Retail", "Énergie").optional(0.6), points(), Arbitraries.of(Map.<String, String>of(), Map.of("sap", "7")), customFields())
        .as((name, domain, industry, pts, ext, custom) -> {
          Account.Builder b = Account.builder(new AccountId("a-1"), ACME).name(name).owner(Owner.team("emea"))
              .contactPoints(pts).externalIds(ext).customFields(custom).createdAt(T0).updatedAt(T0);
          domain.ifPresent(b::domain);
          industry.ifPresent(b::industry);
          return b.build();
        });
  }

  @Provide
  Arbitrary<Activity> activities() {
    List<RecordRef> links = List.of(new RecordRef("contact", "c-1"));
    Arbitrary<Activity> tasks = Arbitraries.of(true, false).map(due -> {
      Activity t = Activity.task(new ActivityId("t-1"), ACME, "Send the quote", Owner.user("ann"), links,
          due ? Optional.of(T0.plus(Duration.ofDays(2))) : Optional.empty(), T0);
      return due ? t.withRemindAt(Optional.of(T0.plus(Duration.ofDays(1)))) : t;
    });
    Arbitrary<Activity> calls = Arbitraries.of(Direction.values()).map(d -> Activity.call(new ActivityId("k-1"), ACME, "Anruf", Owner.user("ann"),
        links, d, T0, Optional.of(T0.plus(Duration.ofMinutes(30))), T0).withRemindAt(Optional.of(T0.minus(Duration.ofMinutes(5)))));
    Arbitrary<Activity> notes = Arbitraries.of("本文", "a body").map(body -> Activity.note(new ActivityId("n-1"), ACME, "Note", body, Owner.user("ann"), links, T0));
    return Arbitraries.oneOf(tasks, calls, notes);
  }
}
