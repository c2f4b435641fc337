package io.crmkit.examples.cli;

import io.crmkit.analytics.rfm.RfmObservation;
import io.crmkit.analytics.rfm.RfmResult;
import io.crmkit.analytics.rfm.RfmScore;
import io.crmkit.analytics.rfm.RfmScoring;
import io.crmkit.analytics.summary.Transaction;
import io.crmkit.analytics.summary.TransactionLogs;
import io.crmkit.core.ValidationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm rfm}: RFM scores and segments for every customer of a transaction log, as JSON (default) or a
 * table, e.g. {@code crm rfm --transactions log.csv --customer-column id --date-column date --amount-column total}.
 */
@Command(
    name = "rfm",
    description = {
      "Score every customer of a transaction log on recency, frequency and monetary value, and segment them.",
      "Scores are quantiles 1..BINS (BINS best; ties share the lower score); with the default 5 bins the segments"
          + " are champions, loyal, new, promising, at risk, hibernating, lost and other."
    })
final class RfmCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Option(names = "--transactions", required = true, paramLabel = "FILE",
      description = "A transaction log CSV with a header: one row per purchase.")
  Path file = Path.of("");

  @Option(names = "--customer-column", required = true, paramLabel = "C", description = "Column of the customer id.")
  String customer = "";

  @Option(names = "--date-column", required = true, paramLabel = "D",
      description = "Column of the purchase date (1997-01-01 or 19970101).")
  String date = "";

  @Option(names = "--amount-column", paramLabel = "A",
      description = "Column of the amount; without it every monetary score is equal.")
  Optional<String> amount = Optional.empty();

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Score as of this day (later purchases are ignored). Default: the last day in the log.")
  Optional<String> asOf = Optional.empty();

  @Option(names = "--bins", paramLabel = "N", defaultValue = "5",
      description = "Number of score bins (2..100); segments are named for 5 only. Default: ${DEFAULT-VALUE}.")
  int bins = 5;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json or table. Default: ${DEFAULT-VALUE}.")
  String format = "json";

  @Override
  public Integer call() {
    if (!List.of("json", "table").contains(format)) {
      throw bad("--format must be json or table, was '" + format + "'");
    }
    if (bins < 2 || bins > 100) {
      throw bad("--bins must be in [2, 100], was " + bins);
    }
    List<Transaction> log;
    try (Reader in = Files.newBufferedReader(file)) {
      log = TransactionLogs.readCsv(in, customer, date, amount);
    } catch (IOException e) {
      throw bad("--transactions: cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
    } catch (ValidationException e) {
      throw bad("--transactions " + file + ": " + e.getMessage());
    }
    if (log.isEmpty()) {
      throw bad("--transactions " + file + ": the log has no purchases");
    }
    LocalDate day;
    try {
      day = asOf.map(LocalDate::parse).orElseGet(
          () -> log.stream().map(Transaction::date).max(LocalDate::compareTo).orElseThrow());
    } catch (DateTimeParseException e) {
      throw bad("--as-of: '" + asOf.orElse("") + "' is not a date such as 1998-06-30");
    }
    List<RfmObservation> observations = RfmObservation.fromTransactions(log, day);
    if (observations.isEmpty()) {
      throw bad("--as-of " + day + ": nobody bought on or before that day");
    }
    RfmResult result = RfmScoring.ofDefaults().withBins(bins).score(observations);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.equals("json") ? json(result, day) : table(result, day));
    out.flush();
    return 0;
  }

  private String json(RfmResult result, LocalDate day) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("as_of", day.toString());
    doc.put("customers", result.scores().size());
    doc.put("bins", bins);
    doc.put("segments", new LinkedHashMap<String, Object>(result.segmentCounts()));
    List<Object> scores = new ArrayList<>();
    for (RfmScore s : result.scores()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("customer", s.customerId());
      row.put("recency_days", s.observation().daysSinceLastPurchase());
      row.put("purchases", s.observation().purchases());
      row.put("total_spend", s.observation().totalSpend());
      row.put("r", s.recency());
      row.put("f", s.frequency());
      row.put("m", s.monetary());
      row.put("segment", s.segment());
      scores.add(row);
    }
    doc.put("scores", scores);
    return AnalyticsOutput.json(doc);
  }

  private String table(RfmResult result, LocalDate day) {
    StringBuilder sb = new StringBuilder();
    sb.append("as of ").append(day).append(", ").append(result.scores().size()).append(" customers, ")
        .append(bins).append(" bins\n\n");
    List<List<String>> counts = new ArrayList<>();
    result.segmentCounts().forEach((name, n) -> counts.add(List.of(name, Long.toString(n))));
    sb.append(AnalyticsOutput.table(List.of("segment", "customers"), counts)).append('\n');
    List<List<String>> rows = new ArrayList<>();
    for (RfmScore s : result.scores()) {
      rows.add(List.of(s.customerId(), Long.toString(s.observation().daysSinceLastPurchase()),
          Integer.toString(s.observation().purchases()), AnalyticsOutput.number(s.observation().totalSpend()),
          Integer.toString(s.recency()), Integer.toString(s.frequency()), Integer.toString(s.monetary()),
          s.segment()));
    }
    sb.append(AnalyticsOutput.table(
        List.of("customer", "days since", "purchases", "spend", "R", "F", "M", "segment"), rows));
    return sb.toString();
  }

  private CommandLine.ParameterException bad(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
