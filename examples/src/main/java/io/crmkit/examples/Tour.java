package io.crmkit.examples;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.TenantId;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What every chapter of {@code crm demo} shares: the tenant, the zone times are shown in, the story's clock that
 * moves only when told, counted ids ({@code lead-1}, {@code lead-2}, ...) and the way it prints — numbered
 * headings with the chapter's letter, one formatted line at a time, local times, indented blocks.
 */
abstract class Tour {
  static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

  final TenantId tenant;
  final ZoneId zone;
  final PrintWriter out;
  final CoreTour.TourClock clock;
  private final String chapter;
  private final Map<String, AtomicInteger> counters = new HashMap<>();
  private int step;

  /** A chapter whose headings are numbered {@code chapter + n}, e.g. "S1.", starting at {@code start}. */
  Tour(String chapter, Instant start, TenantId tenant, ZoneId zone, PrintWriter out) {
    this.chapter = Objects.requireNonNull(chapter, "chapter");
    this.tenant = Objects.requireNonNull(tenant, "tenant");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.out = Objects.requireNonNull(out, "out");
    this.clock = new CoreTour.TourClock(Objects.requireNonNull(start, "start"), zone);
  }

  /** {@code at} in the display zone, e.g. {@code Thu 2026-01-15 11:00}. */
  final String local(Instant at) {
    return LOCAL.format(at.atZone(zone));
  }

  /** The next counted id of {@code prefix}, made by {@code factory}. */
  final <I> I next(String prefix, Function<String, I> factory) {
    return factory.apply(ids(prefix).nextValue());
  }

  /** Counted ids {@code prefix-1}, {@code prefix-2}, ...; one count per prefix for the whole chapter. */
  final IdGenerator ids(String prefix) {
    AtomicInteger counter = counters.computeIfAbsent(prefix, p -> new AtomicInteger());
    return () -> prefix + "-" + counter.incrementAndGet();
  }

  /** Prints the next numbered heading, underlined. */
  final void heading(String title) {
    step++;
    out.println();
    String line = chapter + step + ". " + title;
    out.println(line);
    out.println("=".repeat(line.codePointCount(0, line.length())));
  }

  /** Prints one line, formatted in the root locale. */
  final void say(String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
  }

  /** {@code text} with every non-empty line indented by two spaces, ending in one line break. */
  static String indent(String text) {
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\\R", -1)) {
      if (!line.isEmpty()) {
        b.append("  ").append(line);
      }
      b.append('\n');
    }
    return b.toString().stripTrailing() + "\n";
  }
}
