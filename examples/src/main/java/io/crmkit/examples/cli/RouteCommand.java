package io.crmkit.examples.cli;

import io.crmkit.core.ValidationException;
import io.crmkit.sales.geo.GeoPoint;
import io.crmkit.sales.geo.InfeasibleStop;
import io.crmkit.sales.geo.PlannedVisit;
import io.crmkit.sales.geo.RoutePlan;
import io.crmkit.sales.geo.RoutePlanner;
import io.crmkit.sales.geo.RouteRequest;
import io.crmkit.sales.geo.Stop;
import io.crmkit.sales.geo.TimeWindow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm route}: plans one day's customer visits from a CSV of stops with crm-sales' route planner, e.g.
 * {@code crm route --stops visits.csv --start 48.137,11.575 --return --depart 08:30 --speed 40 --format table}.
 */
@Command(
    name = "route",
    description = {
      "Plans one day's customer visits: nearest neighbour, then 2-opt and Or-opt, respecting time windows.",
      "FILE is a CSV with the header name,lat,lon,duration,window: duration in minutes, window empty or HH:MM-HH:MM "
          + "(the visit must start within it). Travel is the great-circle distance at --speed km/h."
    })
final class RouteCommand extends FileReportCommand {
  @Option(names = "--stops", required = true, paramLabel = "FILE", description = "The stops to visit (CSV).")
  Path stops;

  @Option(names = "--start", required = true, paramLabel = "LAT,LON", description = "Where the day starts.")
  String start;

  @Option(names = "--end", paramLabel = "LAT,LON", description = "Where the day ends (default: at the last stop).")
  String end;

  @Option(names = "--return", description = "End the day back at the start.")
  boolean back;

  @Option(names = "--date", paramLabel = "DATE", defaultValue = "2026-01-15",
      description = "The day (ISO date), for the times shown. Default: ${DEFAULT-VALUE}.")
  LocalDate date = LocalDate.of(2026, 1, 15);

  @Option(names = "--depart", paramLabel = "HH:MM", defaultValue = "08:00",
      description = "When the day starts. Default: ${DEFAULT-VALUE}.")
  LocalTime depart = LocalTime.of(8, 0);

  @Option(names = "--speed", paramLabel = "KMH", defaultValue = "40",
      description = "Average travel speed in km/h over great-circle distances. Default: ${DEFAULT-VALUE}.")
  double speed = 40;

  @Override
  void report(PrintWriter out) {
    RouteRequest request = new RouteRequest(point("--start", start),
        back ? Optional.of(point("--start", start)) : Optional.ofNullable(end).map(e -> point("--end", e)),
        date.atTime(depart), readStops(), speed);
    RoutePlan plan = RoutePlanner.standard().plan(request);
    if (format == ReportFormat.table) {
      ColumnTable t = new ColumnTable("#", "stop", "km", "arrive", "wait", "start", "leave", "window", "status");
      for (PlannedVisit v : plan.visits()) {
        t.row(v.sequence(), v.stop().name(), fixed(v.legKm(), 1), hhmm(v.arrival()), minutes(v.waiting()),
            hhmm(v.start()), hhmm(v.departure()),
            v.stop().window().map(w -> hhmm(w.earliest()) + "-" + hhmm(w.latest())).orElse(""),
            v.window().name().toLowerCase(java.util.Locale.ROOT));
      }
      out.print(t.render());
      out.println();
      out.print(plan.explanation());
      return;
    }
    List<Object> visits = new ArrayList<>();
    for (PlannedVisit v : plan.visits()) {
      visits.add(JsonText.object("sequence", v.sequence(), "name", v.stop().name(), "leg_km", v.legKm(),
          "arrival", v.arrival().toString(), "wait_minutes", v.waiting().toSeconds() / 60.0,
          "start", v.start().toString(), "departure", v.departure().toString(),
          "window", v.stop().window().map(w -> (Object) JsonText.object("earliest", w.earliest().toString(),
              "latest", w.latest().toString())).orElse(JsonText.NULL),
          "status", v.window().name().toLowerCase(java.util.Locale.ROOT),
          "late_minutes", v.lateness().toSeconds() / 60.0));
    }
    List<Object> infeasible = new ArrayList<>();
    for (InfeasibleStop s : plan.infeasible()) {
      infeasible.add(JsonText.object("name", s.name(), "reason", s.reason()));
    }
    Map<String, Object> json = JsonText.object(
        "stops", plan.visits().size(), "order", plan.order(), "distance_km", plan.distanceKm(),
        "return_km", plan.returnKm(), "departure", request.departure().toString(), "finish", plan.finish().toString(),
        "duration_minutes", plan.duration().toSeconds() / 60.0, "travel_minutes", plan.travel().toSeconds() / 60.0,
        "wait_minutes", plan.waiting().toSeconds() / 60.0, "missed_windows",
        plan.missedWindows().stream().map(v -> v.stop().name()).toList(), "infeasible", infeasible,
        "improvement", JsonText.object("nearest_neighbour_km", plan.improvement().constructedKm(),
            "saved_km", plan.savedKm(), "two_opt_moves", plan.improvement().twoOptMoves(),
            "or_opt_moves", plan.improvement().orOptMoves(), "exhaustive", plan.improvement().exhaustive()),
        "visits", visits);
    out.print(JsonText.write(json));
  }

  private List<Stop> readStops() {
    HeaderCsv csv = HeaderCsv.read(stops);
    int name = csv.column("name");
    int lat = csv.column("lat");
    int lon = csv.column("lon");
    int duration = csv.column("duration");
    int window = csv.column("window");
    List<Stop> out = new ArrayList<>();
    for (HeaderCsv.Row row : csv.rows) {
      try {
        GeoPoint p = GeoPoint.of(csv.number(row, lat), csv.number(row, lon));
        double minutes = csv.number(row, duration);
        Stop s = Stop.of(row.fields().get(name), p, Duration.ofSeconds(Math.round(minutes * 60)));
        String w = row.fields().get(window);
        out.add(w.isBlank() ? s : s.withWindow(window(csv, row, window, w)));
      } catch (ValidationException e) {
        throw new BadInputException(csv.file + ": line " + row.line() + ": " + e.getMessage());
      }
    }
    return out;
  }

  private TimeWindow window(HeaderCsv csv, HeaderCsv.Row row, int column, String text) {
    String[] parts = text.split("-");
    try {
      if (parts.length == 2) {
        return TimeWindow.of(date.atTime(LocalTime.parse(parts[0].strip())), date.atTime(LocalTime.parse(parts[1].strip())));
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw BadInputException.at(csv.file, row.line(), csv.header.get(column), "'" + text + "' is not a window such as 09:00-11:30");
  }

  private static GeoPoint point(String option, String text) {
    String[] parts = text.split(",");
    try {
      if (parts.length == 2) {
        return GeoPoint.of(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadInputException(option + ": '" + text + "' is not a point such as 48.137,11.575");
  }

  private static String hhmm(LocalDateTime t) {
    return String.format(java.util.Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
  }

  private static String minutes(Duration d) {
    return d.isZero() ? "" : String.valueOf((d.toSeconds() + 30) / 60);
  }
}
