package io.crmkit.service.ivr;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant's contact-centre menu: nodes by id, a root prompt or leaf, a {@link RetryPolicy} and a depth limit,
 * validated when built so that every call ends in a queue or a message: every prompt has options (no dead ends),
 * no prompt offers one input twice, every option leads to an existing node, no path leads back to a node already
 * on it, no path is deeper than the limit (prompts on the way), and every node is reachable from the root.
 *
 * <pre>{@code
 * Menu menu = Menu.builder(tenant, "main-line", "main")
 *     .node(Prompt.of("main", "For billing press 1, for opening hours press 2.",
 *         MenuOption.key("1", "billing"), MenuOption.key("2", "hours")))
 *     .node(Transfer.to("billing", "billing-queue"))
 *     .node(new Answer("hours", "We are open 8 to 18, Monday to Friday."))
 *     .retries(RetryPolicy.of(2, "reception")).build();
 * }</pre>
 */
public final class Menu {
  /** The default depth limit: prompts on the longest path. */
  public static final int DEFAULT_MAX_DEPTH = 8;

  private final TenantId tenantId;
  private final String name;
  private final String root;
  private final Map<String, MenuNode> nodes;
  private final RetryPolicy retries;
  private final int maxDepth;
  private final int depth;

  private Menu(Builder b, int depth) {
    this.tenantId = b.tenantId;
    this.name = b.name;
    this.root = b.root;
    this.nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.nodes));
    this.retries = b.retries;
    this.maxDepth = b.maxDepth;
    this.depth = depth;
  }

  /** A builder of menu {@code name} of {@code tenantId} starting at node {@code root}. */
  public static Builder builder(TenantId tenantId, String name, String root) {
    return new Builder(tenantId, name, root);
  }

  public TenantId tenantId() {
    return tenantId;
  }

  public String name() {
    return name;
  }

  /** The id of the node a call starts at. */
  public String root() {
    return root;
  }

  /** Every node, in the order added. */
  public List<MenuNode> nodes() {
    return List.copyOf(nodes.values());
  }

  /** The node {@code id}, if the menu has it. */
  public Optional<MenuNode> node(String id) {
    return Optional.ofNullable(nodes.get(id));
  }

  public RetryPolicy retries() {
    return retries;
  }

  public int maxDepth() {
    return maxDepth;
  }

  /** The number of prompts on the longest path from the root. */
  public int depth() {
    return depth;
  }

  /**
   * Every path a caller can take by valid choices, from the root to a leaf: the node ids visited, the last a
   * leaf. Paths through retries end at the fallback queue instead and are not listed.
   */
  public List<List<String>> paths() {
    List<List<String>> out = new ArrayList<>();
    collect(root, new ArrayList<>(), out);
    return out;
  }

  private void collect(String id, List<String> prefix, List<List<String>> out) {
    prefix.add(id);
    if (nodes.get(id) instanceof MenuNode.Prompt p) {
      for (MenuOption o : p.options()) {
        collect(o.target(), prefix, out);
      }
    } else {
      out.add(List.copyOf(prefix));
    }
    prefix.remove(prefix.size() - 1);
  }

  /** Collects nodes; {@link #build()} validates the menu. */
  public static final class Builder {
    private final TenantId tenantId;
    private final String name;
    private final String root;
    private final Map<String, MenuNode> nodes = new LinkedHashMap<>();
    private final List<String> duplicates = new ArrayList<>();
    private RetryPolicy retries;
    private int maxDepth = DEFAULT_MAX_DEPTH;

    private Builder(TenantId tenantId, String name, String root) {
      this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
      this.name = Objects.requireNonNull(name, "name");
      this.root = Objects.requireNonNull(root, "root");
      this.retries = RetryPolicy.of(2, "reception");
    }

    /** Adds a node. */
    public Builder node(MenuNode node) {
      Objects.requireNonNull(node, "node");
      if (nodes.putIfAbsent(node.id(), node) != null) {
        duplicates.add(node.id());
      }
      return this;
    }

    /** Sets the policy for invalid input and silence (default: two repeats, then queue {@code reception}). */
    public Builder retries(RetryPolicy policy) {
      this.retries = Objects.requireNonNull(policy, "retries");
      return this;
    }

    /** Sets the most prompts a path may pass (1 to 32; default {@value #DEFAULT_MAX_DEPTH}). */
    public Builder maxDepth(int limit) {
      this.maxDepth = limit;
      return this;
    }

    /**
     * The menu.
     *
     * @throws ValidationException naming the node (e.g. {@code nodes[billing].options}) and the rule it breaks
     */
    public Menu build() {
      ValidationException.check(!name.isBlank(), "menu.name", "must not be blank");
      ValidationException.check(maxDepth >= 1 && maxDepth <= 32, "maxDepth", "must be 1 to 32 but was " + maxDepth);
      ValidationException.check(duplicates.isEmpty(), "nodes", "name node '" + String.join("', '", duplicates) + "' twice");
      ValidationException.check(nodes.containsKey(root), "root", "names no node of the menu: '" + root + "'");
      for (MenuNode n : nodes.values()) {
        if (n instanceof MenuNode.Prompt p) {
          String field = "nodes[" + p.id() + "].options";
          ValidationException.check(!p.options().isEmpty(), field, "must offer at least one option (a dead end)");
          Set<MenuInput> inputs = new HashSet<>();
          for (MenuOption o : p.options()) {
            ValidationException.check(inputs.add(o.input()), field, "offer " + o.input() + " twice");
            ValidationException.check(nodes.containsKey(o.target()), field,
                "lead by " + o.input() + " to '" + o.target() + "', which is no node of the menu");
          }
        }
      }
      int depth = depthFrom(root, new ArrayDeque<>(), new HashMap<>());
      Set<String> reached = new HashSet<>();
      Deque<String> todo = new ArrayDeque<>(List.of(root));
      while (!todo.isEmpty()) {
        String id = todo.pop();
        if (reached.add(id) && nodes.get(id) instanceof MenuNode.Prompt p) {
          p.options().forEach(o -> todo.push(o.target()));
        }
      }
      for (String id : nodes.keySet()) {
        ValidationException.check(reached.contains(id), "nodes[" + id + "]", "is unreachable from the root '" + root + "'");
      }
      return new Menu(this, depth);
    }

    /** Prompts on the longest path from {@code id}; fails on a cycle or a path over the limit. */
    private int depthFrom(String id, Deque<String> onPath, Map<String, Integer> known) {
      Integer seen = known.get(id);
      if (seen != null) {
        return seen;
      }
      if (!(nodes.get(id) instanceof MenuNode.Prompt p)) {
        return 0;
      }
      onPath.push(id);
      int deepest = 0;
      for (MenuOption o : p.options()) {
        ValidationException.check(!onPath.contains(o.target()), "nodes[" + id + "].options",
            "lead by " + o.input() + " back to '" + o.target() + "', a cycle a caller could never leave");
        deepest = Math.max(deepest, depthFrom(o.target(), onPath, known));
      }
      onPath.pop();
      int d = deepest + 1;
      ValidationException.check(onPath.size() + d <= maxDepth, "maxDepth",
          "is " + maxDepth + " but a path through '" + id + "' passes " + (onPath.size() + d) + " prompts");
      known.put(id, d);
      return d;
    }
  }
}
