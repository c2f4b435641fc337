package io.crmkit.core.merge;

import io.crmkit.core.Aggregate;
import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.util.List;
import java.util.Optional;

/** Reads, checks and writes back the core records held in {@link RecordImage}s. */
final class Images {
  private Images() {}

  static Aggregate<?> record(RecordImage image) {
    if (image instanceof RecordImage.OfContact c) {
      return c.contact();
    } else if (image instanceof RecordImage.OfAccount a) {
      return a.account();
    } else if (image instanceof RecordImage.OfActivity a) {
      return a.activity();
    } else if (image instanceof RecordImage.OfRelationship r) {
      return r.relationship();
    } else if (image instanceof RecordImage.OfConsentEvent e) {
      return e.event();
    }
    throw new ValidationException(
        "image", image.ref() + " is described by its participant, which must restore it itself (override restore and conflicts)");
  }

  static EntityType<?, ?> type(RecordImage image) {
    if (image instanceof RecordImage.OfContact) {
      return Contact.TYPE;
    } else if (image instanceof RecordImage.OfAccount) {
      return Account.TYPE;
    } else if (image instanceof RecordImage.OfActivity) {
      return Activity.TYPE;
    } else if (image instanceof RecordImage.OfRelationship) {
      return PartyRelationship.TYPE;
    } else if (image instanceof RecordImage.OfConsentEvent) {
      return ConsentEvent.TYPE;
    }
    throw new ValidationException("image", image.ref() + " is described by its participant; core cannot store it");
  }

  /** The stored record the image is of, as it is now. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Optional<Aggregate<?>> current(TenantStore store, RecordImage image) {
    EntityType type = type(image);
    Repository repo = store.repository(type);
    return repo.find(type.id(image.ref().id()));
  }

  /** Writes the image over the stored record, which is at {@code currentVersion}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Aggregate<?> overwrite(TenantStore store, RecordImage image, long currentVersion) {
    Repository repo = store.repository((EntityType) type(image));
    return (Aggregate<?>) repo.update(record(image).withVersion(currentVersion));
  }

  /** Stores the image as a new record again, under its old id. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Aggregate<?> reinsert(TenantStore store, RecordImage image) {
    Repository repo = store.repository((EntityType) type(image));
    return (Aggregate<?>) repo.insert(record(image).withVersion(0));
  }

  /** Why the record of {@code entry} cannot be restored, if it cannot. */
  static List<MergeConflict> conflicts(TenantStore store, Repointing entry) {
    Optional<Aggregate<?>> now = current(store, entry.before());
    if (entry.change() == Repointing.Change.REMOVED) {
      return now.isPresent()
          ? List.of(new MergeConflict(entry.record(), "the merge removed it (" + entry.note() + ") but a record with this id exists again"))
          : List.of();
    }
    if (now.isEmpty()) {
      return List.of(new MergeConflict(entry.record(), "was deleted after the merge re-pointed it (" + entry.note() + ")"));
    }
    long v = now.get().version();
    return v == entry.versionAfter()
        ? List.of()
        : List.of(new MergeConflict(
            entry.record(),
            "changed after the merge re-pointed it (" + entry.note() + "): version " + v + ", the merge left version " + entry.versionAfter()));
  }

  /** Restores the record of {@code entry}: rewrites a re-pointed one, re-inserts a removed one. */
  static void restore(TenantStore store, Repointing entry) {
    if (entry.change() == Repointing.Change.REMOVED) {
      reinsert(store, entry.before());
    } else {
      overwrite(store, entry.before(), entry.versionAfter());
    }
  }
}
