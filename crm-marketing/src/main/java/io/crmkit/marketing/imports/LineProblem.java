package io.crmkit.marketing.imports;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * One problem found in an import file: the physical line it starts on (the header is line 1), the column
 * (header name, or {@code *} for the whole line) and what is wrong.
 *
 * <p>{@code report.problems().get(0).line()}
 */
public record LineProblem(long line, String column, String problem) {
  public LineProblem {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(problem, "problem");
    ValidationException.check(line >= 1, "line", "must be at least 1 but was " + line);
  }

  @Override
  public String toString() {
    return "line " + line + ", column " + column + ": " + problem;
  }
}
