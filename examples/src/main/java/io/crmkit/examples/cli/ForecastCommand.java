package io.crmkit.examples.cli;

import io.crmkit.analytics.forecast.ForecastPoint;
import io.crmkit.analytics.forecast.HoltWinters;
import io.crmkit.analytics.forecast.HoltWintersModel;
import io.crmkit.analytics.forecast.Seasonality;
import io.crmkit.core.ValidationException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm forecast}: Holt-Winters forecast of a bookings series with prediction intervals, e.g.
 * {@code crm forecast --input monthly.csv --value-column bookings --season 12 --horizon 6}.
 */
@Command(
    name = "forecast",
    description = {
      "Forecast a time series of bookings with Holt-Winters exponential smoothing (additive trend; no, additive "
          + "or multiplicative seasonality), parameters fitted by minimising one-step squared errors.",
      "FILE is a CSV with a header and one row per period, oldest first. Intervals are analytic (ETS(A,A,A) "
          + "variance) for none/additive seasonality and empirical (in-sample h-step error quantiles) for "
          + "multiplicative."
    })
final class ForecastCommand extends FileReportCommand {
  @Option(names = "--input", required = true, paramLabel = "FILE", description = "The series CSV.")
  Path input;

  @Option(names = "--value-column", paramLabel = "NAME", defaultValue = "value",
      description = "Column of the values. Default: ${DEFAULT-VALUE}.")
  String valueColumn = "value";

  @Option(names = "--period-column", paramLabel = "NAME",
      description = "Optional column labelling each period (e.g. 2026-03), echoed in the output.")
  String periodColumn;

  @Option(names = "--season", paramLabel = "N", defaultValue = "12",
      description = "Periods per season (12 for monthly data with a yearly cycle). Default: ${DEFAULT-VALUE}.")
  int season = 12;

  @Option(names = "--seasonality", paramLabel = "KIND", defaultValue = "additive",
      description = "none, additive or multiplicative. Default: ${DEFAULT-VALUE}.")
  String seasonality = "additive";

  @Option(names = "--horizon", paramLabel = "H", defaultValue = "12",
      description = "Periods to forecast. Default: ${DEFAULT-VALUE}.")
  int horizon = 12;

  @Option(names = "--level", paramLabel = "P", defaultValue = "0.95",
      description = "Probability of the prediction intervals, in (0, 1). Default: ${DEFAULT-VALUE}.")
  double level = 0.95;

  @Override
  void report(PrintWriter out) {
    Seasonality kind = seasonalityOf(seasonality);
    HeaderCsv csv = HeaderCsv.read(input);
    int value = csv.column(valueColumn);
    int label = periodColumn == null ? -1 : csv.column(periodColumn);
    double[] y = new double[csv.rows.size()];
    String lastLabel = null;
    for (int i = 0; i < y.length; i++) {
      HeaderCsv.Row row = csv.rows.get(i);
      y[i] = csv.number(row, value);
      if (label >= 0) {
        lastLabel = row.fields().get(label);
      }
    }
    HoltWintersModel m;
    List<ForecastPoint> points;
    try {
      m = HoltWinters.fit(y, season, kind);
      points = m.forecast(horizon, level);
    } catch (ValidationException e) {
      throw new BadInputException(csv.file + ": " + e.getMessage());
    }
    String method = kind == Seasonality.MULTIPLICATIVE ? "empirical" : "analytic";
    if (format == ReportFormat.table) {
      out.printf(Locale.ROOT, "Holt-Winters, %s seasonality, period %d, %d observations%n", name(kind), m.period(),
          m.observations());
      out.printf(Locale.ROOT, "alpha %.4f  beta %.4f  gamma %.4f  SSE %.4f  sigma %.4f%n",
          m.alpha(), m.beta(), m.gamma(), m.sse(), Math.sqrt(m.sigma2()));
      out.printf(Locale.ROOT, "%s %.0f%% intervals%s%n%n", method, 100 * level,
          lastLabel == null ? "" : "; step 1 follows " + lastLabel);
      ColumnTable t = new ColumnTable("step", "forecast", "lower", "upper");
      for (ForecastPoint p : points) {
        t.row(p.step(), fixed(p.mean(), 2), fixed(p.lower(), 2), fixed(p.upper(), 2));
      }
      out.print(t.render());
      return;
    }
    List<Object> forecast = new ArrayList<>();
    for (ForecastPoint p : points) {
      forecast.add(JsonText.object("step", p.step(), "mean", p.mean(), "lower", p.lower(), "upper", p.upper()));
    }
    out.print(JsonText.write(JsonText.object(
        "method", "holt-winters",
        "seasonality", name(kind),
        "period", m.period(),
        "observations", m.observations(),
        "last_period", lastLabel == null ? JsonText.NULL : lastLabel,
        "params", JsonText.object("alpha", m.alpha(), "beta", m.beta(), "gamma", m.gamma()),
        "sse", m.sse(),
        "sigma2", m.sigma2(),
        "state", JsonText.object("level", m.level(), "trend", m.trend(), "seasonals", m.seasonals()),
        "interval", JsonText.object("level", level, "method", method),
        "forecast", forecast)));
  }

  private static String name(Seasonality s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  private static Seasonality seasonalityOf(String name) {
    for (Seasonality s : Seasonality.values()) {
      if (s.name().equalsIgnoreCase(name)) {
        return s;
      }
    }
    throw new BadInputException("--seasonality must be none, additive or multiplicative but was '" + name + "'");
  }
}
