package io.crmkit.examples.cli;

import io.crmkit.analytics.clv.BgBb;
import io.crmkit.analytics.clv.BgNbd;
import io.crmkit.analytics.clv.DiscreteHistories;
import io.crmkit.analytics.clv.DiscreteHistory;
import io.crmkit.analytics.clv.FittedModel;
import io.crmkit.analytics.clv.GammaGamma;
import io.crmkit.analytics.clv.ModifiedBgNbd;
import io.crmkit.analytics.clv.ParetoNbd;
import io.crmkit.analytics.clv.PurchaseHistories;
import io.crmkit.analytics.clv.RetentionCurve;
import io.crmkit.analytics.clv.ShiftedBetaGeometric;
import io.crmkit.analytics.clv.SpendHistories;
import io.crmkit.analytics.summary.CustomerSummaries;
import io.crmkit.analytics.summary.CustomerSummary;
import io.crmkit.analytics.summary.PeriodUnit;
import io.crmkit.analytics.summary.SummaryConventions;
import io.crmkit.analytics.summary.TransactionLogs;
import io.crmkit.core.ValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm clv}: fits a lifetime-value model to a summary file or a transaction log and prints its parameters,
 * standard errors and log-likelihood as JSON (default) or a table, e.g.
 * {@code crm clv --model bgnbd --input cdnow_customers_summary.csv}.
 */
@Command(
    name = "clv",
    description = {
      "Fit a lifetime-value or churn model by maximum likelihood and print its parameters.",
      "Models: bgnbd, mbgnbd, pnbd (columns frequency,recency,T [,weights]); ggamma (frequency,monetary_value"
          + " [,weights]); bgbb (frequency,recency,periods,weights); sbg (period,alive: customers active at the"
          + " start of each period, period 0 first).",
      "Instead of --input, --transactions builds the summary from a log (bgnbd, mbgnbd, pnbd, ggamma)."
    })
final class ClvCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Option(names = "--model", required = true, paramLabel = "MODEL",
      description = "bgnbd, mbgnbd, pnbd, ggamma, bgbb or sbg.")
  String model = "";

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source = new Source();

  static final class Source {
    @Option(names = "--input", paramLabel = "FILE", description = "A summary CSV with a header (columns above).")
    Optional<Path> input = Optional.empty();

    @ArgGroup(exclusive = false)
    LogOptions log;
  }

  static final class LogOptions {
    @Option(names = "--transactions", required = true, paramLabel = "FILE",
        description = "A transaction log CSV with a header: one row per purchase.")
    Path file = Path.of("");

    @Option(names = "--customer-column", required = true, paramLabel = "C", description = "Column of the customer id.")
    String customer = "";

    @Option(names = "--date-column", required = true, paramLabel = "D",
        description = "Column of the purchase date (1997-01-01 or 19970101).")
    String date = "";

    @Option(names = "--amount-column", paramLabel = "A", description = "Column of the amount (needed for ggamma).")
    Optional<String> amount = Optional.empty();

    @Option(names = "--calibration-end", required = true, paramLabel = "DATE",
        description = "Last day of the calibration period (inclusive), e.g. 1997-09-30.")
    String calibrationEnd = "";

    @Option(names = "--time-unit", paramLabel = "UNIT", defaultValue = "week",
        description = "day, week or month (30.4375 days). Default: ${DEFAULT-VALUE}.")
    String unit = "week";
  }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json or table. Default: ${DEFAULT-VALUE}.")
  String format = "json";

  @Override
  public Integer call() {
    if (!List.of("json", "table").contains(format)) {
      throw bad("--format must be json or table, was '" + format + "'");
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    FittedModel<?> fit;
    try {
      fit = fit(extra);
    } catch (ValidationException e) {
      // the data are unfit for the model (no repeat buyers, a cohort that grows, ...): bad input, exit 2
      throw bad((source.log != null ? "--transactions " + source.log.file : "--input " + source.input.orElseThrow())
          + ": " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.equals("json") ? json(fit, extra) : table(fit, extra));
    out.flush();
    return 0;
  }

  private FittedModel<?> fit(Map<String, Object> extra) {
    FittedModel<?> fit;
    switch (model) {
      case "bgnbd" -> fit = BgNbd.fit(purchaseHistories(extra));
      case "mbgnbd" -> fit = ModifiedBgNbd.fit(purchaseHistories(extra));
      case "pnbd" -> fit = ParetoNbd.fit(purchaseHistories(extra));
      case "ggamma" -> fit = GammaGamma.fit(spendHistories(extra));
      case "bgbb" -> fit = BgBb.fit(discreteHistories());
      case "sbg" -> fit = ShiftedBetaGeometric.fit(List.of(retentionCurve()));
      default -> throw bad("--model must be one of bgnbd, mbgnbd, pnbd, ggamma, bgbb, sbg; was '" + model + "'");
    }
    return fit;
  }

  private static String json(FittedModel<?> fit, Map<String, Object> extra) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("model", fit.name());
    doc.put("params", new LinkedHashMap<String, Object>(fit.parameters()));
    doc.put("standard_errors", new LinkedHashMap<String, Object>(fit.standardErrors()));
    doc.put("log_likelihood", fit.logLikelihood());
    doc.put("customers", fit.customers());
    doc.putAll(extra);
    doc.put("evaluations", fit.evaluations());
    return AnalyticsOutput.json(doc);
  }

  private static String table(FittedModel<?> fit, Map<String, Object> extra) {
    StringBuilder sb = new StringBuilder();
    sb.append("model           ").append(fit.name()).append('\n');
    sb.append("customers       ").append(AnalyticsOutput.number(fit.customers())).append('\n');
    extra.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%-16s%s%n", k.replace('_', ' '), v)));
    sb.append("log-likelihood  ").append(String.format(Locale.ROOT, "%.4f", fit.logLikelihood())).append("\n\n");
    List<List<String>> rows = new ArrayList<>();
    fit.parameters().forEach((name, value) -> rows.add(List.of(
        name, AnalyticsOutput.cell(value), AnalyticsOutput.cell(fit.standardErrors().get(name)))));
    sb.append(AnalyticsOutput.table(List.of("parameter", "estimate", "std. error"), rows));
    return sb.toString();
  }

  // ---- input ----

  private PurchaseHistories purchaseHistories(Map<String, Object> extra) {
    if (source.log != null) {
      List<CustomerSummary> s = summarise(extra);
      return PurchaseHistories.of(s);
    }
    PurchaseHistories.Builder b = PurchaseHistories.builder();
    readSummary(List.of("frequency", "recency", "T"), true, row -> b.add(
        row.integer("frequency"), row.number("recency"), row.number("T"), row.weight()));
    return b.build();
  }

  private SpendHistories spendHistories(Map<String, Object> extra) {
    if (source.log != null) {
      if (source.log.amount.isEmpty()) {
        throw bad("--model ggamma needs amounts: add --amount-column");
      }
      return SpendHistories.of(summarise(extra));
    }
    SpendHistories.Builder b = SpendHistories.builder();
    readSummary(List.of("frequency", "monetary_value"), true, row -> {
      if (row.integer("frequency") > 0) {
        b.add(row.integer("frequency"), row.number("monetary_value"), row.weight());
      }
    });
    return b.build();
  }

  private DiscreteHistories discreteHistories() {
    DiscreteHistories.Builder b = DiscreteHistories.builder();
    readSummary(List.of("frequency", "recency", "periods", "weights"), false, row -> b.add(
        new DiscreteHistory(row.integer("frequency"), row.integer("recency"), row.integer("periods")),
        row.number("weights")));
    return b.build();
  }

  private RetentionCurve retentionCurve() {
    List<Long> alive = new ArrayList<>();
    readSummary(List.of("period", "alive"), false, row -> {
      int period = row.integer("period");
      if (period != alive.size()) {
        throw new ValidationException("column 'period'", "periods must run 0, 1, 2, ... in order; expected "
            + alive.size() + ", found " + period);
      }
      alive.add((long) row.integer("alive"));
    });
    return new RetentionCurve(alive);
  }

  private List<CustomerSummary> summarise(Map<String, Object> extra) {
    LogOptions o = source.log;
    if (model.equals("bgbb") || model.equals("sbg")) {
      throw bad("--transactions builds continuous-time summaries; --model " + model + " reads --input");
    }
    PeriodUnit unit;
    switch (o.unit.toLowerCase(Locale.ROOT)) {
      case "day" -> unit = PeriodUnit.DAY;
      case "week" -> unit = PeriodUnit.WEEK;
      case "month" -> unit = PeriodUnit.MONTH;
      default -> throw bad("--time-unit must be day, week or month, was '" + o.unit + "'");
    }
    LocalDate end;
    try {
      end = LocalDate.parse(o.calibrationEnd);
    } catch (DateTimeParseException e) {
      throw bad("--calibration-end: '" + o.calibrationEnd + "' is not a date such as 1997-09-30");
    }
    List<CustomerSummary> s;
    try (Reader in = Files.newBufferedReader(o.file)) {
      s = CustomerSummaries.summarise(TransactionLogs.readCsv(in, o.customer, o.date, o.amount),
          SummaryConventions.of(unit, end));
    } catch (IOException e) {
      throw bad("--transactions: cannot read " + o.file + " (" + e.getClass().getSimpleName() + ")");
    } catch (ValidationException e) {
      throw bad("--transactions " + o.file + ": " + e.getMessage());
    }
    if (s.isEmpty()) {
      throw bad("--transactions " + o.file + ": no customer bought on or before " + end);
    }
    extra.put("time_unit", unit.name().toLowerCase(Locale.ROOT));
    extra.put("calibration_end", end.toString());
    return s;
  }

  /** One data row of a summary file, read by column name; errors name the line and the column. */
  static final class Row {
    private final Map<String, Integer> columns;
    private final String[] fields;
    private final int line;

    Row(Map<String, Integer> columns, String[] fields, int line) {
      this.columns = columns;
      this.fields = fields;
      this.line = line;
    }

    String raw(String column) {
      Integer i = columns.get(column);
      return i == null || i >= fields.length ? "" : fields[i].trim();
    }

    double number(String column) {
      String s = raw(column);
      try {
        double v = Double.parseDouble(s);
        if (Double.isFinite(v)) {
          return v;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new ValidationException("line " + line + ", column '" + column + "'", "'" + s + "' is not a number");
    }

    int integer(String column) {
      double v = number(column);
      if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
        throw new ValidationException("line " + line + ", column '" + column + "'",
            "'" + raw(column) + "' is not a whole number");
      }
      return (int) v;
    }

    double weight() {
      return columns.containsKey("weights") ? number("weights") : 1.0;
    }
  }

  interface RowHandler {
    void accept(Row row);
  }

  private void readSummary(List<String> required, boolean weightsOptional, RowHandler handler) {
    Path file = source.input.orElseThrow();
    try (BufferedReader in = Files.newBufferedReader(file)) {
      String header = in.readLine();
      if (header == null) {
        throw new ValidationException("line 1", "the file is empty; expected a header with " + required);
      }
      Map<String, Integer> columns = new HashMap<>();
      String[] names = header.replace("\uFEFF", "").split(",", -1);
      for (int i = 0; i < names.length; i++) {
        columns.put(names[i].trim(), i);
      }
      List<String> missing = new ArrayList<>(required);
      missing.removeAll(columns.keySet());
      if (!missing.isEmpty()) {
        throw new ValidationException("line 1", "--model " + model + " needs the columns " + required
            + (weightsOptional ? " (and optionally weights)" : "") + "; missing " + missing + " in "
            + List.of(names));
      }
      int lineNo = 1;
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        Row row = new Row(columns, line.split(",", -1), lineNo);
        try {
          handler.accept(row);
        } catch (ValidationException e) {
          throw e.field().startsWith("line ") ? e
              : new ValidationException("line " + lineNo + ", " + e.field(), e.rule());
        }
      }
    } catch (IOException e) {
      throw bad("--input: cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
    } catch (ValidationException e) {
      throw bad("--input " + file + ": " + e.getMessage());
    }
  }

  private CommandLine.ParameterException bad(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
