package io.crmkit.examples.cli;

import io.crmkit.analytics.attribution.Attribution;
import io.crmkit.analytics.attribution.AttributionReport;
import io.crmkit.analytics.attribution.ChannelCredit;
import io.crmkit.analytics.attribution.ConversionPath;
import io.crmkit.core.ValidationException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm attribution}: heuristic and exact Markov removal-effect attribution of conversions to channels,
 * e.g. {@code crm attribution --paths journeys.csv}.
 */
@Command(
    name = "attribution",
    description = {
      "Attribute conversions to marketing channels: first touch, last touch, linear, time decay, position-based "
          + "(40/20/40) and first-order Markov removal effect solved exactly.",
      "FILE is a CSV with the header path,total_conversions,total_conversion_value,total_null; channels in "
          + "path are separated by '>' (e.g. \"search > email > direct\")."
    })
final class AttributionCommand extends FileReportCommand {
  @Option(names = "--paths", required = true, paramLabel = "FILE", description = "The paths CSV.")
  Path paths;

  @Option(names = "--half-life", paramLabel = "TOUCHES", defaultValue = "7",
      description = "Half-life of time-decay attribution, in touches before the conversion. Default: ${DEFAULT-VALUE}.")
  double halfLife = 7;

  private static double nonNegative(HeaderCsv csv, HeaderCsv.Row row, int column) {
    double x = csv.number(row, column);
    if (x < 0) {
      throw BadInputException.at(csv.file, row.line(), csv.header.get(column), "must not be negative but was " + x);
    }
    return x;
  }

  @Override
  void report(PrintWriter out) {
    HeaderCsv csv = HeaderCsv.read(paths);
    int path = csv.column("path");
    int conv = csv.column("total_conversions");
    int value = csv.column("total_conversion_value");
    int nulls = csv.column("total_null");
    List<ConversionPath> list = new ArrayList<>();
    for (HeaderCsv.Row row : csv.rows) {
      double c = nonNegative(csv, row, conv);
      double v = nonNegative(csv, row, value);
      double n = nonNegative(csv, row, nulls);
      try {
        list.add(ConversionPath.parse(row.fields().get(path), c, v, n));
      } catch (ValidationException e) {
        throw BadInputException.at(csv.file, row.line(), csv.header.get(path), e.rule());
      }
    }
    AttributionReport r = Attribution.withHalfLife(halfLife).attribute(list);
    if (format == ReportFormat.table) {
      out.printf("conversion probability %s; %s conversions worth %s%n%n", fixed(r.conversionProbability(), 6),
          JsonText.number(r.totalConversions()), JsonText.number(r.totalConversionValue()));
      ColumnTable t = new ColumnTable("channel", "first_touch", "last_touch", "linear", "time_decay",
          "position_based", "markov", "markov_value", "removal_effect");
      for (ChannelCredit c : r.channels().values()) {
        t.row(c.channel(), fixed(c.firstTouch(), 2), fixed(c.lastTouch(), 2), fixed(c.linear(), 2),
            fixed(c.timeDecay(), 2), fixed(c.positionBased(), 2), fixed(c.markov(), 2), fixed(c.markovValue(), 2),
            fixed(c.removalEffect(), 4));
      }
      out.print(t.render());
      return;
    }
    Map<String, Object> channels = new LinkedHashMap<>();
    for (ChannelCredit c : r.channels().values()) {
      channels.put(c.channel(), JsonText.object(
          "first_touch", c.firstTouch(), "last_touch", c.lastTouch(), "linear", c.linear(),
          "time_decay", c.timeDecay(), "position_based", c.positionBased(), "markov", c.markov(),
          "markov_value", c.markovValue(), "removal_effect", c.removalEffect()));
    }
    out.print(JsonText.write(JsonText.object(
        "channels", channels,
        "conversion_probability", r.conversionProbability(),
        "total_conversions", r.totalConversions(),
        "total_conversion_value", r.totalConversionValue(),
        "half_life", halfLife)));
  }
}
