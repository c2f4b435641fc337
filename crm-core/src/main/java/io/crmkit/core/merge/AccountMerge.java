package io.crmkit.core.merge;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.store.TenantStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Merges duplicate accounts of one tenant into a survivor, and undoes such merges; the twin of {@link
 * ContactMerge}, sharing its engine.
 *
 * <pre>{@code
 * AccountMerge merges = AccountMerge.builder(tenantStore, clock).events(bus).build();
 * MergeOutcome<Account> done = merges.merge(keep, List.of(duplicate), "u-1");
 * merges.unmerge(done.record().id(), "u-1");
 * }</pre>
 *
 * <p>Besides what a contact merge re-points (activities' links, party relationships, consent events), an
 * account merge moves the contacts whose account was merged away to the surviving account. Survivorship
 * defaults to {@link SurvivorshipPolicy#accountDefaults()}. Publishes {@link RecordsMerged} after the commit.
 */
public final class AccountMerge {
  private final PartyMerge<Account, AccountId> engine;

  private AccountMerge(PartyMerge<Account, AccountId> engine) {
    this.engine = engine;
  }

  /** A merge with the default policy, UUIDv7 ids and no event delivery. */
  public static AccountMerge of(TenantStore store, Clock clock) {
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
   * @throws io.crmkit.core.NotFoundException if an account does not exist
   * @throws io.crmkit.core.ValidationException if an id is named twice or fewer than two accounts are named
   */
  public GoldenRecord<Account> preview(AccountId master, Collection<AccountId> others) {
    return engine.preview(Optional.of(Objects.requireNonNull(master, "master")), others);
  }

  /** Like {@link #preview(AccountId, Collection)}, with the master chosen by the policy's {@link MasterChoice}. */
  public GoldenRecord<Account> preview(Collection<AccountId> ids) {
    return engine.preview(Optional.empty(), ids);
  }

  /**
   * Merges {@code others} into {@code master}, whose id survives, as {@code actor} ({@code others} may
   * include the master, so a match cluster can be passed as it is).
   *
   * @throws io.crmkit.core.NotFoundException if an account does not exist (nothing is written)
   * @throws io.crmkit.core.ConcurrencyConflictException if a record changed while merging (nothing is written)
   */
  public MergeOutcome<Account> merge(AccountId master, Collection<AccountId> others, String actor) {
    return engine.merge(Optional.of(Objects.requireNonNull(master, "master")), others, actor);
  }

  /** Merges the accounts {@code ids}; the policy's {@link MasterChoice} picks the survivor. */
  public MergeOutcome<Account> merge(Collection<AccountId> ids, String actor) {
    return engine.merge(Optional.empty(), ids, actor);
  }

  /**
   * Undoes merge {@code mergeId} in one transaction: the survivor gets its former values, the merged-away
   * accounts come back under their ids and every re-pointed record points where it did. Publishes {@link
   * RecordsUnmerged}; returns the merge record, now marked as undone.
   *
   * @throws MergeConflictException naming every record changed since the merge in a way an unmerge would
   *     overwrite (nothing is written)
   * @throws io.crmkit.core.IllegalTransitionException if the merge was already undone
   */
  public MergeRecord unmerge(MergeId mergeId, String actor) {
    return engine.unmerge(mergeId, actor);
  }

  /** The standing merge that took account {@code id} away, e.g. to redirect an old link to the survivor. */
  public Optional<MergeRecord> mergeOf(AccountId id) {
    return engine.mergeOf(Objects.requireNonNull(id, "id"));
  }

  /** Every merge into account {@code id}, latest first, including undone ones. */
  public List<MergeRecord> mergesInto(AccountId id) {
    return engine.mergesInto(Objects.requireNonNull(id, "id"));
  }

  /** Configures a {@link AccountMerge}. */
  public static final class Builder {
    private final TenantStore store;
    private final Clock clock;
    private SurvivorshipPolicy policy = SurvivorshipPolicy.accountDefaults();
    private IdGenerator ids;
    private EventPublisher events = EventPublisher.discarding();
    private final List<MergeParticipant> participants = new ArrayList<>();

    private Builder(TenantStore store, Clock clock) {
      this.store = Objects.requireNonNull(store, "store");
      this.clock = Objects.requireNonNull(clock, "clock");
      this.ids = IdGenerator.uuidV7(clock);
    }

    /** The survivorship policy (default {@link SurvivorshipPolicy#accountDefaults()}). */
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
     * @throws io.crmkit.core.ValidationException if the policy names a field accounts do not have, or two
     *     participants share a name
     */
    public AccountMerge build() {
      return new AccountMerge(new PartyMerge<>(PartyKinds.ACCOUNT, store, clock, ids, events, policy, participants));
    }
  }
}
