package io.crmkit.sales.privacy;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.privacy.ErasureAction;
import io.crmkit.core.privacy.ErasurePolicy;
import io.crmkit.core.privacy.ErasurePolicy.Rule;
import io.crmkit.core.privacy.ErasurePolicy.Treatment;
import io.crmkit.core.store.Repository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How one record of one type is anonymised: named steps, one per personal field, each overwriting that field;
 * {@link #erase} applies the record's rule of the policy (keep, delete, or the steps whose field rule is not
 * keep) and writes the result through the repository at the version read.
 */
final class Anonymisation<T extends Aggregate<I>, I extends EntityId> {
  private final String entityType;
  private final Map<String, UnaryOperator<T>> steps = new LinkedHashMap<>();
  private UnaryOperator<T> touch = UnaryOperator.identity();

  private Anonymisation(String entityType) {
    this.entityType = entityType;
  }

  static <T extends Aggregate<I>, I extends EntityId> Anonymisation<T, I> of(String entityType) {
    return new Anonymisation<>(entityType);
  }

  /** A step that overwrites {@code field}; it changes nothing when the field holds nothing personal. */
  Anonymisation<T, I> field(String field, UnaryOperator<T> step) {
    steps.put(field, step);
    return this;
  }

  /** What a changed record gets besides its fields, e.g. a later {@code updatedAt}. */
  Anonymisation<T, I> touch(UnaryOperator<T> value) {
    this.touch = value;
    return this;
  }

  /**
   * Erases {@code record} per {@code policy}: nothing (and no action) when it is already anonymous.
   */
  Optional<ErasureAction> erase(Repository<T, I> repository, T record, ErasurePolicy policy) {
    String id = record.id().value();
    Rule rule = policy.forRecord(entityType);
    switch (rule.treatment()) {
      case KEEP:
        return Optional.of(new ErasureAction(SalesSubjectData.MODULE, entityType, id, Treatment.KEEP, List.of(), rule.reason()));
      case DELETE:
        repository.delete(record.id(), record.version());
        return Optional.of(new ErasureAction(SalesSubjectData.MODULE, entityType, id, Treatment.DELETE, List.of(), rule.reason()));
      default:
        break;
    }
    T current = record;
    List<String> changed = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    StringBuilder keptReasons = new StringBuilder();
    for (Map.Entry<String, UnaryOperator<T>> step : steps.entrySet()) {
      T next = step.getValue().apply(current);
      if (next.equals(current)) {
        continue;
      }
      Rule fieldRule = policy.forField(entityType, step.getKey());
      if (fieldRule.treatment() == Treatment.KEEP) {
        kept.add(step.getKey());
        keptReasons.append("; kept ").append(step.getKey()).append(": ").append(fieldRule.reason());
      } else {
        changed.add(step.getKey());
        current = next;
      }
    }
    if (changed.isEmpty()) {
      return kept.isEmpty()
          ? Optional.empty()
          : Optional.of(new ErasureAction(SalesSubjectData.MODULE, entityType, id, Treatment.KEEP, kept, keptReasons.substring(2)));
    }
    repository.update(touch.apply(current));
    return Optional.of(new ErasureAction(
        SalesSubjectData.MODULE, entityType, id, Treatment.ANONYMISE, changed, rule.reason() + keptReasons));
  }
}
