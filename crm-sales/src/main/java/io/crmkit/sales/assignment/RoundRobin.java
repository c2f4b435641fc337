package io.crmkit.sales.assignment;

import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Hands records to the members of a queue in turn. The pointer is a value ({@link RoundRobinState}) the caller
 * persists, so the round robin holds no hidden state. A member who is absent (away, off shift) when their turn
 * comes is skipped and gets no credit for it later: the turn passes to the next present member in list order.
 * Hence over any run, the members present the whole time have assignment counts that differ by at most one.
 *
 * <pre>{@code
 * RoundRobin sdrs = RoundRobin.of(tenant, "inbound-sdr", List.of("u-1", "u-2", "u-3"));
 * RoundRobinPick pick = sdrs.next(loadedState, present::contains);
 * store(pick.state()); assign(lead, pick.decision());
 * }</pre>
 *
 * <p>Members may be added or removed between turns: the pointer remembers the last member and position, and
 * continues after that member, or, when they have left, from the position they held.
 */
public final class RoundRobin {
  private final TenantId tenantId;
  private final String name;
  private final List<String> members;

  private RoundRobin(TenantId tenantId, String name, List<String> members) {
    this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    this.name = Objects.requireNonNull(name, "name");
    ValidationException.check(!name.isBlank(), "roundRobin.name", "must not be blank");
    this.members = List.copyOf(members);
    ValidationException.check(!this.members.isEmpty(), "members", "must name at least one member");
    Set<String> seen = new HashSet<>();
    for (String m : this.members) {
      EntityId.checked(m, "members");
      ValidationException.check(seen.add(m), "members", "names '" + m + "' twice");
    }
  }

  /** The round robin {@code name} of {@code tenantId} over {@code members} (user ids, in turn order). */
  public static RoundRobin of(TenantId tenantId, String name, List<String> members) {
    return new RoundRobin(tenantId, name, members);
  }

  public TenantId tenantId() {
    return tenantId;
  }

  public String name() {
    return name;
  }

  public List<String> members() {
    return members;
  }

  /** The state before the first turn: the first present member goes first. */
  public RoundRobinState initialState() {
    return new RoundRobinState(tenantId, name, Optional.empty(), -1);
  }

  /** The next turn with every member present. */
  public RoundRobinPick next(RoundRobinState state) {
    return next(state, m -> true);
  }

  /**
   * The next turn: the first member after the pointer, in list order and wrapping around, for whom
   * {@code present} holds. When nobody is present, nobody is assigned and the pointer stays.
   *
   * @throws ValidationException when {@code state} belongs to another tenant or round robin
   */
  public RoundRobinPick next(RoundRobinState state, Predicate<String> present) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(present, "present");
    ValidationException.check(state.tenantId().equals(tenantId) && state.roundRobin().equals(name), "state",
        "belongs to round robin '" + state.roundRobin() + "' of tenant " + state.tenantId() + ", not '" + name
            + "' of tenant " + tenantId);
    int n = members.size();
    // the position after which to look: the last member's, or the slot they held when they have left
    int after;
    if (state.lastMember().isEmpty()) {
      after = -1;
    } else {
      int at = members.indexOf(state.lastMember().get());
      after = at >= 0 ? at : Math.min(state.lastPosition(), n) - 1;
    }
    List<String> skipped = new ArrayList<>();
    for (int step = 1; step <= n; step++) {
      int i = Math.floorMod(after + step, n);
      String m = members.get(i);
      if (present.test(m)) {
        String why = state.lastMember().map(l -> "next after " + l).orElse("first turn")
            + (skipped.isEmpty() ? "" : "; skipped " + String.join(", ", skipped) + " (absent)");
        return new RoundRobinPick(
            AssignmentDecision.to(AssignmentTarget.user(m), "round robin '" + name + "'", why),
            new RoundRobinState(tenantId, name, Optional.of(m), i));
      }
      skipped.add(m);
    }
    return new RoundRobinPick(
        AssignmentDecision.nobody("round robin '" + name + "'", "none of the " + n + " members is present"), state);
  }
}
