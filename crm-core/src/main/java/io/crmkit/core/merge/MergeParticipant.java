package io.crmkit.core.merge;

import io.crmkit.core.store.TenantStore;
import java.util.List;

/**
 * The extension point through which a module re-points its own records during a merge (leads, opportunities,
 * cases naming a contact or account) in the merge's transaction, and puts them back on unmerge. Register it
 * with {@code ContactMerge.builder(...).participant(p)}; activities, relationships, consent events and (for
 * accounts) contacts' account references are handled by built-in participants.
 *
 * <p>For each record it changes, {@link #repoint} returns a {@link Repointing} with the record's
 * before-image. For core record types ({@link RecordImage#of}) the default {@link #conflicts} and {@link
 * #restore} check the version the merge left and write the image back; a participant whose records core
 * cannot name keeps {@link RecordImage.Described} images and overrides both.
 */
public interface MergeParticipant {

  /** A short, stable name stored with each change, e.g. {@code opportunities}; unique per merge. */
  String name();

  /**
   * Re-points this participant's records from {@link MergeContext#mergedAway()} to {@link
   * MergeContext#survivor()} through {@link MergeContext#store()}, and says what it changed.
   */
  List<Repointing> repoint(MergeContext context);

  /**
   * What would make restoring {@code entry} unsafe (the record changed or is gone since the merge, or its id
   * is taken again); empty when it can be restored.
   */
  default List<MergeConflict> conflicts(Repointing entry, TenantStore store) {
    return Images.conflicts(store, entry);
  }

  /** Puts the record of {@code entry} back as it was before the merge; called after {@link #conflicts} found none. */
  default void restore(Repointing entry, TenantStore store) {
    Images.restore(store, entry);
  }
}
