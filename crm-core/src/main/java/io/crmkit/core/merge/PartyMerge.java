package io.crmkit.core.merge;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.IdGenerator;
import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The merge engine shared by {@link ContactMerge} and {@link AccountMerge}. */
final class PartyMerge<T extends Aggregate<I>, I extends EntityId> {
  private final PartyKind<T, I> kind;
  private final TenantStore store;
  private final Clock clock;
  private final IdGenerator ids;
  private final EventPublisher events;
  private final SurvivorshipPolicy policy;
  private final Map<String, MergeParticipant> participants;

  PartyMerge(
      PartyKind<T, I> kind, TenantStore store, Clock clock, IdGenerator ids, EventPublisher events, SurvivorshipPolicy policy,
      List<MergeParticipant> extra) {
    this.kind = kind;
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.events = Objects.requireNonNull(events, "events");
    this.policy = Objects.requireNonNull(policy, "policy");
    kind.validate(policy);
    Map<String, MergeParticipant> ps = new LinkedHashMap<>();
    for (MergeParticipant p : kind.builtIns) {
      ps.put(p.name(), p);
    }
    for (MergeParticipant p : extra) {
      Objects.requireNonNull(p, "participant");
      ValidationException.check(
          ps.putIfAbsent(Objects.requireNonNull(p.name(), "participant.name"), p) == null,
          "participants",
          "two participants are named '" + p.name() + "'; names must be unique (built in: " + kind.builtIns.stream().map(MergeParticipant::name).toList() + ")");
    }
    this.participants = ps;
  }

  SurvivorshipPolicy policy() {
    return policy;
  }

  GoldenRecord<T> preview(Optional<I> master, Collection<I> idList) {
    List<T> records = load(master, idList);
    T m = master.map(id -> find(records, id)).orElseGet(() -> Survivorship.master(kind, policy.masterChoice(), records));
    Survivorship.Golden<T> g = Survivorship.golden(kind, policy, m, records, clock.instant());
    List<T> others = new ArrayList<>();
    for (T r : records) {
      if (!r.id().equals(m.id())) {
        others.add(r);
      }
    }
    others.sort(java.util.Comparator.comparing(kind.updatedAt).reversed().thenComparing(r -> r.id().value()));
    return new GoldenRecord<>(m, g.record(), g.lineage(), others);
  }

  MergeOutcome<T> merge(Optional<I> master, Collection<I> idList, String actor) {
    checkActor(actor);
    Repository<T, I> repo = store.repository(kind.type);
    Repository<MergeRecord, MergeId> merges = store.repository(MergeRecord.TYPE);
    MergeOutcome<T> outcome = store.transactions().inTransaction(() -> {
      GoldenRecord<T> g = preview(master, idList);
      Instant now = clock.instant();
      T saved = repo.update(g.golden());
      RecordRef survivor = kind.ref(saved);
      List<RecordRef> away = g.mergedAway().stream().map(kind::ref).toList();
      MergeContext ctx = new MergeContext(store, survivor, away, now, actor);
      List<Repointing> repointed = new ArrayList<>();
      for (MergeParticipant p : participants.values()) {
        for (Repointing r : p.repoint(ctx)) {
          ValidationException.check(
              r.participant().equals(p.name()),
              "participant",
              p.name() + " returned a change recorded for '" + r.participant() + "'; record your own name so unmerge finds you");
          repointed.add(r);
        }
      }
      for (T m : g.mergedAway()) {
        repo.delete(m.id(), m.version());
      }
      MergeRecord record = merges.insert(new MergeRecord(
          ids.next(MergeId::new), store.tenantId(), 0, RecordImage.of(g.master()), saved.version(),
          g.mergedAway().stream().map(RecordImage::of).toList(), g.lineage(), repointed, actor, now, Optional.empty()));
      return new MergeOutcome<>(saved, record);
    });
    MergeRecord r = outcome.record();
    events.publish(new RecordsMerged(
        store.tenantId(), r.id(), r.survivor(), r.mergedAwayRefs(), refs(r.repointed()), actor, r.mergedAt()));
    return outcome;
  }

  MergeRecord unmerge(MergeId mergeId, String actor) {
    Objects.requireNonNull(mergeId, "mergeId");
    checkActor(actor);
    Repository<MergeRecord, MergeId> merges = store.repository(MergeRecord.TYPE);
    MergeRecord done = store.transactions().inTransaction(() -> {
      MergeRecord m = merges.get(mergeId);
      ValidationException.check(
          m.entityType().equals(kind.type.name()),
          "mergeId",
          "merge " + mergeId + " merged " + m.entityType() + " records; undo it with the merge of that type, not " + kind.type.name());
      if (m.undone()) {
        MergeRecord.Unmerging u = m.unmerged().orElseThrow();
        throw new IllegalTransitionException("UNMERGED", "unmerge", "merge " + mergeId + " was already undone by " + u.actor() + " at " + u.at());
      }
      List<MergeConflict> conflicts = new ArrayList<>();
      Optional<Aggregate<?>> survivorNow = Images.current(store, m.survivorBefore());
      if (survivorNow.isEmpty()) {
        conflicts.add(new MergeConflict(
            m.survivor(), "the survivor was deleted after the merge" + laterMergeHint(m.survivor(), merges)));
      } else if (survivorNow.get().version() != m.survivorVersionAfter()) {
        conflicts.add(new MergeConflict(
            m.survivor(),
            "the survivor changed after the merge: version " + survivorNow.get().version() + ", the merge left version "
                + m.survivorVersionAfter() + "; restoring its former values would undo that change"));
      }
      for (RecordImage away : m.mergedAway()) {
        if (Images.current(store, away).isPresent()) {
          conflicts.add(new MergeConflict(away.ref(), "a record with the merged-away id exists again"));
        }
      }
      for (Repointing r : m.repointed()) {
        MergeParticipant p = participants.get(r.participant());
        if (p == null) {
          conflicts.add(new MergeConflict(
              r.record(), "was changed by participant '" + r.participant() + "', which is not registered with this merge, so nothing can undo it"));
        } else {
          conflicts.addAll(p.conflicts(r, store));
        }
      }
      if (!conflicts.isEmpty()) {
        throw new MergeConflictException(mergeId, conflicts);
      }
      Instant now = clock.instant();
      Images.overwrite(store, m.survivorBefore(), m.survivorVersionAfter());
      for (RecordImage away : m.mergedAway()) {
        Images.reinsert(store, away);
      }
      List<Repointing> reversed = new ArrayList<>(m.repointed());
      java.util.Collections.reverse(reversed);
      for (Repointing r : reversed) {
        participants.get(r.participant()).restore(r, store);
      }
      Instant at = now.isBefore(m.mergedAt()) ? m.mergedAt() : now;
      return merges.update(m.withUnmerged(actor, at));
    });
    events.publish(new RecordsUnmerged(
        store.tenantId(), done.id(), done.survivor(), done.mergedAwayRefs(), refs(done.repointed()), actor,
        done.unmerged().orElseThrow().at()));
    return done;
  }

  /** The standing merge that took {@code id} away, if any. */
  Optional<MergeRecord> mergeOf(I id) {
    String ref = RecordRef.of(kind.type.name(), id).toString();
    return store.repository(MergeRecord.TYPE)
        .query(Query.where(Criteria.eq(MergeRecord.MERGED_AWAY, ref)).orderBy(Sort.byDescending(MergeRecord.MERGED_AT)))
        .stream()
        .filter(m -> !m.undone())
        .findFirst();
  }

  /** Every merge into {@code id}, latest first, including undone ones. */
  List<MergeRecord> mergesInto(I id) {
    String ref = RecordRef.of(kind.type.name(), id).toString();
    return store.repository(MergeRecord.TYPE)
        .query(Query.where(Criteria.eq(MergeRecord.SURVIVOR, ref)).orderBy(Sort.byDescending(MergeRecord.MERGED_AT)));
  }

  private String laterMergeHint(RecordRef survivor, Repository<MergeRecord, MergeId> merges) {
    return merges.query(Criteria.eq(MergeRecord.MERGED_AWAY, survivor.toString())).stream()
        .filter(m -> !m.undone())
        .findFirst()
        .map(m -> " (it was merged into " + m.survivor() + " by merge " + m.id() + "; unmerge that first)")
        .orElse("");
  }

  private List<T> load(Optional<I> master, Collection<I> idList) {
    Objects.requireNonNull(master, "master");
    Objects.requireNonNull(idList, "ids");
    LinkedHashSet<I> all = new LinkedHashSet<>();
    master.ifPresent(all::add);
    Set<I> seen = new HashSet<>();
    for (I id : idList) {
      Objects.requireNonNull(id, "ids");
      ValidationException.check(seen.add(id), "ids", kind.type.name() + " " + id.value() + " is named twice");
      all.add(id);
    }
    ValidationException.check(
        all.size() >= 2, "ids", "a merge needs at least two distinct " + kind.type.name() + " records but got " + all.size());
    Repository<T, I> repo = store.repository(kind.type);
    List<T> out = new ArrayList<>();
    for (I id : all) {
      out.add(repo.get(id));
    }
    return out;
  }

  private T find(List<T> records, I id) {
    return records.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  private static Set<RecordRef> refs(List<Repointing> rs) {
    Set<RecordRef> out = new LinkedHashSet<>();
    rs.forEach(r -> out.add(r.record()));
    return out;
  }

  private static void checkActor(String actor) {
    Objects.requireNonNull(actor, "actor");
    ValidationException.check(!actor.isBlank(), "actor", "must name who merges (a user id, 'system', ...)");
  }
}
