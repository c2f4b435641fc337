package io.crmkit.core.json;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.field.CustomFieldSchema;
import io.crmkit.core.field.CustomFieldSchemaId;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldDefinition;
import io.crmkit.core.field.FieldType;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.money.ExchangeRate;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.ContactPoint.Purpose;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.PostalAddress;
import io.crmkit.core.party.RelationshipId;
import io.crmkit.core.party.RelationshipType;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.audit.AuditEntryId;
import io.crmkit.core.audit.FieldChange;
import io.crmkit.core.audit.FieldHistory;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentAction;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.consent.ConsentEventId;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.event.ChangeKind;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.Page;
import io.crmkit.core.query.PageRequest;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.statemachine.Decision;
import io.crmkit.core.statemachine.Effect;
import io.crmkit.core.statemachine.StateChange;
import io.crmkit.core.statemachine.StateHistory;
import io.crmkit.core.statemachine.StateMachineSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Hand-made example values of the public data types of crm-core, each chosen to exercise its JSON: empty and
 * present optionals, every subtype of a sealed interface, map keys, decimals of several scales.
 */
final class JsonSamples {
  private JsonSamples() {}

  static final TenantId TENANT = TenantId.of("acme");
  static final Instant CREATED = Instant.parse("2026-03-01T09:15:30.123456789Z");
  static final Instant UPDATED = Instant.parse("2026-03-02T10:00:00Z");

  static PostalAddress address() {
    return PostalAddress.of(List.of("Friedrichstraße 12", "Hinterhaus"), "Berlin", "10117", "DE").withRegion("Berlin");
  }

  static CustomFields customFields() {
    return CustomFields.empty()
        .with("tier", FieldValue.picklist("gold"))
        .with("seats", FieldValue.number(250))
        .with("discount", FieldValue.decimal("0.125"))
        .with("active", FieldValue.bool(true))
        .with("renewal", FieldValue.date(LocalDate.parse("2027-01-31")))
        .with("last_seen", FieldValue.dateTime(Instant.parse("2026-02-28T23:59:59Z")))
        .with("topics", FieldValue.multiPicklist("crm", "sales"))
        .with("budget", FieldValue.money(Money.of("12000.50", "EUR")))
        .with("billing_email", FieldValue.email("billing@acme.example"))
        .with("hotline", FieldValue.phone("+44 20 7946 0958"))
        .with("homepage", FieldValue.url("https://acme.example"))
        .with("notes", FieldValue.text("likes \"quotes\" and ünïcödé ✓"));
  }

  static Contact contact() {
    return Contact.builder(new ContactId("c-0001"), TENANT)
        .version(3)
        .name(PersonName.of("Ada", "Lovelace").withMiddle("King").withPrefix("Countess"))
        .account(new AccountId("a-0001"))
        .jobTitle("Analyst")
        .contactPoint(ContactPoint.email(" Ada@Example.COM ", Purpose.WORK).asPrimary())
        .contactPoint(ContactPoint.phone("030 1234567", "DE", Purpose.MOBILE))
        .contactPoint(ContactPoint.postal(address(), Purpose.HOME))
        .contactPoint(ContactPoint.web("ada.example/blog", Purpose.OTHER))
        .contactPoint(ContactPoint.social("LinkedIn", "@ada-lovelace"))
        .owner(Owner.user("u-1"))
        .relationshipType(RelationshipType.CUSTOMER)
        .externalId("hubspot", "hs-42")
        .externalId("salesforce", "003xx")
        .customFields(customFields())
        .createdAt(CREATED)
        .updatedAt(UPDATED)
        .build();
  }

  /** A contact with nothing optional: no account, no job title, no contact points, no custom fields. */
  static Contact bareContact() {
    return Contact.builder(new ContactId("c-0002"), TENANT)
        .name(PersonName.of("", "Babbage"))
        .owner(Owner.team("emea"))
        .relationshipType(RelationshipType.PROSPECT)
        .createdAt(CREATED)
        .updatedAt(CREATED)
        .build();
  }

  static Account account() {
    return Account.builder(new AccountId("a-0001"), TENANT)
        .version(1)
        .name("ACME Corp")
        .domain("https://www.acme.example/about")
        .industry("Manufacturing")
        .contactPoint(ContactPoint.email("info@acme.example", Purpose.WORK).asPrimary())
        .owner(Owner.team("emea"))
        .relationshipType(RelationshipType.CUSTOMER)
        .externalId("erp", "K-100")
        .customFields(CustomFields.empty().with("budget", FieldValue.money(Money.of("1000", "JPY"))))
        .createdAt(CREATED)
        .updatedAt(UPDATED)
        .build();
  }

  static PartyRelationship relationship() {
    return PartyRelationship.worksFor(new RelationshipId("r-1"), TENANT, new ContactId("c-0001"), new AccountId("a-0001"))
        .withFromDate(LocalDate.parse("2020-01-01"))
        .withTitle("CTO");
  }

  static final FieldRef<String> EMAIL = FieldRef.text("email");
  static final FieldRef<Long> SEATS = FieldRef.number("custom.seats");
  static final FieldRef<BigDecimal> SCORE = FieldRef.decimal("score");
  static final FieldRef<Boolean> ACTIVE = FieldRef.bool("active");
  static final FieldRef<Instant> UPDATED_AT = FieldRef.instant("updatedAt");
  static final FieldRef<LocalDate> BIRTHDAY = FieldRef.date("birthday");

  /** A criteria tree with every node type and every value kind. */
  static Criteria criteria() {
    return Criteria.and(
        Criteria.eq(FieldRef.text("owner"), "user:u-1"),
        Criteria.in(EMAIL, "a@x.example", "b@x.example"),
        Criteria.or(
            Criteria.between(SCORE, new BigDecimal("0.50"), new BigDecimal("1E+3")),
            Criteria.atLeast(SEATS, 10L),
            Criteria.lessThan(UPDATED_AT, Instant.parse("2026-01-01T00:00:00Z")),
            Criteria.atMost(BIRTHDAY, LocalDate.parse("2000-02-29"))),
        Criteria.not(Criteria.isNull(FieldRef.text("accountId"))),
        Criteria.eq(ACTIVE, true),
        Criteria.prefix(FieldRef.text("familyName"), "Mü"),
        Criteria.contains(FieldRef.text("jobTitle"), "eng"),
        Criteria.in(BIRTHDAY, List.of()),
        Criteria.none());
  }

  static StateMachineSpec spec() {
    return new StateMachineSpec(
        "lead",
        List.of("new", "working", "qualified", "disqualified", "converted"),
        "new",
        List.of("disqualified", "converted"),
        List.of(
            new StateMachineSpec.TransitionSpec("new", "work", "working", Optional.empty(), List.of()),
            new StateMachineSpec.TransitionSpec(
                "working", "qualify", "qualified", Optional.of("has_budget"),
                List.of(Effect.of("notify_owner"), Effect.of("create_task", Map.of("subject", "Call back", "due", "P2D")))),
            new StateMachineSpec.TransitionSpec("qualified", "convert", "converted", Optional.empty(), List.of())),
        List.of(new StateMachineSpec.AnyNonTerminalSpec("disqualify", "disqualified", Optional.empty(), List.of(Effect.of("log")))));
  }

  static StateHistory history() {
    return StateHistory.start("new", CREATED)
        .record(new Decision.Accepted("new", "work", "working", List.of()), UPDATED);
  }

  static CustomFieldSchema schema() {
    return CustomFieldSchema.of(TENANT, "contact")
        .withDefinition(FieldDefinition.picklist("tier", "Tier", List.of("gold", "silver")).asRequired())
        .withDefinition(FieldDefinition.of("seats", "Seats", FieldType.NUMBER).withMin(FieldValue.number(1)).withMax(FieldValue.number(10_000)))
        .withDefinition(FieldDefinition.of("budget", "Budget", FieldType.MONEY).withMin(FieldValue.decimal("0")))
        .withDefinition(FieldDefinition.of("bio", "Bio", FieldType.TEXT).withMaxLength(500))
        .withDefinition(FieldDefinition.of("renewal", "Renewal", FieldType.DATE)
            .withMin(FieldValue.date(LocalDate.parse("2020-01-01"))))
        .withVersion(2);
  }

  /** Examples by type: every public data type of crm-core has at least one here. */
  static Activity activity() {
    Activity task = Activity.task(
        new ActivityId("act-1"), TENANT, "Send the renewal quote", Owner.user("u-1"),
        List.of(RecordRef.parse("contact:c-1"), RecordRef.parse("account:a-1")),
        Optional.of(Instant.parse("2026-02-01T09:00:00Z")), Instant.parse("2026-01-15T10:00:00Z"));
    return task.withVersion(3);
  }

  static ConsentEvent consentEvent() {
    return new ConsentEvent(
        new ConsentEventId("ce-1"), TENANT, 1, RecordRef.parse("contact:c-1"), Channel.EMAIL, io.crmkit.core.consent.Purpose.NEWSLETTER,
        ConsentAction.GRANTED, LegalBasis.CONSENT, "web-form", Instant.parse("2026-01-15T10:00:00Z"), true,
        Optional.of("form=signup-2026;ip=203.0.113.7"));
  }

  static Map<Class<?>, List<Object>> all() {
    Map<Class<?>, List<Object>> m = new LinkedHashMap<>();
    add(m, TENANT, TenantId.of("Tenant_1.eu-west"));
    add(m, Owner.user("u-1"), Owner.team("team:with:colons"));
    add(m, RecordRef.parse("contact:abc"), new RecordRef("party_relationship", "r:1 ü"));
    add(m, new ContactId("c-1"), new ContactId("ü ✓ spaces and \"quotes\""));
    add(m, new AccountId("a-1"));
    add(m, new RelationshipId("r-1"));
    add(m, new CustomFieldSchemaId("contact"));
    add(m, Money.of("12.50", "EUR"), Money.of("-0.001", "USD"), Money.of("1000", "JPY"), Money.of("1E+3", "BHD"));
    add(m, new ExchangeRate(Money.currency("EUR"), Money.currency("USD"), new BigDecimal("1.0843"), LocalDate.parse("2026-01-01")),
        ExchangeRate.identity(Money.currency("CHF")));
    add(m, address(), new PostalAddress(List.of("1 Main St"), "Springfield", Optional.empty(), Optional.empty(), "us"));
    add(m, PersonName.of("Ada", "Lovelace").withSuffix("PhD"), PersonName.of("", "Babbage"));
    List<Object> points = new ArrayList<>(contact().contactPoints());
    points.add(ContactPoint.email("x@y.example", Purpose.BILLING).asVerified());
    m.put(ContactPoint.class, points);
    add(m, contact(), bareContact());
    add(m, account());
    add(m, relationship(), PartyRelationship.reportsTo(new RelationshipId("r-2"), TENANT, new ContactId("c-1"), new ContactId("c-2")));
    add(m, customFields(), CustomFields.empty());
    add(m, schema(), CustomFieldSchema.of(TENANT, "account"));
    add(m, FieldDefinition.of("x", "X", FieldType.URL), FieldDefinition.picklist("p", "P", List.of("a", "b")));
    for (Object v : customFields().values().values()) {
      m.computeIfAbsent(v.getClass(), k -> new ArrayList<>()).add(v);
    }
    add(m, EMAIL, SEATS, SCORE, ACTIVE, UPDATED_AT, BIRTHDAY);
    add(m, new Sort.Key(EMAIL, true));
    add(m, Sort.by(EMAIL).thenDescending(UPDATED_AT), Sort.byId());
    add(m, Query.where(criteria()).orderBy(Sort.byDescending(SCORE)).limit(50), Query.all());
    add(m, PageRequest.first(100), PageRequest.after("cursor-1", 10));
    add(m, activity(), Activity.note(new ActivityId("act-2"), TENANT, "Called back", "Prefers mornings. Ünïcødé ✓", Owner.team("sales"),
        List.of(RecordRef.parse("contact:c-1")), Instant.parse("2026-01-16T08:30:00Z")));
    add(m, consentEvent());
    FieldChange change = FieldChange.of("name.given", "Ada", "Augusta");
    add(m, change, FieldChange.set("jobTitle", "CTO"), FieldChange.cleared("account", "a-1"));
    add(m, new FieldHistory.Change(Instant.parse("2026-01-15T10:00:00Z"), "u-1", ChangeKind.UPDATED, new AuditEntryId("ae-1"), change));
    add(m, new Page<>(List.of("a", "b"), Optional.of("next"), 2), new Page<>(List.of(), Optional.empty(), 10));
    collectCriteria(criteria(), m);
    add(m, spec());
    add(m, spec().transitions().get(1));
    add(m, spec().fromAnyNonTerminal().get(0));
    add(m, Effect.of("notify_owner"), Effect.of("create_task", Map.of("subject", "Call back")));
    add(m, history(), StateHistory.start("open", CREATED));
    add(m, history().changes().get(0), history().changes().get(1));
    add(m, new Decision.Accepted("new", "work", "working", List.of(Effect.of("log"))));
    add(m, new Decision.Refused("new", "convert", "the lead has no budget"));
    // io.crmkit.core.match: records whose numbers must lie in (0, 1), which AutoSamples' 1.5 does not
    io.crmkit.core.match.MatchRule.Condition email = new io.crmkit.core.match.MatchRule.Condition(
        "email", io.crmkit.core.match.MatchMethod.EXACT, 1.0, io.crmkit.core.match.BlankPolicy.NO_MATCH);
    add(m, email);
    add(m, new io.crmkit.core.match.MatchRule.All(List.of(email)));
    add(m, new io.crmkit.core.match.MatchRule.Any(List.of(email, new io.crmkit.core.match.MatchRule.All(List.of(email)))));
    add(m, new io.crmkit.core.match.RuleOutcome.ConditionResult(email, "a@x.org", "a@x.org", 1.0, "true"));
    add(m, io.crmkit.core.match.DuplicateRule.of("contact", io.crmkit.core.match.DuplicateAction.ALERT, 0.9));
    return m;
  }

  private static void collectCriteria(Criteria c, Map<Class<?>, List<Object>> m) {
    m.computeIfAbsent(c.getClass(), k -> new ArrayList<>()).add(c);
    if (c instanceof Criteria.And a) {
      a.terms().forEach(t -> collectCriteria(t, m));
    } else if (c instanceof Criteria.Or o) {
      o.terms().forEach(t -> collectCriteria(t, m));
    } else if (c instanceof Criteria.Not n) {
      collectCriteria(n.term(), m);
    }
  }

  private static void add(Map<Class<?>, List<Object>> m, Object... values) {
    for (Object v : values) {
      m.computeIfAbsent(v.getClass(), k -> new ArrayList<>()).add(v);
    }
  }
}
