/**
 * Merging duplicate parties into one golden record, losslessly and undoably. {@link
 * io.crmkit.core.merge.ContactMerge} and {@link io.crmkit.core.merge.AccountMerge} pick each surviving value by a
 * per-field {@link io.crmkit.core.merge.SurvivorshipPolicy} (most recent, most complete, most trusted source,
 * longest, union of multi-valued fields, explicit master), record which record gave each value in a {@link
 * io.crmkit.core.merge.Lineage}, re-point activities, relationships, consent events and account references (and,
 * through {@link io.crmkit.core.merge.MergeParticipant}, any other module's records) in one transaction, and keep
 * everything needed to undo it in a {@link io.crmkit.core.merge.MergeRecord}:
 * {@code MergeOutcome<Contact> done = merges.merge(keepId, List.of(dupId), "u-1"); merges.unmerge(done.record().id(), "u-1");}
 * Which records are duplicates is decided elsewhere (e.g. {@code io.crmkit.core.match}); this package only merges.
 */
@NullMarked
package io.crmkit.core.merge;

import org.jspecify.annotations.NullMarked;
