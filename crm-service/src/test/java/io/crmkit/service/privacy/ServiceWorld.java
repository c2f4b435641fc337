package io.crmkit.service.privacy;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.privacy.Subject;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.service.cases.Case;
import io.crmkit.service.cases.CaseChannel;
import io.crmkit.service.cases.CaseComment;
import io.crmkit.service.cases.CaseId;
import io.crmkit.service.cases.CommentVisibility;
import io.crmkit.service.feedback.SurveyKind;
import io.crmkit.service.feedback.SurveyResponse;
import io.crmkit.service.feedback.SurveySubmission;
import io.crmkit.service.feedback.Surveys;
import io.crmkit.service.intake.SenderActivity;
import io.crmkit.service.intake.SenderActivityId;
import io.crmkit.service.knowledge.Article;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** A tenant on an in-memory store with people and their service records, built through crm-service's API. */
final class ServiceWorld {
  static final TenantId ACME = TenantId.of("acme");
  /** Every entity type of crm-service. */
  static final List<EntityType<?, ?>> TYPES = List.of(Case.TYPE, SurveyResponse.TYPE, SenderActivity.TYPE, Article.TYPE);

  final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  final IdGenerator ids = IdGenerator.uuidV7(clock);
  final InMemoryStore store = InMemoryStore.create();
  final TenantStore acme = store.forTenant(ACME);
  final Surveys surveys = Surveys.of(acme, clock);
  private int comments;

  /** A person: their contact, identifiers and the records made about them, as {@code type/id}. */
  record Person(Contact contact, String email, String phone, Set<String> records) {
    Subject subject() {
      return new Subject(contact.tenantId(), contact.id(), Set.of(email), Set.of(phone));
    }

    String fullName() {
      return contact.name().fullName();
    }

    List<String> erasable() {
      return List.of(email, phone, fullName());
    }

    void add(String type, String id) {
      records.add(type + "/" + id);
    }
  }

  /** A stored contact; {@code n} (0 to 25) makes the e-mail, phone and name unique in the world. */
  Person person(String given, String family, int n) {
    String email = "p" + n + ".x" + given.length() + "@mail" + n + ".example";
    String phone = String.format("+49301%03d%04d", n, 1000 + given.length());
    Contact c = acme.repository(Contact.TYPE).insert(Contact.builder(ids.next(ContactId::new), ACME)
        .name(PersonName.of(given, family + "-" + (char) ('A' + n) + "."))
        .owner(Owner.user("u-1"))
        .contactPoint(ContactPoint.email(email, ContactPoint.Purpose.WORK).asPrimary())
        .contactPoint(ContactPoint.phone(phone, "DE", ContactPoint.Purpose.WORK))
        .timestamps(clock)
        .build());
    return new Person(c, email, phone, new TreeSet<>());
  }

  private CaseComment comment(String author, String body, int minutes) {
    return new CaseComment("cm-" + (++comments), CommentVisibility.PUBLIC, author, body, clock.instant().plus(Duration.ofMinutes(minutes)),
        java.util.Optional.of(CaseChannel.EMAIL), java.util.Optional.empty(), java.util.Optional.empty());
  }

  /** A case of the person's contact, describing them and with their message and an agent's reply. */
  Case contactCase(Person p) {
    Case c = acme.repository(Case.TYPE).insert(Case.builder(ids.next(CaseId::new), ACME)
        .subject("Printer broken for " + p.fullName())
        .description("Call back on " + p.phone())
        .contact(p.contact().id())
        .comment(comment(p.email(), "It fails again — " + p.fullName(), 0))
        .comment(CaseComment.of("cm-" + (++comments), CommentVisibility.INTERNAL, "agent-7", "Customer is upset", clock.instant().plusSeconds(600)))
        .threadKey("from:" + p.email())
        .timestamps(clock)
        .build());
    p.add(Case.TYPE_NAME, c.id().value());
    return c;
  }

  /** A case opened by e-mail from the person's address, not matched to a contact. */
  Case emailedCase(Person p) {
    Case c = acme.repository(Case.TYPE).insert(Case.builder(ids.next(CaseId::new), ACME)
        .subject("Invoice question")
        .comment(comment(p.email(), "Regards, " + p.fullName(), 0))
        .timestamps(clock)
        .build());
    p.add(Case.TYPE_NAME, c.id().value());
    return c;
  }

  /** {@code by} writes on {@code owner}'s case (a colleague in copy). */
  Case writeOn(Case c, Person by) {
    List<CaseComment> all = new ArrayList<>(c.comments());
    all.add(comment(by.email(), "I have the same problem, " + by.fullName(), 30));
    Case changed = acme.repository(Case.TYPE).update(c.toBuilder().comments(all).build());
    by.add(Case.TYPE_NAME, c.id().value());
    return changed;
  }

  SurveyResponse survey(Person p, Case c, SurveyKind kind, int score) {
    SurveyResponse r = surveys.answer(SurveySubmission.of(c.id(), kind, score).withComment("Thanks from " + p.fullName()).byAgent("agent-7"));
    p.add(SurveyResponse.TYPE_NAME, r.id().value());
    return r;
  }

  SenderActivity senderActivity(Person p, CaseChannel channel) {
    String address = channel == CaseChannel.EMAIL ? p.email() : p.phone();
    SenderActivity a = acme.repository(SenderActivity.TYPE).insert(
        SenderActivity.none(SenderActivityId.of(channel, address), ACME).received(clock.instant(), Duration.ofHours(1)));
    p.add(SenderActivity.TYPE_NAME, a.id().value());
    return a;
  }

  Map<String, Aggregate<?>> snapshot() {
    Map<String, Aggregate<?>> out = new TreeMap<>();
    for (EntityType<?, ?> type : TYPES) {
      add(acme, type, out);
    }
    return out;
  }

  private static <T extends Aggregate<I>, I extends EntityId> void add(TenantStore tenant, EntityType<T, I> type, Map<String, Aggregate<?>> out) {
    try (Stream<T> all = tenant.repository(type).stream(Criteria.all())) {
      all.forEach(r -> out.put(type.name() + "/" + r.id().value(), r));
    }
  }

  static List<String> containing(Map<String, Aggregate<?>> records, List<String> values) {
    List<String> out = new ArrayList<>();
    records.forEach((key, r) -> {
      String json = CrmJson.write(r);
      if (values.stream().anyMatch(json::contains)) {
        out.add(key);
      }
    });
    return out;
  }
}
