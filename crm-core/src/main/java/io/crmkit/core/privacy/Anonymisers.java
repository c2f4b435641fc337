package io.crmkit.core.privacy;

import io.crmkit.core.RecordRef;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.merge.FieldLineage;
import io.crmkit.core.merge.Lineage;
import io.crmkit.core.merge.MergeRecord;
import io.crmkit.core.merge.RecordImage;
import io.crmkit.core.merge.Repointing;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.party.PersonName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How crm-core's records are anonymised, field by field, for an erasure ({@link CoreSubjectData}) or a
 * {@link RetentionPolicy} ({@code RetentionPolicy.anonymise(Contact.TYPE, ContactFields.UPDATED_AT,
 * Period.ofYears(3), Anonymisers::contact)}).
 *
 * <ul>
 *   <li>contact: {@code name} becomes {@link #ERASED_NAME}; {@code jobTitle} removed; {@code contactPoints}
 *       (e-mails, phones, postal addresses, web, social) removed; {@code externalIds} removed;
 *       {@code customFields} cleared. Kept: id, account, owner, relationship type, timestamps — the business's
 *       own facts, so counts and pipelines stay right.
 *   <li>activity: {@code subject} becomes {@link #ERASED_SUBJECT}, {@code body} removed (both are free text
 *       about the person); type, times, status and links stay.
 *   <li>relationship: {@code title} removed.
 *   <li>consent event: {@code evidence} (form ids, IP addresses, texts shown) removed; the event stays.
 *   <li>merge record: every image of a contact, activity, relationship or consent event anonymised as above,
 *       and every lineage candidate value replaced by {@code FieldChange.ERASED}.
 * </ul>
 */
public final class Anonymisers {
  /** The name an anonymised contact carries. */
  public static final PersonName ERASED_NAME = PersonName.of("Erased", "");
  /** The subject an anonymised activity carries. */
  public static final String ERASED_SUBJECT = "Erased";

  /** The anonymisable fields of a contact, as policies name them ({@code contact.name}, ...). */
  public static final List<String> CONTACT_FIELDS = List.of("name", "jobTitle", "contactPoints", "externalIds", "customFields");
  /** The anonymisable fields of an activity. */
  public static final List<String> ACTIVITY_FIELDS = List.of("subject", "body");

  private Anonymisers() {}

  /** {@code c} with every personal field anonymised. */
  public static Contact contact(Contact c) {
    return contact(c, f -> true);
  }

  /** {@code c} with the fields in {@link #CONTACT_FIELDS} that {@code erase} accepts anonymised. */
  static Contact contact(Contact c, Predicate<String> erase) {
    Contact.Builder b = c.toBuilder();
    if (erase.test("name")) {
      b.name(ERASED_NAME);
    }
    if (erase.test("jobTitle")) {
      b.noJobTitle();
    }
    if (erase.test("contactPoints")) {
      b.contactPoints(List.of());
    }
    if (erase.test("externalIds")) {
      b.externalIds(Map.of());
    }
    if (erase.test("customFields")) {
      b.customFields(CustomFields.empty());
    }
    return b.build();
  }

  /** The fields of {@code c} that hold a personal value (those anonymising would change). */
  static List<String> personalFields(Contact c) {
    List<String> out = new ArrayList<>();
    if (!c.name().equals(ERASED_NAME)) {
      out.add("name");
    }
    if (c.jobTitle().isPresent()) {
      out.add("jobTitle");
    }
    if (!c.contactPoints().isEmpty()) {
      out.add("contactPoints");
    }
    if (!c.externalIds().isEmpty()) {
      out.add("externalIds");
    }
    if (!c.customFields().isEmpty()) {
      out.add("customFields");
    }
    return out;
  }

  /** {@code a} with subject and body anonymised. */
  public static Activity activity(Activity a) {
    return activity(a, f -> true);
  }

  static Activity activity(Activity a, Predicate<String> erase) {
    Activity out = a;
    if (erase.test("subject")) {
      out = out.withSubject(ERASED_SUBJECT);
    }
    if (erase.test("body")) {
      out = out.withBody(Optional.empty());
    }
    return out;
  }

  static List<String> personalFields(Activity a) {
    List<String> out = new ArrayList<>();
    if (!a.subject().equals(ERASED_SUBJECT)) {
      out.add("subject");
    }
    if (a.body().isPresent()) {
      out.add("body");
    }
    return out;
  }

  /** {@code r} without its title. */
  public static PartyRelationship relationship(PartyRelationship r) {
    return r.withoutTitle();
  }

  /** {@code e} without its evidence. */
  public static ConsentEvent consentEvent(ConsentEvent e) {
    return new ConsentEvent(
        e.id(), e.tenantId(), e.version(), e.party(), e.channel(), e.purpose(), e.action(), e.legalBasis(), e.source(), e.at(),
        e.doubleOptIn(), Optional.empty());
  }

  /**
   * {@code m} with the images of records about {@code subjectRefs} anonymised and the lineage values of a
   * contact merge erased; an unmerge then restores anonymised records only.
   */
  static MergeRecord mergeRecord(MergeRecord m, Set<RecordRef> subject) {
    // the survivor and the records merged into it are one person
    Set<RecordRef> subjectRefs = new java.util.HashSet<>(subject);
    subjectRefs.add(m.survivor());
    subjectRefs.addAll(m.mergedAwayRefs());
    List<RecordImage> away = m.mergedAway().stream().map(i -> image(i, subjectRefs)).toList();
    List<Repointing> repointed = m.repointed().stream()
        .map(r -> new Repointing(r.participant(), r.change(), image(r.before(), subjectRefs), r.versionAfter(), r.note()))
        .toList();
    List<FieldLineage> fields = new ArrayList<>();
    for (FieldLineage f : m.lineage().fields()) {
      fields.add(new FieldLineage(
          erasedPath(f.path(), fields.size()), f.rule(), f.source(),
          f.candidates().stream().map(c -> new FieldLineage.Candidate(c.record(), io.crmkit.core.audit.FieldChange.ERASED)).toList(),
          f.reason()));
    }
    Lineage lineage = new Lineage(fields);
    return new MergeRecord(
        m.id(), m.tenantId(), m.version(), image(m.survivorBefore(), subjectRefs), m.survivorVersionAfter(), away, lineage, repointed,
        m.actor(), m.mergedAt(), m.unmerged());
  }

  /**
   * A lineage path without the value it may hold: {@code contactPoints[EMAIL ada@example.com]} becomes
   * {@code contactPoints[EMAIL ⟨erased 3⟩]} (the index keeps paths unique); other paths name fields and keys only.
   */
  private static String erasedPath(String path, int index) {
    int open = path.indexOf('[');
    if (open < 0 || !path.endsWith("]")) {
      return path;
    }
    String inside = path.substring(open + 1, path.length() - 1);
    int space = inside.indexOf(' ');
    String kind = space < 0 ? "" : inside.substring(0, space) + " ";
    return path.substring(0, open + 1) + kind + "\u27e8erased " + index + "\u27e9]";
  }

  private static RecordImage image(RecordImage i, Set<RecordRef> subjectRefs) {
    if (i instanceof RecordImage.OfContact c) {
      return subjectRefs.contains(c.ref()) ? new RecordImage.OfContact(contact(c.contact())) : i;
    } else if (i instanceof RecordImage.OfActivity a) {
      return a.activity().links().stream().anyMatch(subjectRefs::contains) ? new RecordImage.OfActivity(activity(a.activity())) : i;
    } else if (i instanceof RecordImage.OfRelationship r) {
      PartyRelationship rel = r.relationship();
      return subjectRefs.contains(rel.from()) || subjectRefs.contains(rel.to()) ? new RecordImage.OfRelationship(relationship(rel)) : i;
    } else if (i instanceof RecordImage.OfConsentEvent e) {
      return subjectRefs.contains(e.event().party()) ? new RecordImage.OfConsentEvent(consentEvent(e.event())) : i;
    }
    return i;
  }
}
