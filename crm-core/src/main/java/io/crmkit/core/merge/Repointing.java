package io.crmkit.core.merge;

import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * One related record a merge changed so that it points at the survivor instead of a merged-away record (an
 * activity's link, a relationship's end, a consent event's party, a contact's account), or removed because
 * re-pointing would have made it meaningless (a relationship with itself, a duplicate). It keeps the
 * record's complete before-image, so an unmerge can restore it:
 * {@code Repointing.repointed("activities", RecordImage.of(before), after.version(), "link contact:c2 → contact:c1")}.
 *
 * @param participant the {@link MergeParticipant#name()} that made the change and will undo it
 * @param before the record as it was before the merge
 * @param versionAfter the record's version after the merge wrote it; an unmerge refuses to restore a record
 *     changed since ({@code 0} for a removed record)
 * @param note what was changed, for people
 */
public record Repointing(String participant, Change change, RecordImage before, long versionAfter, String note) {

  /** What the merge did to the related record. */
  public enum Change {
    /** Updated to point at the survivor. */
    REPOINTED,
    /** Deleted: pointing it at the survivor would have made it a self-reference or a duplicate. */
    REMOVED
  }

  public Repointing {
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(note, "note");
    ValidationException.check(!participant.isBlank(), "participant", "must name the MergeParticipant that undoes it");
    ValidationException.check(versionAfter >= 0, "versionAfter", "must not be negative but was " + versionAfter);
  }

  /** A record updated to point at the survivor, now at {@code versionAfter}. */
  public static Repointing repointed(String participant, RecordImage before, long versionAfter, String note) {
    return new Repointing(participant, Change.REPOINTED, before, versionAfter, note);
  }

  /** A record deleted by the merge. */
  public static Repointing removed(String participant, RecordImage before, String note) {
    return new Repointing(participant, Change.REMOVED, before, 0, note);
  }

  /** The related record. */
  public RecordRef record() {
    return before.ref();
  }
}
