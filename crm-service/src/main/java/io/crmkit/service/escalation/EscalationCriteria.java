package io.crmkit.service.escalation;

import io.crmkit.service.routing.WorkItem;
import io.crmkit.service.routing.WorkPriority;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which work items an {@link EscalationRule} applies to: each non-empty set must contain the item's value (an
 * empty set accepts any), and {@code slaBearingOnly} limits it to items with an SLA due date.
 * {@code EscalationCriteria.any().priorities(WorkPriority.HIGH, WorkPriority.URGENT).products("router-x")}.
 */
public record EscalationCriteria(
    Set<WorkPriority> priorities, Set<String> types, Set<String> products, Set<String> queues, boolean slaBearingOnly) {

  public EscalationCriteria {
    priorities = Set.copyOf(Objects.requireNonNull(priorities, "priorities"));
    types = Set.copyOf(Objects.requireNonNull(types, "types"));
    products = Set.copyOf(Objects.requireNonNull(products, "products"));
    queues = Set.copyOf(Objects.requireNonNull(queues, "queues"));
  }

  /** Accepts every item. */
  public static EscalationCriteria any() {
    return new EscalationCriteria(Set.of(), Set.of(), Set.of(), Set.of(), false);
  }

  public EscalationCriteria priorities(WorkPriority... values) {
    return new EscalationCriteria(Set.of(values), types, products, queues, slaBearingOnly);
  }

  public EscalationCriteria types(String... values) {
    return new EscalationCriteria(priorities, Set.of(values), products, queues, slaBearingOnly);
  }

  public EscalationCriteria products(String... values) {
    return new EscalationCriteria(priorities, types, Set.of(values), queues, slaBearingOnly);
  }

  public EscalationCriteria queues(String... values) {
    return new EscalationCriteria(priorities, types, products, Set.of(values), slaBearingOnly);
  }

  /** Only items with an SLA due date. */
  public EscalationCriteria slaBearing() {
    return new EscalationCriteria(priorities, types, products, queues, true);
  }

  /** Whether {@code item} meets every criterion. */
  public boolean matches(WorkItem item) {
    Objects.requireNonNull(item, "item");
    return (priorities.isEmpty() || priorities.contains(item.priority()))
        && (types.isEmpty() || types.contains(item.type()))
        && (products.isEmpty() || item.product().map(products::contains).orElse(false))
        && (queues.isEmpty() || queues.contains(item.queue()))
        && (!slaBearingOnly || item.slaBearing());
  }

  /** The criteria in words, e.g. {@code priority in [HIGH, URGENT] and product in [router-x]}; {@code any item}. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (!priorities.isEmpty()) {
      parts.add("priority in " + new TreeSet<>(priorities));
    }
    if (!types.isEmpty()) {
      parts.add("type in " + new TreeSet<>(types));
    }
    if (!products.isEmpty()) {
      parts.add("product in " + new TreeSet<>(products));
    }
    if (!queues.isEmpty()) {
      parts.add("queue in " + new TreeSet<>(queues));
    }
    if (slaBearingOnly) {
      parts.add("under an SLA");
    }
    return parts.isEmpty() ? "any item" : String.join(" and ", parts);
  }
}
