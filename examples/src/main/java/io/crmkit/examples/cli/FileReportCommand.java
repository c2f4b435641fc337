package io.crmkit.examples.cli;

import io.crmkit.core.ValidationException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The shared shape of the commands that read a file and print a report ({@code crm rules}, {@code crm
 * attribution}, {@code crm cohorts}, {@code crm forecast}): {@code --format json|table}, {@code -h}, and exit
 * code 2 with a one-line message naming the file, line and column when the input is bad.
 */
abstract class FileReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "json",
      description = "Output: json (default) or table.")
  ReportFormat format = ReportFormat.json;

  /** Computes the report and prints it to {@code out}; throws {@link BadInputException} for bad input. */
  abstract void report(PrintWriter out);

  @Override
  public final Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      report(out);
      out.flush();
      return 0;
    } catch (BadInputException | ValidationException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(spec.commandLine().getColorScheme().errorText("crm " + spec.name() + ": " + e.getMessage()));
      err.flush();
      return 2;
    }
  }

  /** {@code x} with {@code digits} decimals, for tables. */
  static String fixed(double x, int digits) {
    return Double.isFinite(x) ? String.format(java.util.Locale.ROOT, "%." + digits + "f", x) : "-";
  }
}
