package io.crmkit.core.privacy;

import io.crmkit.core.Aggregate;
import io.crmkit.core.RecordRef;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.consent.ConsentAction;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.score.Score;
import io.crmkit.core.score.ScoreId;
import io.crmkit.core.consent.ConsentEventId;
import io.crmkit.core.merge.MergeId;
import io.crmkit.core.merge.MergeRecord;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.party.RelationshipId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * crm-core's part of privacy (module {@code core}): the contact, any other contact holding one of the
 * subject's e-mail addresses (a duplicate of the same person), their relationships, the activities linked to
 * them, their consent events and the merge records that hold images of them. Audit entries are handled by
 * {@link SubjectRequests} for the records of every source. Registered through {@code META-INF/services}.
 *
 * <p>What an erasure does, per {@link ErasurePolicy} rule of each type:
 *
 * <ul>
 *   <li>{@code contact} — ANONYMISE (the default): the fields of {@link Anonymisers#CONTACT_FIELDS} are
 *       anonymised, each unless a field rule keeps it; DELETE removes the record; KEEP keeps it with the reason.
 *   <li>{@code activity} — anonymised (subject, body). When the contact is deleted, an activity linked to
 *       nothing else is deleted with it and one that also concerns other records (an account, a deal) loses the
 *       link and is anonymised, so the business keeps its history of the deal.
 *   <li>{@code party_relationship} — its title is anonymised; it is deleted with a deleted contact.
 *   <li>{@code consent_event} — evidence removed, the event kept: a withdrawal is kept even when the contact
 *       is deleted, as proof of the objection so the person is not contacted again (GDPR art. 17(3)(e) and
 *       art. 21(3); the suppression keys of {@link ErasureSuppression} are the other half of that guard);
 *       grants and confirmations of a deleted contact are deleted, as nothing is left to consent.
 *   <li>{@code merge_record} — the images of the person's records are anonymised and the lineage values
 *       erased (an unmerge then restores anonymised records); DELETE removes it, making the merge final.
 *   <li>another person's {@code contact} whose custom fields hold one of the subject's e-mails (a billing e-mail;
 *       phones do not count, as for duplicates) — exported, and on erasure only those custom fields are removed (found by
 *       streaming the tenant's contacts once per request: no index knows which custom fields hold addresses).
 *   <li>{@code score} ({@link io.crmkit.core.score.Score}) — scores of the person are deleted (derived data whose
 *       contributions may quote their values; the next scoring run recomputes them), or kept with the policy's reason.
 * </ul>
 *
 * <p>Contacts that share only a phone number with the subject are not taken as the same person (a family's
 * landline, a switchboard): only e-mail addresses identify duplicates.
 */
public final class CoreSubjectData implements SubjectDataSource {
  /** The module name of crm-core's records. */
  public static final String MODULE = "core";

  /** Kept consent withdrawal: why. */
  static final String WITHDRAWAL_KEPT =
      "a withdrawal is kept as proof of the objection, so the person is not contacted again (GDPR art. 17(3)(e), art. 21(3))";

  /** For {@link java.util.ServiceLoader}. */
  public CoreSubjectData() {}

  @Override
  public String module() {
    return MODULE;
  }

  @Override
  public List<SubjectRecord> collect(TenantStore store, Subject subject) {
    Found f = find(store, subject);
    List<SubjectRecord> out = new ArrayList<>();
    f.contacts.forEach((ref, c) -> out.add(record(Contact.TYPE_NAME, c.id().value(), relation(subject, c), c)));
    f.relationships.forEach(r -> out.add(record(PartyRelationship.TYPE_NAME, r.id().value(),
        "relationship " + r.from() + " " + r.role() + " " + r.to(), r)));
    f.activities.forEach(a -> out.add(record(Activity.TYPE.name(), a.id().value(), a.type().name().toLowerCase(java.util.Locale.ROOT)
        + " linked to " + linked(a.links(), f.refs()), a)));
    f.consent.forEach(e -> out.add(record(ConsentEvent.TYPE.name(), e.id().value(),
        "consent " + e.action().name().toLowerCase(java.util.Locale.ROOT) + " for " + e.channel() + "/" + e.purpose().value(), e)));
    f.merges.forEach(m -> out.add(record(MergeRecord.TYPE_NAME, m.id().value(),
        "merge of " + m.mergedAwayRefs() + " into " + m.survivor(), m)));
    f.mentions.forEach((ref, m) -> out.add(record(Contact.TYPE_NAME, m.contact().id().value(),
        "another contact naming the person's e-mail in custom field(s) " + m.keys(), m.contact())));
    f.scores.forEach(sc -> out.add(record(Score.TYPE_NAME, sc.id().value(),
        "score " + sc.model() + " of " + sc.subject() + " computed at " + sc.computedAt(), sc)));
    return out;
  }

  @Override
  public List<ErasureAction> erase(TenantStore store, Subject subject, ErasurePolicy policy) {
    Found f = find(store, subject);
    List<ErasureAction> out = new ArrayList<>();
    Set<RecordRef> deletedContacts = new java.util.HashSet<>();
    Repository<Contact, ContactId> contacts = store.repository(Contact.TYPE);
    for (Contact c : f.contacts.values()) {
      ErasurePolicy.Rule rule = policy.forRecord(Contact.TYPE_NAME);
      switch (rule.treatment()) {
        case DELETE -> {
          contacts.delete(c.id(), c.version());
          deletedContacts.add(c.ref());
          out.add(action(Contact.TYPE_NAME, c.id().value(), ErasurePolicy.Treatment.DELETE, Anonymisers.personalFields(c), rule.reason()));
        }
        case KEEP -> out.add(action(Contact.TYPE_NAME, c.id().value(), ErasurePolicy.Treatment.KEEP, Anonymisers.personalFields(c), rule.reason()));
        default -> {
          Map<ErasurePolicy.Rule, List<String>> kept = new LinkedHashMap<>();
          List<String> erased = new ArrayList<>();
          for (String field : Anonymisers.personalFields(c)) {
            ErasurePolicy.Rule fr = policy.forField(Contact.TYPE_NAME, field);
            if (fr.treatment() == ErasurePolicy.Treatment.KEEP) {
              kept.computeIfAbsent(fr, k -> new ArrayList<>()).add(field);
            } else {
              erased.add(field);
            }
          }
          if (!erased.isEmpty()) {
            contacts.update(Anonymisers.contact(c, erased::contains));
          }
          out.add(action(Contact.TYPE_NAME, c.id().value(), ErasurePolicy.Treatment.ANONYMISE, erased, rule.reason()));
          kept.forEach((r, fields) -> out.add(action(Contact.TYPE_NAME, c.id().value(), ErasurePolicy.Treatment.KEEP, fields, r.reason())));
        }
      }
    }
    for (Mention m : f.mentions.values()) {
      // someone else's record: only the custom fields holding the person's address go, never the record
      List<String> fields = m.keys().stream().map(k -> "customFields." + k)
          .filter(k -> policy.forField(Contact.TYPE_NAME, k).treatment() != ErasurePolicy.Treatment.KEEP).toList();
      if (!fields.isEmpty()) {
        io.crmkit.core.field.CustomFields left = m.contact().customFields();
        for (String k : m.keys()) {
          if (fields.contains("customFields." + k)) {
            left = left.without(k);
          }
        }
        contacts.update(m.contact().withCustomFields(left));
        out.add(action(Contact.TYPE_NAME, m.contact().id().value(), ErasurePolicy.Treatment.ANONYMISE, fields,
            "the person's e-mail in another contact's custom fields"));
      }
    }
    eraseRelationships(store, f, policy, deletedContacts, out);
    eraseActivities(store, f, policy, deletedContacts, out);
    eraseConsent(store, f, policy, deletedContacts, out);
    eraseMerges(store, f, policy, out);
    eraseScores(store, f, policy, out);
    return out;
  }

  private static void eraseRelationships(
      TenantStore store, Found f, ErasurePolicy policy, Set<RecordRef> deletedContacts, List<ErasureAction> out) {
    Repository<PartyRelationship, RelationshipId> repo = store.repository(PartyRelationship.TYPE);
    String type = PartyRelationship.TYPE_NAME;
    for (PartyRelationship r : f.relationships) {
      ErasurePolicy.Rule rule = policy.forRecord(type);
      boolean orphaned = deletedContacts.contains(r.from()) || deletedContacts.contains(r.to());
      List<String> fields = r.title().isPresent() ? List.of("title") : List.of();
      if (rule.treatment() == ErasurePolicy.Treatment.KEEP) {
        out.add(action(type, r.id().value(), rule.treatment(), fields, rule.reason()));
      } else if (rule.treatment() == ErasurePolicy.Treatment.DELETE || orphaned) {
        repo.delete(r.id(), r.version());
        out.add(action(type, r.id().value(), ErasurePolicy.Treatment.DELETE, fields,
            orphaned && rule.treatment() != ErasurePolicy.Treatment.DELETE ? "the contact it links was deleted" : rule.reason()));
      } else if (keptField(policy, type, "title")) {
        out.add(action(type, r.id().value(), ErasurePolicy.Treatment.KEEP, fields, policy.forField(type, "title").reason()));
      } else {
        if (!fields.isEmpty()) {
          repo.update(Anonymisers.relationship(r));
        }
        out.add(action(type, r.id().value(), ErasurePolicy.Treatment.ANONYMISE, fields, rule.reason()));
      }
    }
  }

  private static void eraseActivities(
      TenantStore store, Found f, ErasurePolicy policy, Set<RecordRef> deletedContacts, List<ErasureAction> out) {
    Repository<Activity, ActivityId> repo = store.repository(Activity.TYPE);
    String type = Activity.TYPE.name();
    for (Activity a : f.activities) {
      ErasurePolicy.Rule rule = policy.forRecord(type);
      List<String> personal = Anonymisers.personalFields(a);
      List<io.crmkit.core.RecordRef> remaining = a.links().stream().filter(l -> !deletedContacts.contains(l)).toList();
      if (rule.treatment() == ErasurePolicy.Treatment.KEEP) {
        out.add(action(type, a.id().value(), rule.treatment(), personal, rule.reason()));
        continue;
      }
      if (rule.treatment() == ErasurePolicy.Treatment.DELETE || remaining.isEmpty()) {
        repo.delete(a.id(), a.version());
        out.add(action(type, a.id().value(), ErasurePolicy.Treatment.DELETE, personal,
            rule.treatment() == ErasurePolicy.Treatment.DELETE ? rule.reason() : "linked only to the deleted contact"));
        continue;
      }
      List<String> erased = personal.stream().filter(p -> !keptField(policy, type, p)).toList();
      List<String> kept = personal.stream().filter(p -> keptField(policy, type, p)).toList();
      Activity changed = Anonymisers.activity(a, erased::contains);
      List<String> fields = new ArrayList<>(erased);
      if (remaining.size() != a.links().size()) {
        changed = changed.withLinks(remaining);
        fields.add("links");
      }
      if (!changed.equals(a)) {
        repo.update(changed);
      }
      out.add(action(type, a.id().value(), ErasurePolicy.Treatment.ANONYMISE, fields, rule.reason()));
      for (String k : kept) {
        out.add(action(type, a.id().value(), ErasurePolicy.Treatment.KEEP, List.of(k), policy.forField(type, k).reason()));
      }
    }
  }

  private static void eraseConsent(
      TenantStore store, Found f, ErasurePolicy policy, Set<RecordRef> deletedContacts, List<ErasureAction> out) {
    Repository<ConsentEvent, ConsentEventId> repo = store.repository(ConsentEvent.TYPE);
    String type = ConsentEvent.TYPE.name();
    for (ConsentEvent e : f.consent) {
      ErasurePolicy.Rule rule = policy.forRecord(type);
      List<String> fields = e.evidence().isPresent() ? List.of("evidence") : List.of();
      boolean withdrawal = e.action() == ConsentAction.WITHDRAWN;
      if (rule.treatment() == ErasurePolicy.Treatment.KEEP) {
        out.add(action(type, e.id().value(), rule.treatment(), fields, rule.reason()));
      } else if (rule.treatment() == ErasurePolicy.Treatment.DELETE || (!withdrawal && deletedContacts.contains(e.party()))) {
        repo.delete(e.id(), e.version());
        out.add(action(type, e.id().value(), ErasurePolicy.Treatment.DELETE, fields,
            rule.treatment() == ErasurePolicy.Treatment.DELETE ? rule.reason() : "a grant of a deleted contact: nothing is left to consent"));
      } else if (keptField(policy, type, "evidence")) {
        out.add(action(type, e.id().value(), ErasurePolicy.Treatment.KEEP, fields, policy.forField(type, "evidence").reason()));
      } else {
        if (!fields.isEmpty()) {
          repo.update(Anonymisers.consentEvent(e));
        }
        out.add(action(type, e.id().value(), ErasurePolicy.Treatment.ANONYMISE, fields, withdrawal ? WITHDRAWAL_KEPT : rule.reason()));
      }
    }
  }

  private static void eraseMerges(TenantStore store, Found f, ErasurePolicy policy, List<ErasureAction> out) {
    Repository<MergeRecord, MergeId> repo = store.repository(MergeRecord.TYPE);
    String type = MergeRecord.TYPE_NAME;
    List<String> fields = List.of("survivorBefore", "mergedAway", "lineage", "repointed");
    for (MergeRecord m : f.merges) {
      ErasurePolicy.Rule rule = policy.forRecord(type);
      switch (rule.treatment()) {
        case KEEP -> out.add(action(type, m.id().value(), rule.treatment(), fields, rule.reason()));
        case DELETE -> {
          repo.delete(m.id(), m.version());
          out.add(action(type, m.id().value(), rule.treatment(), fields, rule.reason()));
        }
        default -> {
          MergeRecord scrubbed = Anonymisers.mergeRecord(m, f.refs());
          if (!scrubbed.equals(m)) {
            repo.update(scrubbed);
          }
          out.add(action(type, m.id().value(), rule.treatment(), fields, rule.reason()));
        }
      }
    }
  }

  /**
   * Scores are derived data whose contributions may quote the person's values: kept with the policy's reason,
   * deleted otherwise (anonymising one would leave a number about nobody; the next scoring run recomputes it).
   */
  private static void eraseScores(TenantStore store, Found f, ErasurePolicy policy, List<ErasureAction> out) {
    Repository<Score, ScoreId> repo = store.repository(Score.TYPE);
    ErasurePolicy.Rule rule = policy.forRecord(Score.TYPE_NAME);
    for (Score sc : f.scores) {
      if (rule.treatment() == ErasurePolicy.Treatment.KEEP) {
        out.add(action(Score.TYPE_NAME, sc.id().value(), ErasurePolicy.Treatment.KEEP, List.of("contributions"), rule.reason()));
      } else {
        repo.delete(sc.id(), sc.version());
        out.add(action(Score.TYPE_NAME, sc.id().value(), ErasurePolicy.Treatment.DELETE, List.of("value", "contributions"),
            rule.treatment() == ErasurePolicy.Treatment.DELETE ? rule.reason() : "a score of an erased person is derived data: deleted, never anonymised"));
      }
    }
  }

  private static boolean keptField(ErasurePolicy policy, String type, String field) {
    return policy.forField(type, field).treatment() == ErasurePolicy.Treatment.KEEP;
  }

  /** Every core record about the subject, each once, in a stable order. */
  private record Found(
      Set<RecordRef> refs, Map<RecordRef, Contact> contacts, List<PartyRelationship> relationships, List<Activity> activities,
      List<ConsentEvent> consent, List<MergeRecord> merges, List<Score> scores, Map<RecordRef, Mention> mentions) {}

  /** Another person's contact whose custom fields {@code keys} hold one of the subject's e-mails. */
  private record Mention(Contact contact, List<String> keys) {}

  /**
   * Other contacts naming the subject's addresses in custom fields (a billing e-mail, an emergency phone). No index
   * knows which custom fields hold addresses, so this streams the tenant's contacts once per request.
   */
  private static Map<RecordRef, Mention> mentions(Repository<Contact, ContactId> contacts, Subject subject, Set<RecordRef> people) {
    // e-mails only, as for duplicates: a phone is shared by households and switchboards
    Set<Object> identifiers = new java.util.HashSet<>(subject.emails());
    Map<RecordRef, Mention> out = new java.util.TreeMap<>(java.util.Comparator.comparing(RecordRef::toString));
    if (identifiers.isEmpty()) {
      return out;
    }
    try (Stream<Contact> all = contacts.stream(Criteria.all())) {
      all.filter(c -> !people.contains(c.ref()) && !c.customFields().isEmpty()).forEach(c -> {
        List<String> keys = c.customFields().allQueryValues().entrySet().stream()
            .filter(e -> e.getValue().values().stream().flatMap(List::stream).anyMatch(identifiers::contains))
            .map(Map.Entry::getKey).sorted().toList();
        if (!keys.isEmpty()) {
          out.put(c.ref(), new Mention(c, keys));
        }
      });
    }
    return out;
  }

  private static Found find(TenantStore store, Subject subject) {
    Repository<Contact, ContactId> contacts = store.repository(Contact.TYPE);
    Map<RecordRef, Contact> people = new LinkedHashMap<>();
    if (subject.hasContact()) {
      contacts.find(subject.contact()).ifPresent(c -> people.put(c.ref(), c));
    }
    for (String email : new java.util.TreeSet<>(subject.emails())) {
      contacts.query(Criteria.eq(ContactFields.EMAIL, email)).stream()
          .sorted(java.util.Comparator.comparing(c -> c.id().value()))
          .forEach(c -> people.putIfAbsent(c.ref(), c));
    }
    Set<RecordRef> refs = new java.util.LinkedHashSet<>(people.keySet());
    if (subject.hasContact()) {
      // a contact already deleted may still have records pointing at it
      refs.add(subject.contactRef());
    }
    List<String> texts = refs.stream().map(RecordRef::toString).toList();
    return new Found(
        refs,
        people,
        byId(store.repository(PartyRelationship.TYPE), texts, PartyRelationship.PARTY),
        byId(store.repository(Activity.TYPE), texts, Activity.LINKS),
        byId(store.repository(ConsentEvent.TYPE), texts, ConsentEvent.PARTY),
        mergesOf(store.repository(MergeRecord.TYPE), texts),
        byId(store.repository(Score.TYPE), texts, Score.SUBJECT),
        mentions(contacts, subject, refs));
  }

  private static <T extends Aggregate<I>, I extends io.crmkit.core.EntityId> List<T> byId(
      Repository<T, I> repo, List<String> refs, io.crmkit.core.query.FieldRef<String> field) {
    if (refs.isEmpty()) {
      return List.of();
    }
    try (Stream<T> s = repo.stream(Criteria.in(field, refs))) {
      return s.collect(Collectors.toMap(r -> r.id().value(), Function.identity(), (a, b) -> a, java.util.TreeMap::new))
          .values().stream().toList();
    }
  }

  private static List<MergeRecord> mergesOf(Repository<MergeRecord, MergeId> repo, List<String> refs) {
    if (refs.isEmpty()) {
      return List.of();
    }
    try (Stream<MergeRecord> s = repo.stream(Criteria.or(Criteria.in(MergeRecord.SURVIVOR, refs), Criteria.in(MergeRecord.MERGED_AWAY, refs)))) {
      return s.sorted(java.util.Comparator.comparing(m -> m.id().value())).toList();
    }
  }

  /** The e-mails and phones of the contacts merged into the subject's contact, for {@link SubjectRequests#resolve}. */
  static Subject withMergedIdentifiers(TenantStore store, Subject subject) {
    if (!subject.hasContact()) {
      return subject;
    }
    Set<String> emails = new java.util.TreeSet<>();
    Set<String> phones = new java.util.TreeSet<>();
    for (MergeRecord m : mergesOf(store.repository(MergeRecord.TYPE), List.of(subject.contactRef().toString()))) {
      if (m.undone()) {
        continue;
      }
      for (var image : m.mergedAway()) {
        if (image instanceof io.crmkit.core.merge.RecordImage.OfContact c) {
          emails.addAll(c.contact().emails());
          phones.addAll(c.contact().phones());
        }
      }
    }
    return subject.withIdentifiers(emails, phones);
  }

  private static String relation(Subject subject, Contact c) {
    if (subject.hasContact() && c.id().equals(subject.contact())) {
      return "the contact";
    }
    return "a contact with one of the subject's e-mail addresses";
  }

  private static String linked(List<RecordRef> links, Set<RecordRef> refs) {
    Optional<RecordRef> mine = links.stream().filter(refs::contains).findFirst();
    return mine.map(RecordRef::toString).orElse(links.get(0).toString());
  }

  private static SubjectRecord record(String type, String id, String relation, Aggregate<?> r) {
    return new SubjectRecord(MODULE, type, id, relation, r);
  }

  private static ErasureAction action(String type, String id, ErasurePolicy.Treatment t, List<String> fields, String reason) {
    return new ErasureAction(MODULE, type, id, t, fields, reason);
  }
}
