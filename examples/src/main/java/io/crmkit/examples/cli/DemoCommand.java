package io.crmkit.examples.cli;

import io.crmkit.core.TenantId;
import io.crmkit.examples.CoreTour;
import io.crmkit.examples.MarketingTour;
import io.crmkit.examples.SalesTour;
import io.crmkit.examples.ServiceTour;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm demo}: runs {@link CoreTour} — a walk through crmkit's core on the in-memory store — then
 * {@link SalesTour}, the sales chapter, {@link MarketingTour}, the marketing chapter, and {@link ServiceTour}, the
 * service chapter, and prints them; {@code --chapter} picks one. With {@code --clock} the output is the same on every run.
 */
@Command(
    name = "demo",
    description = {
      "Walk through crmkit on an in-memory store: the core, then sales, marketing and service.",
      "Core: a tenant, custom fields, accounts and contacts with normalised e-mails and phones, an org chart, "
          + "activities, consent, an audited update, a lead lifecycle and the single customer view.",
      "Sales: leads routed by territory, rules and round robin; rule and predictive scores; a cadence ended by a "
          + "reply; a lead converted into an existing account; an opportunity through the pipeline with price-book "
          + "line items, a guard refusal and a quote (HTML and PDF); a monthly follow-up across a DST change; the "
          + "forecast by quarter, team and owner with quota attainment; performance per rep; a day's route.",
      "Marketing: a CSV list imported through the matcher (the second import only updates); a segment on a custom "
          + "field, consent and a radius; double opt-in and a signed unsubscribe link; a campaign with a budget through "
          + "its lifecycle; sends planned in each recipient's zone with quiet hours, a frequency cap and a DST change; "
          + "delivery through the job store and SendWorker with a crash that sends nothing twice; engagement coming "
          + "back; an A/B test's winner; a journey simulated over weeks; a converted lead keeping its campaign "
          + "membership; ROI and attribution.",
      "Service: a day at a help desk — mails threaded or ignored, a web form, a phone call through the IVR menu, a "
          + "duplicate merged; skills-based routing relaxing an optional skill and round robin; SLA clocks in office "
          + "hours across a wait for the customer and the evening close, a warning and a breach raised once; an "
          + "escalation tier in business hours."
    })
final class DemoCommand implements Callable<Integer> {
  /** The parts of the demo. */
  enum Chapter {
    all,
    core,
    sales,
    marketing,
    service
  }

  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Option(
      names = "--tenant",
      paramLabel = "ID",
      defaultValue = "demo",
      converter = TenantConverter.class,
      description = "Tenant to create (ASCII letters, digits, '-', '_', '.'). Default: ${DEFAULT-VALUE}.")
  TenantId tenant = TenantId.of("demo");

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      defaultValue = "UTC",
      converter = ZoneConverter.class,
      description = "IANA time zone for displayed times, e.g. Europe/Berlin. Default: ${DEFAULT-VALUE}.")
  ZoneId zone = ZoneId.of("UTC");

  @Option(
      names = "--clock",
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      description = "Fixed start time (ISO-8601 UTC, e.g. 2026-01-15T10:00:00Z) for reproducible output. "
          + "Default: the system clock.")
  Optional<Instant> clock = Optional.empty();

  @Option(
      names = "--chapter",
      paramLabel = "CHAPTER",
      defaultValue = "all",
      description = "Which part to run: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE} (the core, then sales, marketing and service).")
  Chapter chapter = Chapter.all;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Instant start = clock.orElseGet(() -> Clock.systemUTC().instant());
    boolean all = chapter == Chapter.all;
    List<Runnable> parts = new ArrayList<>();
    if (all || chapter == Chapter.core) {
      parts.add(() -> new CoreTour(start, tenant, zone, out).run());
    }
    if (all || chapter == Chapter.sales) {
      parts.add(() -> new SalesTour(start, tenant, zone, out).run());
    }
    if (all || chapter == Chapter.marketing) {
      parts.add(() -> new MarketingTour(start, tenant, zone, out).run());
    }
    if (all || chapter == Chapter.service) {
      parts.add(() -> new ServiceTour(start, tenant, zone, out).run());
    }
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        out.println();
        out.println();
      }
      parts.get(i).run();
    }
    out.flush();
    return 0;
  }

  /** Reads {@code --tenant}. */
  static final class TenantConverter implements CommandLine.ITypeConverter<TenantId> {
    @Override
    public TenantId convert(String value) {
      try {
        return TenantId.of(value);
      } catch (RuntimeException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads {@code --zone}. */
  static final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
      try {
        return ZoneId.of(value);
      } catch (RuntimeException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a time zone such as Europe/Berlin or UTC");
      }
    }
  }

  /** Reads {@code --clock}. */
  static final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not an instant such as 2026-01-15T10:00:00Z");
      }
    }
  }
}
