package io.crmkit.sales.forecast;

import io.crmkit.core.Owner;
import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The tree a forecast rolls up through: a root (the company), teams and territories below it, and the owners
 * of opportunities as leaves. Each owner appears once; a team's forecast is the sum of its children's.
 *
 * <pre>{@code
 * ForecastHierarchy h = ForecastHierarchy.builder("company", "Acme Sales")
 *     .group("emea", "EMEA", "company")
 *     .owner(Owner.user("u-1"), "Ada", "emea")
 *     .build();
 * }</pre>
 *
 * <p>Parents are declared before their children, so the tree cannot have cycles.
 */
public final class ForecastHierarchy {
  private final ForecastNode root;
  private final Map<String, ForecastNode> nodes; // pre-order
  private final Map<String, String> parents;
  private final Map<String, List<String>> children;

  private ForecastHierarchy(ForecastNode root, Map<String, ForecastNode> nodes, Map<String, String> parents, Map<String, List<String>> children) {
    this.root = root;
    this.parents = Map.copyOf(parents);
    Map<String, List<String>> kids = new LinkedHashMap<>();
    children.forEach((k, v) -> kids.put(k, List.copyOf(v)));
    this.children = Collections.unmodifiableMap(kids);
    Map<String, ForecastNode> ordered = new LinkedHashMap<>();
    preOrder(root.id(), nodes, ordered);
    this.nodes = Collections.unmodifiableMap(ordered);
  }

  private void preOrder(String id, Map<String, ForecastNode> all, Map<String, ForecastNode> out) {
    out.put(id, all.get(id));
    for (String c : children.getOrDefault(id, List.of())) {
      preOrder(c, all, out);
    }
  }

  /** Starts a hierarchy with its root. */
  public static Builder builder(String rootId, String rootLabel) {
    return new Builder(ForecastNode.group(rootId, rootLabel));
  }

  /** A root with {@code owners} directly below it (labelled with their ids). */
  public static ForecastHierarchy flat(String rootId, String rootLabel, Collection<Owner> owners) {
    Builder b = builder(rootId, rootLabel);
    owners.stream().distinct().forEach(o -> b.owner(o, o.id(), rootId));
    return b.build();
  }

  public ForecastNode root() {
    return root;
  }

  /** Every node, parents before children (pre-order, children in declaration order). */
  public List<ForecastNode> nodes() {
    return List.copyOf(nodes.values());
  }

  /** The node with {@code id}, if any. */
  public Optional<ForecastNode> node(String id) {
    return Optional.ofNullable(nodes.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * The node with {@code id}.
   *
   * @throws ValidationException if the hierarchy has none
   */
  public ForecastNode requireNode(String id) {
    return node(id).orElseThrow(() -> new ValidationException("node", "'" + id + "' is not a node of the forecast hierarchy"));
  }

  /** The children of {@code id}, in declaration order (empty for owners). */
  public List<ForecastNode> children(String id) {
    requireNode(id);
    return children.getOrDefault(id, List.of()).stream().map(nodes::get).toList();
  }

  /** The parent of {@code id}; empty for the root. */
  public Optional<ForecastNode> parent(String id) {
    requireNode(id);
    return Optional.ofNullable(parents.get(id)).map(nodes::get);
  }

  /** The depth of {@code id}: 0 for the root. */
  public int depth(String id) {
    int d = 0;
    for (Optional<ForecastNode> p = parent(id); p.isPresent(); p = parent(p.get().id())) {
      d++;
    }
    return d;
  }

  /** The owner leaves, in pre-order. */
  public List<ForecastNode> owners() {
    return nodes.values().stream().filter(ForecastNode::isOwner).toList();
  }

  /** The owner leaves at or below {@code id}. */
  public List<ForecastNode> ownersUnder(String id) {
    List<ForecastNode> out = new ArrayList<>();
    collect(requireNode(id), out);
    return out;
  }

  private void collect(ForecastNode n, List<ForecastNode> out) {
    if (n.isOwner()) {
      out.add(n);
    }
    for (String c : children.getOrDefault(n.id(), List.of())) {
      collect(nodes.get(c), out);
    }
  }

  /** Collects nodes; {@link #build()} returns the hierarchy. */
  public static final class Builder {
    private final ForecastNode root;
    private final Map<String, ForecastNode> nodes = new LinkedHashMap<>();
    private final Map<String, String> parents = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new LinkedHashMap<>();

    private Builder(ForecastNode root) {
      this.root = root;
      nodes.put(root.id(), root);
    }

    /** A team or territory below {@code parentId}. */
    public Builder group(String id, String label, String parentId) {
      return add(ForecastNode.group(id, label), parentId);
    }

    /** An owner below {@code parentId}. */
    public Builder owner(Owner owner, String label, String parentId) {
      return add(ForecastNode.owner(owner, label), parentId);
    }

    /**
     * Adds {@code node} below {@code parentId}.
     *
     * @throws ValidationException if the id is taken, the parent is unknown or the parent is an owner
     */
    public Builder add(ForecastNode node, String parentId) {
      Objects.requireNonNull(node, "node");
      Objects.requireNonNull(parentId, "parentId");
      ForecastNode parent = nodes.get(parentId);
      ValidationException.check(parent != null, "parent", "'" + parentId + "' must be declared before its child '" + node.id() + "'");
      ValidationException.check(!parent.isOwner(), "parent", "owner '" + parentId + "' is a leaf and cannot have children");
      ValidationException.check(nodes.putIfAbsent(node.id(), node) == null, "node", "'" + node.id() + "' appears twice in the hierarchy");
      parents.put(node.id(), parentId);
      children.computeIfAbsent(parentId, k -> new ArrayList<>()).add(node.id());
      return this;
    }

    public ForecastHierarchy build() {
      return new ForecastHierarchy(root, nodes, parents, children);
    }
  }
}
