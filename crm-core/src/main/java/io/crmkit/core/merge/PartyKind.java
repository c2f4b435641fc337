package io.crmkit.core.merge;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.RecordRef;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.store.EntityType;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the merge engine needs to know about one party type: its store descriptor, its mergeable fields,
 * timestamps, source systems and the built-in participants that re-point records naming it.
 */
final class PartyKind<T extends Aggregate<I>, I extends EntityId> {

  /** Sets both timestamps of a record. */
  @FunctionalInterface
  interface Timestamps<T> {
    T with(T record, Instant createdAt, Instant updatedAt);
  }

  final EntityType<T, I> type;
  final List<MergeField<T>> fields;
  final Function<T, Instant> createdAt;
  final Function<T, Instant> updatedAt;
  final Timestamps<T> timestamps;
  final Function<T, Map<String, String>> externalIds;
  final Function<T, CustomFields> customFields;
  final List<MergeParticipant> builtIns;

  PartyKind(
      EntityType<T, I> type,
      List<MergeField<T>> fields,
      Function<T, Instant> createdAt,
      Function<T, Instant> updatedAt,
      Timestamps<T> timestamps,
      Function<T, Map<String, String>> externalIds,
      Function<T, CustomFields> customFields,
      List<MergeParticipant> builtIns) {
    this.type = type;
    this.fields = List.copyOf(fields);
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.timestamps = timestamps;
    this.externalIds = externalIds;
    this.customFields = customFields;
    this.builtIns = List.copyOf(builtIns);
  }

  RecordRef ref(T record) {
    return RecordRef.of(type.name(), record.id());
  }

  /** The source systems of a record: its external-id systems and the policy's source field, lower-cased. */
  Set<String> sources(T record, SurvivorshipPolicy policy) {
    Set<String> out = new LinkedHashSet<>(externalIds.apply(record).keySet());
    policy.sourceField().flatMap(key -> customFields.apply(record).get(key)).ifPresent(v -> {
      if (v instanceof FieldValue.TextValue t) {
        out.add(t.value().strip().toLowerCase(Locale.ROOT));
      } else if (v instanceof FieldValue.PicklistValue p) {
        out.add(p.value().strip().toLowerCase(Locale.ROOT));
      }
    });
    return out;
  }

  /** How many of the record's mergeable fields hold a value. */
  int completeness(T record) {
    int n = 0;
    for (MergeField<T> f : fields) {
      n += f.filled(record) ? 1 : 0;
    }
    return n;
  }

  /** Checks the policy names only fields of this type. */
  void validate(SurvivorshipPolicy policy) {
    Set<String> single = new HashSet<>();
    Set<String> multi = new HashSet<>();
    Set<String> keyed = new HashSet<>();
    for (MergeField<T> f : fields) {
      (f.multiValued() ? multi : single).add(f.name());
      if (f.keyed()) {
        keyed.add(f.name());
      }
    }
    policy.validateFor(type.name(), new TreeSet<>(single), new TreeSet<>(multi), new TreeSet<>(keyed));
  }
}
