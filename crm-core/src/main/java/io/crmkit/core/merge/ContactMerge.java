package io.crmkit.core.merge;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.store.TenantStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Merges duplicate contacts of one tenant into a survivor, and undoes such merges.
 *
 * <pre>{@code
 * ContactMerge merges = ContactMerge.builder(tenantStore, clock).events(bus).build();
 * MergeOutcome<Contact> done = merges.merge(keep, List.of(duplicate), "u-1");
 * done.lineage().sourceOf("jobTitle");          // which record gave the job title
 * merges.unmerge(done.record().id(), "u-1");    // everything as it was
 * }</pre>
 *
 * <p>In one transaction of the tenant store a merge: computes the golden record by the {@link
 * SurvivorshipPolicy} (default {@link SurvivorshipPolicy#contactDefaults()}); updates the master (whose id
 * survives) with it; re-points activities' links, party relationships (removing ones that would become a
 * relationship with itself or a duplicate) and consent events from the merged-away contacts to the survivor,
 * plus whatever the registered {@link MergeParticipant}s re-point; deletes the merged-away contacts; and stores
 * a {@link MergeRecord} holding everything needed to undo it. After the commit it publishes {@link
 * RecordsMerged}. Which contacts are duplicates is the caller's decision (e.g. a match cluster).
 */
public final class ContactMerge {
  private final PartyMerge<Contact, ContactId> engine;

  private ContactMerge(PartyMerge<Contact, ContactId> engine) {
    this.engine = engine;
  }

  /** A merge with the default policy, UUIDv7 ids and no event delivery. */
  public static ContactMerge of(TenantStore store, Clock clock) {
    return builder(store, clock).build();
  }

  /** Starts configuring a merge over {@code store}'s contacts, timed by {@code clock}. */
  public static Builder builder(TenantStore store, Clock clock) {
    return new Builder(store, clock);
  }

  /** The policy in use. */
  public SurvivorshipPolicy policy() {
    return engine.policy();
  }

  /**
   * The golden record and lineage of merging {@code others} into {@code master}, without writing anything.
   *
   * @throws io.crmkit.core.NotFoundException if a contact does not exist
   * @throws io.crmkit.core.ValidationException if an id is named twice or fewer than two contacts are named
   */
  public GoldenRecord<Contact> preview(ContactId master, Collection<ContactId> others) {
    return engine.preview(Optional.of(Objects.requireNonNull(master, "master")), others);
  }

  /** Like {@link #preview(ContactId, Collection)}, with the master chosen by the policy's {@link MasterChoice}. */
  public GoldenRecord<Contact> preview(Collection<ContactId> ids) {
    return engine.preview(Optional.empty(), ids);
  }

  /**
   * Merges {@code others} into {@code master}, whose id survives, as {@code actor} ({@code others} may
   * include the master, so a match cluster can be passed as it is).
   *
   * @throws io.crmkit.core.NotFoundException if a contact does not exist (nothing is written)
   * @throws io.crmkit.core.ConcurrencyConflictException if a record changed while merging (nothing is written)
   */
  public MergeOutcome<Contact> merge(ContactId master, Collection<ContactId> others, String actor) {
    return engine.merge(Optional.of(Objects.requireNonNull(master, "master")), others, actor);
  }

  /** Merges the contacts {@code ids}; the policy's {@link MasterChoice} picks the survivor. */
  public MergeOutcome<Contact> merge(Collection<ContactId> ids, String actor) {
    return engine.merge(Optional.empty(), ids, actor);
  }

  /**
   * Undoes merge {@code mergeId} in one transaction: the survivor gets its former values, the merged-away
   * contacts come back under their ids and every re-pointed record points where it did. Publishes {@link
   * RecordsUnmerged}; returns the merge record, now marked as undone.
   *
   * @throws MergeConflictException naming every record changed since the merge in a way an unmerge would
   *     overwrite (nothing is written)
   * @throws io.crmkit.core.IllegalTransitionException if the merge was already undone
   */
  public MergeRecord unmerge(MergeId mergeId, String actor) {
    return engine.unmerge(mergeId, actor);
  }

  /** The standing merge that took contact {@code id} away, e.g. to redirect an old link to the survivor. */
  public Optional<MergeRecord> mergeOf(ContactId id) {
    return engine.mergeOf(Objects.requireNonNull(id, "id"));
  }

  /** Every merge into contact {@code id}, latest first, including undone ones. */
  public List<MergeRecord> mergesInto(ContactId id) {
    return engine.mergesInto(Objects.requireNonNull(id, "id"));
  }

  /** Configures a {@link ContactMerge}. */
  public static final class Builder {
    private final TenantStore store;
    private final Clock clock;
    private SurvivorshipPolicy policy = SurvivorshipPolicy.contactDefaults();
    private IdGenerator ids;
    private EventPublisher events = EventPublisher.discarding();
    private final List<MergeParticipant> participants = new ArrayList<>();

    private Builder(TenantStore store, Clock clock) {
      this.store = Objects.requireNonNull(store, "store");
      this.clock = Objects.requireNonNull(clock, "clock");
      this.ids = IdGenerator.uuidV7(clock);
    }

    /** The survivorship policy (default {@link SurvivorshipPolicy#contactDefaults()}). */
    public Builder policy(SurvivorshipPolicy value) {
      this.policy = Objects.requireNonNull(value, "policy");
      return this;
    }

    /** Where merge-record ids come from (default UUIDv7 from the clock). */
    public Builder ids(IdGenerator value) {
      this.ids = Objects.requireNonNull(value, "ids");
      return this;
    }

    /** Where {@link RecordsMerged} and {@link RecordsUnmerged} go (default: dropped). */
    public Builder events(EventPublisher value) {
      this.events = Objects.requireNonNull(value, "events");
      return this;
    }

    /** A participant re-pointing another module's records, after the built-in ones. */
    public Builder participant(MergeParticipant value) {
      participants.add(Objects.requireNonNull(value, "participant"));
      return this;
    }

    /**
     * The merge.
     *
     * @throws io.crmkit.core.ValidationException if the policy names a field contacts do not have, or two
     *     participants share a name
     */
    public ContactMerge build() {
      return new ContactMerge(new PartyMerge<>(PartyKinds.CONTACT, store, clock, ids, events, policy, participants));
    }
  }
}
