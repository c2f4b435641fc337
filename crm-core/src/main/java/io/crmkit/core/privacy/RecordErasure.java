package io.crmkit.core.privacy;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.privacy.ErasurePolicy.Rule;
import io.crmkit.core.privacy.ErasurePolicy.Treatment;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How a module's privacy source erases the records of one entity type: named steps, one per personal field, each
 * overwriting that field. {@link #erase} applies the type's rule of the policy — keep the record (with the
 * reason), delete it, or run the steps whose field rule is not keep — and writes through the repository at the
 * version read. A record the steps leave unchanged (already anonymous) is not written and gets no action, so a
 * second erasure changes nothing.
 *
 * <pre>{@code
 * RecordErasure<Lead, LeadId> leads = RecordErasure.<Lead, LeadId>of("sales", "lead")
 *     .field("email", l -> l.toBuilder().noEmail().build());
 * leads.erase(store.repository(Lead.TYPE), lead, policy).ifPresent(actions::add);
 * }</pre>
 *
 * @param <T> the aggregate type
 * @param <I> its id type
 */
public final class RecordErasure<T extends Aggregate<I>, I extends EntityId> {
  /** What the modules' sources write over a personal value that must stay present. */
  public static final String ERASED = "[erased]";

  private final String module;
  private final String entityType;
  private final Map<String, UnaryOperator<T>> steps = new LinkedHashMap<>();
  private UnaryOperator<T> touch = UnaryOperator.identity();

  private RecordErasure(String module, String entityType) {
    this.module = Objects.requireNonNull(module, "module");
    this.entityType = Objects.requireNonNull(entityType, "entityType");
  }

  /**
   * Checks that {@code subject} belongs to {@code store}'s tenant before a source reads anything.
   *
   * @throws ValidationException naming {@code subject.tenant} otherwise
   */
  public static void requireSameTenant(TenantStore store, Subject subject) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(subject, "subject");
    ValidationException.check(
        store.tenantId().equals(subject.tenant()), "subject.tenant",
        "is " + subject.tenant() + " but the store is tenant " + store.tenantId() + "'s");
  }

  /** Erasure of the records of {@code entityType} (the name the policy uses) for {@code module}'s source. */
  public static <T extends Aggregate<I>, I extends EntityId> RecordErasure<T, I> of(String module, String entityType) {
    return new RecordErasure<>(module, entityType);
  }

  /** A step that overwrites {@code field}; it returns the record unchanged when the field holds nothing personal. */
  public RecordErasure<T, I> field(String field, UnaryOperator<T> step) {
    steps.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(step, "step"));
    return this;
  }

  /** What a changed record gets besides its fields before it is written, e.g. a later {@code updatedAt}. */
  public RecordErasure<T, I> touch(UnaryOperator<T> value) {
    this.touch = Objects.requireNonNull(value, "touch");
    return this;
  }

  /**
   * Erases {@code record} per {@code policy} and says what it did; empty when there was nothing left to change.
   * A field kept by the policy is named in the reason (or in a {@code KEEP} action when nothing else changed).
   */
  public Optional<ErasureAction> erase(Repository<T, I> repository, T record, ErasurePolicy policy) {
    return erase(repository, record, policy, true);
  }

  /**
   * Like {@link #erase(Repository, Aggregate, ErasurePolicy)}, but a record shared with other people
   * ({@code mayDelete} false: a deal with other contacts, another customer's case) is never deleted for one
   * person's erasure: a delete rule anonymises the person's part of it instead, and the reason says so.
   */
  public Optional<ErasureAction> erase(Repository<T, I> repository, T record, ErasurePolicy policy, boolean mayDelete) {
    String id = record.id().value();
    Rule rule = policy.forRecord(entityType);
    if (rule.treatment() == Treatment.DELETE && !mayDelete) {
      rule = new Rule(Treatment.ANONYMISE, rule.reason() + "; shared with others, so only the person's part is anonymised");
    }
    switch (rule.treatment()) {
      case KEEP:
        return Optional.of(new ErasureAction(module, entityType, id, Treatment.KEEP, List.of(), rule.reason()));
      case DELETE:
        repository.delete(record.id(), record.version());
        return Optional.of(new ErasureAction(module, entityType, id, Treatment.DELETE, List.of(), rule.reason()));
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
          : Optional.of(new ErasureAction(module, entityType, id, Treatment.KEEP, kept, keptReasons.substring(2)));
    }
    repository.update(touch.apply(current));
    return Optional.of(new ErasureAction(module, entityType, id, Treatment.ANONYMISE, changed, rule.reason() + keptReasons));
  }
}
