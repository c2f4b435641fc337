package io.crmkit.examples.cli;

import io.crmkit.analytics.cohort.CellStatus;
import io.crmkit.analytics.cohort.CohortCell;
import io.crmkit.analytics.cohort.CohortMatrix;
import io.crmkit.analytics.cohort.CohortPeriod;
import io.crmkit.analytics.cohort.CohortRetention;
import io.crmkit.analytics.cohort.CohortRow;
import io.crmkit.analytics.cohort.CustomerEvent;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm cohorts}: a cohort retention matrix from a transaction or activity log, e.g.
 * {@code crm cohorts --input orders.csv --customer-column customer --date-column ordered_at --period month}.
 */
@Command(
    name = "cohorts",
    description = {
      "Cohort retention: customers grouped by the period of their first transaction, and how many of each "
          + "cohort were active in each later period.",
      "FILE is a CSV with a header; dates are ISO dates (2026-03-01), local date-times (taken in --zone) or "
          + "instants with an offset (2026-03-01T10:00:00Z). Cells the observation window has not fully reached "
          + "are marked: partial (the window ends inside the period) or censored (after the window)."
    })
final class CohortsCommand extends FileReportCommand {
  @Option(names = "--input", required = true, paramLabel = "FILE", description = "The transaction or activity log.")
  Path input;

  @Option(names = "--customer-column", paramLabel = "NAME", defaultValue = "customer_id",
      description = "Column of the customer id. Default: ${DEFAULT-VALUE}.")
  String customerColumn = "customer_id";

  @Option(names = "--date-column", paramLabel = "NAME", defaultValue = "date",
      description = "Column of the date. Default: ${DEFAULT-VALUE}.")
  String dateColumn = "date";

  @Option(names = "--period", paramLabel = "PERIOD", defaultValue = "month",
      description = "Cohort period: week (ISO, from Monday), month or quarter. Default: ${DEFAULT-VALUE}.")
  String period = "month";

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC", converter = DemoCommand.ZoneConverter.class,
      description = "IANA time zone in which instants are assigned to days. Default: ${DEFAULT-VALUE}.")
  ZoneId zone = ZoneId.of("UTC");

  @Option(names = "--until", paramLabel = "DATE", converter = DateConverter.class,
      description = "Last observed day (ISO date); later events are ignored. Default: the day of the last event.")
  Optional<LocalDate> until = Optional.empty();

  @Override
  void report(PrintWriter out) {
    CohortPeriod p = periodOf(period);
    HeaderCsv csv = HeaderCsv.read(input);
    int customer = csv.column(customerColumn);
    int date = csv.column(dateColumn);
    List<CustomerEvent> events = new ArrayList<>();
    LocalDate last = null;
    for (HeaderCsv.Row row : csv.rows) {
      String id = row.fields().get(customer);
      if (id.isBlank()) {
        throw BadInputException.at(csv.file, row.line(), csv.header.get(customer), "the customer id is empty");
      }
      Instant at = instant(csv, row, date);
      events.add(new CustomerEvent(id, at));
      LocalDate day = at.atZone(zone).toLocalDate();
      last = last == null || day.isAfter(last) ? day : last;
    }
    if (last == null && until.isEmpty()) {
      throw new BadInputException(csv.file + ": has no data lines after the header");
    }
    CohortMatrix m = CohortRetention.of(events, p, zone, until.orElse(last));
    if (format == ReportFormat.table) {
      printTable(out, m);
      return;
    }
    List<Object> cohorts = new ArrayList<>();
    for (CohortRow row : m.rows()) {
      List<Object> cells = new ArrayList<>();
      for (CohortCell c : row.cells()) {
        cells.add(JsonText.object(
            "offset", c.offset(), "period_start", c.periodStart().toString(),
            "active", c.status() == CellStatus.CENSORED ? JsonText.NULL : c.active(),
            "rate", c.status() == CellStatus.CENSORED || row.size() == 0 ? JsonText.NULL : c.rate(),
            "status", c.status().name().toLowerCase(Locale.ROOT)));
      }
      cohorts.add(JsonText.object("cohort", row.periodStart().toString(), "size", row.size(), "cells", cells));
    }
    out.print(JsonText.write(JsonText.object(
        "period", p.name().toLowerCase(Locale.ROOT),
        "zone", zone.getId(),
        "observed_until", m.observedUntil().toString(),
        "customers", m.rows().stream().mapToInt(CohortRow::size).sum(),
        "events", events.size(),
        "cohorts", cohorts)));
  }

  private static void printTable(PrintWriter out, CohortMatrix m) {
    out.printf("retention by %s cohort (observed until %s, %s); * partial period, blank censored%n%n",
        m.period().name().toLowerCase(Locale.ROOT), m.observedUntil(), m.zone().getId());
    List<String> header = new ArrayList<>(List.of("cohort", "size"));
    for (int k = 0; k < m.width(); k++) {
      header.add("+" + k);
    }
    ColumnTable t = new ColumnTable(header);
    for (CohortRow row : m.rows()) {
      List<String> cells = new ArrayList<>(List.of(row.periodStart().toString(), String.valueOf(row.size())));
      for (CohortCell c : row.cells()) {
        cells.add(c.status() == CellStatus.CENSORED
            ? ""
            : fixed(100 * c.rate(), 1) + "%" + (c.status() == CellStatus.PARTIAL ? "*" : ""));
      }
      t.row(cells);
    }
    out.print(t.render());
  }

  /** Reads {@code --until}. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a date such as 2026-03-31");
      }
    }
  }

  private static CohortPeriod periodOf(String name) {
    for (CohortPeriod p : CohortPeriod.values()) {
      if (p.name().equalsIgnoreCase(name)) {
        return p;
      }
    }
    throw new BadInputException("--period must be week, month or quarter but was '" + name + "'");
  }

  private Instant instant(HeaderCsv csv, HeaderCsv.Row row, int column) {
    String v = row.fields().get(column);
    try {
      if (v.length() == 10) {
        return LocalDate.parse(v).atStartOfDay(zone).toInstant();
      }
      if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        return OffsetDateTime.parse(v).toInstant();
      }
      return LocalDateTime.parse(v).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw BadInputException.at(csv.file, row.line(), csv.header.get(column),
          "'" + v + "' is not a date such as 2026-03-01 or 2026-03-01T10:00:00Z");
    }
  }
}
