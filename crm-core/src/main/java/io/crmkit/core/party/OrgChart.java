package io.crmkit.core.party;

import io.crmkit.core.RecordRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Who reports to whom in one account on one day, drawn from {@link PartyRelationship}s.
 *
 * <pre>{@code
 * OrgChart chart = OrgChart.of(acme.id(), LocalDate.parse("2026-01-01"), relationships);
 * chart.roots();                       // the people nobody in the account manages
 * System.out.print(chart.render(id -> names.get(id)));
 * }</pre>
 *
 * <p>The employees are the contacts with a {@code WORKS_FOR} relationship to the account active on the day;
 * their {@code REPORTS_TO} relationships active on the day, between two employees, make a forest. When a
 * contact has several managers on the day, the relationship with the latest {@code fromDate} wins (an open
 * start counts as earliest; ties go to the smaller manager id). Reporting cycles, which bad data can
 * contain, are detected, reported by {@link #cycles()} and broken at the cycle member with the smallest id,
 * which then shows as a root; nothing loops on them. Relationships of other accounts, other roles or other
 * days are ignored.
 */
public final class OrgChart {
  private static final Comparator<ContactId> BY_ID = Comparator.comparing(ContactId::value);

  private final AccountId account;
  private final LocalDate on;
  private final TreeSet<ContactId> employees = new TreeSet<>(BY_ID);
  private final Map<ContactId, String> titles = new HashMap<>();
  private final Map<ContactId, ContactId> managers = new HashMap<>();
  private final Map<ContactId, List<ContactId>> reports = new HashMap<>();
  private final List<List<ContactId>> cycles = new ArrayList<>();

  private OrgChart(AccountId account, LocalDate on) {
    this.account = account;
    this.on = on;
  }

  /** The org chart of {@code account} on {@code on} from {@code relationships} (any may be irrelevant). */
  public static OrgChart of(AccountId account, LocalDate on, Collection<PartyRelationship> relationships) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(relationships, "relationships");
    OrgChart chart = new OrgChart(account, on);
    RecordRef accountRef = RecordRef.of(Account.TYPE_NAME, account);
    for (PartyRelationship r : relationships) {
      if (r.role() == RelationshipRole.WORKS_FOR && r.to().equals(accountRef) && r.activeOn(on)) {
        ContactId c = new ContactId(r.from().id());
        chart.employees.add(c);
        r.title().ifPresent(t -> chart.titles.merge(c, t, (a, b) -> a.compareTo(b) <= 0 ? a : b));
      }
    }
    Map<ContactId, PartyRelationship> chosen = new HashMap<>();
    for (PartyRelationship r : relationships) {
      if (r.role() != RelationshipRole.REPORTS_TO || !r.activeOn(on)) {
        continue;
      }
      ContactId c = new ContactId(r.from().id());
      ContactId m = new ContactId(r.to().id());
      if (chart.employees.contains(c) && chart.employees.contains(m)) {
        chosen.merge(c, r, OrgChart::preferred);
      }
    }
    chosen.forEach((c, r) -> chart.managers.put(c, new ContactId(r.to().id())));
    chart.breakCycles();
    for (ContactId c : chart.employees) {
      ContactId m = chart.managers.get(c);
      if (m != null) {
        chart.reports.computeIfAbsent(m, k -> new ArrayList<>()).add(c);
      }
    }
    return chart;
  }

  private static PartyRelationship preferred(PartyRelationship a, PartyRelationship b) {
    LocalDate fa = a.fromDate().orElse(LocalDate.MIN);
    LocalDate fb = b.fromDate().orElse(LocalDate.MIN);
    if (!fa.equals(fb)) {
      return fa.isAfter(fb) ? a : b;
    }
    return a.to().id().compareTo(b.to().id()) <= 0 ? a : b;
  }

  /** Follows manager links from every employee once; each cycle found is recorded and cut. */
  private void breakCycles() {
    Map<ContactId, Integer> state = new HashMap<>(); // absent: unseen, 1: on the current path, 2: done
    for (ContactId start : employees) {
      List<ContactId> path = new ArrayList<>();
      ContactId at = start;
      while (at != null && !state.containsKey(at)) {
        state.put(at, 1);
        path.add(at);
        at = managers.get(at);
      }
      if (at != null && state.get(at) == 1) {
        List<ContactId> cycle = new ArrayList<>(path.subList(path.indexOf(at), path.size()));
        ContactId smallest = Collections.min(cycle, BY_ID);
        Collections.rotate(cycle, -cycle.indexOf(smallest));
        cycles.add(List.copyOf(cycle));
        managers.remove(smallest);
      }
      path.forEach(p -> state.put(p, 2));
    }
  }

  public AccountId account() {
    return account;
  }

  /** The day the chart describes. */
  public LocalDate on() {
    return on;
  }

  /** Every employee on the day, by id. */
  public List<ContactId> employees() {
    return List.copyOf(employees);
  }

  /** The employees without a manager in the account, by id. */
  public List<ContactId> roots() {
    return employees.stream().filter(c -> !managers.containsKey(c)).toList();
  }

  /** The direct reports of {@code manager}, by id; empty for a non-employee. */
  public List<ContactId> reportsOf(ContactId manager) {
    return List.copyOf(reports.getOrDefault(Objects.requireNonNull(manager, "manager"), List.of()));
  }

  /** The manager of {@code employee}; empty for roots and non-employees. */
  public Optional<ContactId> managerOf(ContactId employee) {
    return Optional.ofNullable(managers.get(Objects.requireNonNull(employee, "employee")));
  }

  /** The managers above {@code employee}, nearest first, up to a root. */
  public List<ContactId> chainOfCommand(ContactId employee) {
    List<ContactId> out = new ArrayList<>();
    for (Optional<ContactId> m = managerOf(employee); m.isPresent(); m = managerOf(m.get())) {
      out.add(m.get());
    }
    return out;
  }

  /** The job title of the {@code WORKS_FOR} relationship, when it has one. */
  public Optional<String> titleOf(ContactId employee) {
    return Optional.ofNullable(titles.get(employee));
  }

  /**
   * The reporting cycles found in the data, each starting at its member with the smallest id (the one whose
   * manager link was cut); empty for consistent data.
   */
  public List<List<ContactId>> cycles() {
    return List.copyOf(cycles);
  }

  /** {@link #render(Function)} labelling people by contact id. */
  public String render() {
    return render(ContactId::value);
  }

  /**
   * The chart as an indented text tree, two spaces per level, siblings sorted by label, each line
   * {@code - label (title)}; cycles are listed at the end. For example:
   *
   * <pre>
   * Org chart of account a-1 on 2026-01-01
   * - Grace Hopper (CEO)
   *   - Ada Lovelace (CTO)
   * </pre>
   */
  public String render(Function<ContactId, String> label) {
    Objects.requireNonNull(label, "label");
    Map<ContactId, String> labels = new LinkedHashMap<>();
    for (ContactId c : employees) {
      labels.put(c, Objects.requireNonNull(label.apply(c), "label of " + c));
    }
    Comparator<ContactId> byLabel =
        Comparator.<ContactId, String>comparing(labels::get).thenComparing(BY_ID);
    StringBuilder out = new StringBuilder();
    out.append("Org chart of account ").append(account.value()).append(" on ").append(on).append('\n');
    if (employees.isEmpty()) {
      out.append("(no employees)\n");
    }
    List<ContactId> roots = new ArrayList<>(roots());
    roots.sort(byLabel);
    for (ContactId r : roots) {
      renderNode(r, 0, labels, byLabel, out);
    }
    for (List<ContactId> cycle : cycles) {
      out.append("! reporting cycle: ");
      for (ContactId c : cycle) {
        out.append(labels.get(c)).append(" → ");
      }
      out.append(labels.get(cycle.get(0)))
          .append(" (shown with ")
          .append(labels.get(cycle.get(0)))
          .append(" at the top)\n");
    }
    return out.toString();
  }

  private void renderNode(
      ContactId node, int depth, Map<ContactId, String> labels, Comparator<ContactId> byLabel, StringBuilder out) {
    out.append("  ".repeat(depth)).append("- ").append(labels.get(node));
    titleOf(node).ifPresent(t -> out.append(" (").append(t).append(')'));
    out.append('\n');
    List<ContactId> children = new ArrayList<>(reports.getOrDefault(node, List.of()));
    children.sort(byLabel);
    for (ContactId c : children) {
      renderNode(c, depth + 1, labels, byLabel, out);
    }
  }

  @Override
  public String toString() {
    return render();
  }

  /** Employees grouped by depth, for callers that lay the chart out themselves. */
  public Map<Integer, List<ContactId>> levels() {
    Map<Integer, List<ContactId>> out = new TreeMap<>();
    for (ContactId c : employees) {
      out.computeIfAbsent(chainOfCommand(c).size(), k -> new ArrayList<>()).add(c);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(out);
  }
}
