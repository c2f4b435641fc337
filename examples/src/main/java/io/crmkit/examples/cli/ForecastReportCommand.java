package io.crmkit.examples.cli;

import io.crmkit.core.Owner;
import io.crmkit.core.ValidationException;
import io.crmkit.core.money.ExchangeRate;
import io.crmkit.core.money.InMemoryExchangeRates;
import io.crmkit.core.money.Money;
import io.crmkit.sales.forecast.FiscalCalendar;
import io.crmkit.sales.forecast.Forecast;
import io.crmkit.sales.forecast.ForecastEntry;
import io.crmkit.sales.forecast.ForecastFigures;
import io.crmkit.sales.forecast.ForecastHierarchy;
import io.crmkit.sales.forecast.ForecastPeriod;
import io.crmkit.sales.forecast.ForecastRollup;
import io.crmkit.sales.forecast.ForecastRow;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.pipeline.ForecastCategory;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm forecast-report}: the forecast roll-up of a CSV of opportunities by period, owner (and team) and
 * forecast category, e.g. {@code crm forecast-report --input deals.csv --currency EUR --rate USD=0.92 --team-column team}.
 */
@Command(
    name = "forecast-report",
    description = {
      "Roll a CSV of opportunities up into a sales forecast: by fiscal period (month or quarter; any fiscal-year "
          + "start month, or 4-4-5 / 4-5-4 / 5-4-4 weeks), by owner and optionally team, in Salesforce's cumulative "
          + "categories (open pipeline; best case = best case + commit + closed; commit = commit + closed; closed; "
          + "omitted on its own), with weighted amounts (probability × amount).",
      "FILE has a header with the columns id, owner, close_date (YYYY-MM-DD), amount, currency, probability (0-100) "
          + "and forecast_category (pipeline, best case, commit, closed or omitted). Every deal is converted on its "
          + "own into --currency at the --rate rates before anything is added."
    })
final class ForecastReportCommand extends FileReportCommand {
  @Option(names = "--input", required = true, paramLabel = "FILE", description = "The opportunities CSV.")
  Path input;

  @Option(names = "--currency", paramLabel = "CODE", defaultValue = "EUR",
      description = "Currency of the report (ISO 4217). Default: ${DEFAULT-VALUE}.")
  String currency = "EUR";

  @Option(names = "--rate", paramLabel = "CODE=RATE",
      description = "Value of one unit of CODE in the report currency, e.g. USD=0.92; repeat per currency.")
  List<String> rateSpecs = new ArrayList<>();

  @Option(names = "--rate-date", paramLabel = "DATE",
      description = "Date the rates are taken at, for the record. Default: the latest close date in the file.")
  String rateDate;

  @Option(names = "--period", paramLabel = "KIND", defaultValue = "quarter",
      description = "month or quarter. Default: ${DEFAULT-VALUE}.")
  String period = "quarter";

  @Option(names = "--fiscal-start", paramLabel = "MONTH", defaultValue = "JANUARY",
      description = "Month the fiscal year starts in, e.g. APRIL. Default: ${DEFAULT-VALUE}.")
  String fiscalStart = "JANUARY";

  @Option(names = "--weeks", paramLabel = "PATTERN",
      description = "Use a 52/53-week fiscal year with months of 4-4-5, 4-5-4 or 5-4-4 weeks.")
  String weeks;

  @Option(names = "--week-start", paramLabel = "DAY", defaultValue = "MONDAY",
      description = "With --weeks: the weekday a fiscal year starts on (the one nearest the 1st). Default: ${DEFAULT-VALUE}.")
  String weekStart = "MONDAY";

  @Option(names = "--team-column", paramLabel = "NAME",
      description = "Optional column naming each owner's team; teams roll up to the root 'all'.")
  String teamColumn;

  @Override
  void report(PrintWriter out) {
    Currency target = currencyOf(currency, "--currency");
    FiscalCalendar calendar = calendar();
    HeaderCsv csv = HeaderCsv.read(input);
    int id = csv.column("id");
    int owner = csv.column("owner");
    int close = csv.column("close_date");
    int amount = csv.column("amount");
    int cur = csv.column("currency");
    int prob = csv.column("probability");
    int cat = csv.column("forecast_category");
    int team = teamColumn == null ? -1 : csv.column(teamColumn);
    List<ForecastEntry> entries = new ArrayList<>();
    Map<String, Set<Owner>> teams = new LinkedHashMap<>();
    LocalDate latest = null;
    for (HeaderCsv.Row row : csv.rows) {
      List<String> f = row.fields();
      String column = "id";
      try {
        OpportunityId oid = new OpportunityId(f.get(id));
        column = "owner";
        Owner o = owner(f.get(owner));
        column = "close_date";
        LocalDate date = LocalDate.parse(f.get(close));
        column = "currency";
        Currency c = currencyOf(f.get(cur), "currency");
        column = "amount";
        Money m = Money.of(f.get(amount), c.getCurrencyCode());
        column = "probability";
        int p = Integer.parseInt(f.get(prob));
        column = "forecast_category";
        ForecastCategory category = ForecastCategory.parse(f.get(cat));
        column = "probability";
        entries.add(new ForecastEntry(oid, o, date, m, p, category));
        if (team >= 0) {
          column = teamColumn;
          String t = f.get(team);
          if (t.isBlank()) {
            throw new BadInputException("the team is empty");
          }
          teams.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(o);
        }
        latest = latest == null || date.isAfter(latest) ? date : latest;
      } catch (ValidationException | DateTimeParseException | NumberFormatException | BadInputException e) {
        throw BadInputException.at(csv.file, row.line(), column, "'" + f.get(csv.column(column)) + "': " + e.getMessage());
      }
    }
    LocalDate on = rateDate != null ? date(rateDate, "--rate-date") : latest != null ? latest : LocalDate.EPOCH;
    ForecastRollup.Builder b = ForecastRollup.builder(calendar, target, on).rates(rates(target));
    if (team >= 0) {
      b.hierarchy(hierarchy(teams, csv.file));
    }
    Forecast forecast;
    try {
      forecast = b.build().compute(entries);
    } catch (ValidationException e) {
      throw new BadInputException(csv.file + ": " + e.getMessage());
    }
    if (format == ReportFormat.table) {
      table(out, forecast, entries.size());
    } else {
      json(out, forecast, calendar);
    }
  }

  private static final ForecastCategory[] VIEWS = ForecastCategory.values();

  private static String view(ForecastCategory c) {
    return c == ForecastCategory.PIPELINE ? "open_pipeline" : c.name().toLowerCase(Locale.ROOT);
  }

  private void table(PrintWriter out, Forecast f, int deals) {
    out.printf(Locale.ROOT, "Forecast of %d opportunities in %s at the rates of %s (cumulative categories)%n%n",
        deals, f.currency().getCurrencyCode(), f.rateDate());
    List<String> header = new ArrayList<>(List.of("period", "node", "deals"));
    for (ForecastCategory c : VIEWS) {
      header.add(view(c));
    }
    header.add("weighted_open");
    ColumnTable t = new ColumnTable(header);
    for (ForecastRow r : f.rows()) {
      ForecastFigures fig = r.figures();
      List<String> cells = new ArrayList<>();
      cells.add(r.period().key());
      cells.add("  ".repeat(r.depth()) + r.node().label());
      long n = 0;
      for (ForecastCategory c : VIEWS) {
        n += fig.count(c);
      }
      cells.add(String.valueOf(n));
      for (ForecastCategory c : VIEWS) {
        cells.add(fig.cumulative(c).amount().toPlainString());
      }
      cells.add(fig.weightedCumulative(ForecastCategory.PIPELINE).amount().toPlainString());
      t.row(cells);
    }
    out.print(t.render());
  }

  private void json(PrintWriter out, Forecast f, FiscalCalendar calendar) {
    List<Object> periods = new ArrayList<>();
    Map<String, List<Object>> rowsByPeriod = new LinkedHashMap<>();
    for (ForecastRow r : f.rows()) {
      ForecastFigures fig = r.figures();
      Map<String, Object> amounts = new LinkedHashMap<>();
      Map<String, Object> weighted = new LinkedHashMap<>();
      Map<String, Object> counts = new LinkedHashMap<>();
      for (ForecastCategory c : VIEWS) {
        amounts.put(view(c), fig.cumulative(c).amount());
        weighted.put(view(c), fig.weightedCumulative(c).amount());
        counts.put(view(c), fig.cumulativeCount(c));
      }
      rowsByPeriod.computeIfAbsent(r.period().key(), k -> new ArrayList<>()).add(JsonText.object(
          "node", r.node().id(), "label", r.node().label(), "depth", r.depth(),
          "parent", f.hierarchy().parent(r.node().id()).<Object>map(p -> p.id()).orElse(JsonText.NULL),
          "counts", counts, "amounts", amounts, "weighted", weighted));
    }
    for (ForecastPeriod p : f.periods()) {
      periods.add(JsonText.object("period", p.key(), "start", p.start().toString(), "end", p.lastDay().toString(),
          "rows", rowsByPeriod.get(p.key())));
    }
    out.print(JsonText.write(JsonText.object(
        "currency", f.currency().getCurrencyCode(),
        "rate_date", f.rateDate().toString(),
        "calendar", calendar.toString(),
        "views", "cumulative: open_pipeline = pipeline + best case + commit; best_case = best case + commit + closed; "
            + "commit = commit + closed; omitted on its own",
        "periods", periods)));
  }

  private FiscalCalendar calendar() {
    FiscalCalendar.Granularity g = switch (period.toLowerCase(Locale.ROOT)) {
      case "month" -> FiscalCalendar.Granularity.MONTH;
      case "quarter" -> FiscalCalendar.Granularity.QUARTER;
      default -> throw new BadInputException("--period must be month or quarter but was '" + period + "'");
    };
    Month start = enumOf(Month.class, fiscalStart, "--fiscal-start");
    if (weeks == null) {
      return FiscalCalendar.fiscal(start, g);
    }
    FiscalCalendar.WeekPattern pattern = switch (weeks) {
      case "4-4-5" -> FiscalCalendar.WeekPattern.P4_4_5;
      case "4-5-4" -> FiscalCalendar.WeekPattern.P4_5_4;
      case "5-4-4" -> FiscalCalendar.WeekPattern.P5_4_4;
      default -> throw new BadInputException("--weeks must be 4-4-5, 4-5-4 or 5-4-4 but was '" + weeks + "'");
    };
    return FiscalCalendar.weeks(pattern, start, enumOf(DayOfWeek.class, weekStart, "--week-start"), g);
  }

  private InMemoryExchangeRates rates(Currency target) {
    InMemoryExchangeRates rates = new InMemoryExchangeRates();
    for (String spec : rateSpecs) {
      int eq = spec.indexOf('=');
      if (eq <= 0) {
        throw new BadInputException("--rate must look like USD=0.92 but was '" + spec + "'");
      }
      Currency from = currencyOf(spec.substring(0, eq).strip(), "--rate");
      try {
        rates.add(new ExchangeRate(from, target, new BigDecimal(spec.substring(eq + 1).strip()), LocalDate.MIN));
      } catch (NumberFormatException | ValidationException e) {
        throw new BadInputException("--rate " + spec + ": the rate must be a positive number");
      }
    }
    return rates;
  }

  private static ForecastHierarchy hierarchy(Map<String, Set<Owner>> teams, String file) {
    ForecastHierarchy.Builder h = ForecastHierarchy.builder("all", "All teams");
    Set<Owner> placed = new LinkedHashSet<>();
    teams.forEach((team, owners) -> {
      h.group("team:" + team, team, "all");
      for (Owner o : owners) {
        if (!placed.add(o)) {
          throw new BadInputException(file + ": owner " + o.id() + " appears in two teams");
        }
        h.owner(o, o.id(), "team:" + team);
      }
    });
    return h.build();
  }

  private static Owner owner(String text) {
    if (text.startsWith("team:")) {
      return Owner.team(text.substring(5));
    }
    return Owner.user(text.startsWith("user:") ? text.substring(5) : text);
  }

  private static Currency currencyOf(String code, String option) {
    try {
      return Money.currency(code);
    } catch (ValidationException e) {
      throw new BadInputException(option + " must be an ISO 4217 currency code such as EUR but was '" + code + "'");
    }
  }

  private static LocalDate date(String text, String option) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadInputException(option + " must be a date such as 2026-03-31 but was '" + text + "'");
    }
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String name, String option) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(name)) {
        return e;
      }
    }
    throw new BadInputException(option + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + " but was '" + name + "'");
  }
}
