package io.crmkit.marketing.imports;

import java.util.List;
import java.util.Objects;

/**
 * The result of an import: one outcome per data line, every problem found (line, column, problem), and the
 * header columns that were not mapped and so ignored.
 *
 * <p>{@code if (!report.problems().isEmpty()) showToUser(report.problems());}
 */
public record ImportReport(List<LineOutcome> outcomes, List<LineProblem> problems, List<String> ignoredColumns) {
  public ImportReport {
    outcomes = List.copyOf(outcomes);
    problems = List.copyOf(problems);
    ignoredColumns = List.copyOf(ignoredColumns);
    Objects.requireNonNull(outcomes, "outcomes");
  }

  /** The number of lines with the given action. */
  public long count(LineOutcome.Action action) {
    return outcomes.stream().filter(o -> o.action() == action).count();
  }

  public long created() {
    return count(LineOutcome.Action.CREATED);
  }

  public long updated() {
    return count(LineOutcome.Action.UPDATED);
  }

  /** The distinct lines that have problems, in order. */
  public List<Long> badLines() {
    return problems.stream().map(LineProblem::line).distinct().sorted().toList();
  }
}
