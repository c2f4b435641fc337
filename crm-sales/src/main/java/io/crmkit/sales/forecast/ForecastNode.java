package io.crmkit.sales.forecast;

import io.crmkit.core.Owner;
import io.crmkit.core.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * A node of a {@link ForecastHierarchy}: a team or territory (an inner node, or the root), or an owner (a
 * leaf, whose id is the owner's {@code user:<id>} / {@code team:<id>} form).
 *
 * <p>{@code ForecastNode.owner(Owner.user("u-1"), "Ada")}
 *
 * @param id unique in the hierarchy
 * @param label the name people see
 * @param owner the owner of a leaf; empty for teams and territories
 */
public record ForecastNode(String id, String label, Optional<Owner> owner) {
  public ForecastNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(owner, "owner");
    ValidationException.check(!id.isBlank() && id.length() <= 200, "node.id", "must have 1 to 200 characters and not be blank");
    ValidationException.check(!label.isBlank(), "node.label", "must not be blank");
    owner.ifPresent(o -> ValidationException.check(
        id.equals(o.toString()), "node.id", "an owner's node has the owner's id '" + o + "' but was '" + id + "'"));
  }

  /** A team or territory node. */
  public static ForecastNode group(String id, String label) {
    return new ForecastNode(id, label, Optional.empty());
  }

  /** The leaf of {@code owner}. */
  public static ForecastNode owner(Owner owner, String label) {
    return new ForecastNode(owner.toString(), label, Optional.of(owner));
  }

  /** Whether this node is an owner (a leaf). */
  public boolean isOwner() {
    return owner.isPresent();
  }
}
