package io.crmkit.marketing.imports;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.marketing.segment.ListId;
import io.crmkit.marketing.segment.StaticList;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Captures what known contacts tell and do into the CRM, where segments can select on it: survey and
 * questionnaire answers into custom fields (through a question → custom field mapping) plus a note on the
 * timeline, web visits as notes ({@code "Web visit: <url>"}, so {@code hasActivity(NOTE, since)} finds them),
 * and either into a static list. Each capture is one transaction.
 *
 * <pre>{@code
 * Capture capture = Capture.of(tenantStore, clock);
 * capture.answers(ada.id(), new SurveyResponse("NPS", Map.of("score", "9"), at),
 *     Map.of("score", ColumnTarget.custom("nps", FieldType.NUMBER)), Optional.of(promoters.id()));
 * }</pre>
 */
public final class Capture {
  /** The subject prefix of web-visit notes. */
  public static final String VISIT_PREFIX = "Web visit: ";

  private final TenantStore store;
  private final Clock clock;
  private final IdGenerator ids;
  private final Owner owner;
  private final Repository<Contact, ContactId> contacts;
  private final Repository<Activity, ActivityId> activities;
  private final Repository<StaticList, ListId> lists;

  /** Captures into {@code store}, with notes owned by {@code owner}. */
  public Capture(TenantStore store, Clock clock, IdGenerator ids, Owner owner) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.contacts = store.repository(Contact.TYPE);
    this.activities = store.repository(Activity.TYPE);
    this.lists = store.repository(StaticList.TYPE);
  }

  /** Captures with UUIDv7 ids and notes owned by {@code user:capture}. */
  public static Capture of(TenantStore store, Clock clock) {
    return new Capture(store, clock, IdGenerator.uuidV7(clock), Owner.user("capture"));
  }

  /** What a capture wrote: the contact as stored, the note, and the list when one was joined. */
  public record Captured(Contact contact, Activity note, Optional<StaticList> list) {
    public Captured {
      Objects.requireNonNull(contact, "contact");
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(list, "list");
    }
  }

  /**
   * Stores {@code response}'s mapped answers in the contact's custom fields (answers without a mapping stay
   * only in the note), logs the note and adds the contact to {@code list}.
   *
   * @throws ValidationException naming {@code answers.<question>} when an answer is not a value of its field's type
   */
  public Captured answers(ContactId contact, SurveyResponse response, Map<String, ColumnTarget.Custom> mapping, Optional<ListId> list) {
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(list, "list");
    return store.transactions().inTransaction(() -> {
      Contact c = contacts.get(contact);
      CustomFields fields = c.customFields();
      for (Map.Entry<String, String> a : response.answers().entrySet()) {
        ColumnTarget.Custom target = mapping.get(a.getKey());
        if (target == null || a.getValue().isBlank()) {
          continue;
        }
        FieldValue v;
        try {
          v = ContactImport.value(target.type(), a.getValue().strip());
        } catch (ValidationException | IllegalArgumentException | java.time.format.DateTimeParseException e) {
          throw new ValidationException("answers." + a.getKey(), "'" + a.getValue() + "' is not a " + target.type() + " value");
        }
        fields = fields.with(target.key(), v);
      }
      Contact saved = fields.equals(c.customFields()) ? c : contacts.update(c.withCustomFields(fields).withUpdatedAt(later(c, clock.instant())));
      String body = response.answers().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
      Activity note = activities.insert(Activity.note(ids.next(ActivityId::new), store.tenantId(), "Survey answered: " + response.survey(),
          body, owner, List.of(c.ref()), response.answeredAt()));
      return new Captured(saved, note, list.map(l -> join(l, contact)));
    });
  }

  /** Logs a web visit as a note on the contact's timeline and adds the contact to {@code list}. */
  public Captured visit(ContactId contact, WebVisit visit, Optional<ListId> list) {
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(visit, "visit");
    Objects.requireNonNull(list, "list");
    return store.transactions().inTransaction(() -> {
      Contact c = contacts.get(contact);
      String subject = VISIT_PREFIX + visit.url();
      Activity note = activities.insert(Activity.note(ids.next(ActivityId::new), store.tenantId(),
          subject.length() > Activity.MAX_SUBJECT ? subject.substring(0, Activity.MAX_SUBJECT) : subject,
          "url: " + visit.url() + visit.referrer().map(r -> "\nreferrer: " + r).orElse(""), owner, List.of(c.ref()), visit.at()));
      return new Captured(c, note, list.map(l -> join(l, contact)));
    });
  }

  private StaticList join(ListId list, ContactId contact) {
    StaticList l = lists.get(list);
    return l.contains(contact.value()) ? l : lists.update(l.withMembers(List.of(contact.value()), clock.instant()));
  }

  private static Instant later(Contact c, Instant now) {
    return now.isBefore(c.updatedAt()) ? c.updatedAt() : now;
  }
}
