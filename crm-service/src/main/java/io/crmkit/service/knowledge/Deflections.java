package io.crmkit.service.knowledge;

import io.crmkit.core.ValidationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Deflection tracking as a pure function of what the host recorded: an article read in a portal session
 * counts as a deflection when that session opened no case within {@code window} after it first read the
 * article; sessions whose window has not passed at {@code asOf} are pending. Each (session, article) counts
 * once, at its first view.
 *
 * <pre>{@code
 * List<DeflectionRate> rates = Deflections.rates(views, casesOpened, Duration.ofHours(24), clock.instant(),
 *     ChronoUnit.WEEKS, ZoneId.of("Europe/Berlin"));
 * }</pre>
 */
public final class Deflections {
  private Deflections() {}

  /**
   * The deflection rates per article and period ({@code DAYS}, {@code WEEKS} starting Monday, {@code MONTHS}
   * or {@code YEARS} in {@code zone}), ordered by period, then article id.
   */
  public static List<DeflectionRate> rates(
      Collection<ArticleView> views, Collection<PortalCaseOpened> cases, Duration window, Instant asOf, ChronoUnit period, ZoneId zone) {
    Objects.requireNonNull(views, "views");
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(zone, "zone");
    ValidationException.check(!window.isNegative() && !window.isZero(), "window", "must be positive but was " + window);
    periodStart(LocalDate.EPOCH, period);

    Map<String, NavigableSet<Instant>> casesBySession = new HashMap<>();
    for (PortalCaseOpened c : cases) {
      casesBySession.computeIfAbsent(c.portalSession(), s -> new TreeSet<>()).add(c.openedAt());
    }
    Map<SessionArticle, Instant> firstViews = new HashMap<>();
    for (ArticleView v : views) {
      firstViews.merge(new SessionArticle(v.portalSession(), v.article()), v.viewedAt(), (a, b) -> a.isBefore(b) ? a : b);
    }
    Map<Key, long[]> counts = new TreeMap<>(Comparator.comparing(Key::periodStart).thenComparing(k -> k.article().value()));
    firstViews.forEach((sa, viewedAt) -> {
      Key key = new Key(sa.article(), periodStart(viewedAt.atZone(zone).toLocalDate(), period));
      long[] c = counts.computeIfAbsent(key, k -> new long[3]);
      Instant until = viewedAt.plus(window);
      NavigableSet<Instant> opened = casesBySession.getOrDefault(sa.session(), new TreeSet<>());
      Instant next = opened.ceiling(viewedAt);
      if (next != null && !next.isAfter(until)) {
        c[1]++;
      } else if (until.isAfter(asOf)) {
        c[2]++;
      } else {
        c[0]++;
      }
    });
    List<DeflectionRate> out = new ArrayList<>(counts.size());
    counts.forEach((k, c) -> out.add(new DeflectionRate(k.article(), k.periodStart(), c[0] + c[1], c[0], c[1], c[2])));
    return List.copyOf(out);
  }

  static LocalDate periodStart(LocalDate day, ChronoUnit period) {
    switch (period) {
      case DAYS:
        return day;
      case WEEKS:
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTHS:
        return day.withDayOfMonth(1);
      case YEARS:
        return day.withDayOfYear(1);
      default:
        throw new ValidationException("period", "must be DAYS, WEEKS, MONTHS or YEARS but was " + period);
    }
  }

  private record SessionArticle(String session, ArticleId article) {}

  private record Key(ArticleId article, LocalDate periodStart) {}
}
