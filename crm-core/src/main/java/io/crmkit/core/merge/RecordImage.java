package io.crmkit.core.merge;

import io.crmkit.core.Aggregate;
import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.PartyRelationship;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A complete copy of one record as it was before a merge touched it, kept in the {@link MergeRecord} so that
 * an unmerge can put it back: {@code RecordImage.of(contact)}. Core records are held as themselves; records
 * of other modules, which core cannot name, as {@link Described} state their {@link MergeParticipant} writes
 * and reads.
 */
public sealed interface RecordImage {

  /** The record this is an image of. */
  RecordRef ref();

  /** The record's version when the image was taken. */
  long version();

  /** The image of a core record (contact, account, activity, relationship, consent event). */
  static RecordImage of(Aggregate<?> record) {
    Objects.requireNonNull(record, "record");
    if (record instanceof Contact c) {
      return new OfContact(c);
    } else if (record instanceof Account a) {
      return new OfAccount(a);
    } else if (record instanceof Activity a) {
      return new OfActivity(a);
    } else if (record instanceof PartyRelationship r) {
      return new OfRelationship(r);
    } else if (record instanceof ConsentEvent e) {
      return new OfConsentEvent(e);
    }
    throw new ValidationException(
        "record", record.getClass().getName() + " has no core image; its MergeParticipant keeps a RecordImage.Described");
  }

  /** A contact as it was. */
  record OfContact(Contact contact) implements RecordImage {
    public OfContact {
      Objects.requireNonNull(contact, "contact");
    }

    @Override
    public RecordRef ref() {
      return contact.ref();
    }

    @Override
    public long version() {
      return contact.version();
    }
  }

  /** An account as it was. */
  record OfAccount(Account account) implements RecordImage {
    public OfAccount {
      Objects.requireNonNull(account, "account");
    }

    @Override
    public RecordRef ref() {
      return account.ref();
    }

    @Override
    public long version() {
      return account.version();
    }
  }

  /** An activity as it was. */
  record OfActivity(Activity activity) implements RecordImage {
    public OfActivity {
      Objects.requireNonNull(activity, "activity");
    }

    @Override
    public RecordRef ref() {
      return RecordRef.of(Activity.TYPE.name(), activity.id());
    }

    @Override
    public long version() {
      return activity.version();
    }
  }

  /** A party relationship as it was. */
  record OfRelationship(PartyRelationship relationship) implements RecordImage {
    public OfRelationship {
      Objects.requireNonNull(relationship, "relationship");
    }

    @Override
    public RecordRef ref() {
      return RecordRef.of(PartyRelationship.TYPE_NAME, relationship.id());
    }

    @Override
    public long version() {
      return relationship.version();
    }
  }

  /** A consent ledger entry as it was. */
  record OfConsentEvent(ConsentEvent event) implements RecordImage {
    public OfConsentEvent {
      Objects.requireNonNull(event, "event");
    }

    @Override
    public RecordRef ref() {
      return RecordRef.of(ConsentEvent.TYPE.name(), event.id());
    }

    @Override
    public long version() {
      return event.version();
    }
  }

  /**
   * A record of another module, described by its participant as named texts (enough for that participant to
   * restore it), e.g. {@code new Described(lead.ref(), lead.version(), Map.of("contact", "contact:c-9"))}.
   */
  record Described(RecordRef ref, long version, Map<String, String> state) implements RecordImage {
    public Described {
      Objects.requireNonNull(ref, "ref");
      ValidationException.check(version >= 0, "version", "must not be negative but was " + version);
      state = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(state, "state")));
    }
  }
}
