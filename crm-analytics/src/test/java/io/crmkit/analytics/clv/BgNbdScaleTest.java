package io.crmkit.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.analytics.summary.CustomerSummaries;
import io.crmkit.analytics.summary.CustomerSummary;
import io.crmkit.analytics.summary.PeriodUnit;
import io.crmkit.analytics.summary.SummaryConventions;
import io.crmkit.analytics.summary.Transaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A million customers simulated from a known BG/NBD: summarising their log and fitting recovers the parameters.
 * The time taken is printed (measured, not asserted — the JMH benchmark owns the figure).
 */
class BgNbdScaleTest {
  static final BgNbd TRUTH = new BgNbd(0.25, 4.0, 0.8, 2.5);
  static final LocalDate START = LocalDate.of(1997, 1, 1);
  static final LocalDate END = LocalDate.of(1997, 9, 30);

  @Test
  void aMillionSimulatedCustomersAreSummarisedAndFitted() {
    List<Transaction> log = simulate(1_000_000, new SplittableRandom(20240611));
    PurchaseHistories histories = null;
    FittedModel<BgNbd> fit = null;
    for (int run = 1; run <= 2; run++) { // the second run is warm
      long t0 = System.nanoTime();
      List<CustomerSummary> summaries = CustomerSummaries.summarise(log,
          SummaryConventions.of(PeriodUnit.WEEK, END).withMergeSameDay(false)); // simulated purchases may share a day
      histories = PurchaseHistories.of(summaries);
      long t1 = System.nanoTime();
      fit = BgNbd.fit(histories);
      long t2 = System.nanoTime();
      System.out.printf("run %d: 1M customers, %d transactions: summarise + compress %.0f ms (%d patterns), fit %.0f ms"
          + " (%d evaluations)%n", run, log.size(), (t1 - t0) / 1e6, histories.patterns(), (t2 - t1) / 1e6,
          fit.evaluations());
    }
    assertThat(histories.customers()).isEqualTo(1_000_000.0);
    BgNbd m = fit.model();
    // a million customers pin the parameters down to a few standard errors
    assertThat(m.r()).isCloseTo(TRUTH.r(), within(4 * fit.standardErrors().get("r")));
    assertThat(m.alpha()).isCloseTo(TRUTH.alpha(), within(4 * fit.standardErrors().get("alpha")));
    assertThat(m.a()).isCloseTo(TRUTH.a(), within(4 * fit.standardErrors().get("a")));
    assertThat(m.b()).isCloseTo(TRUTH.b(), within(4 * fit.standardErrors().get("b")));
  }

  /** Customers acquired uniformly over the first 12 weeks; purchases by day until the end of calibration. */
  static List<Transaction> simulate(int customers, SplittableRandom random) {
    List<Transaction> log = new ArrayList<>(customers * 3);
    long endDay = END.toEpochDay();
    for (int c = 0; c < customers; c++) {
      String id = Integer.toString(c);
      long first = START.toEpochDay() + random.nextInt(84);
      log.add(new Transaction(id, LocalDate.ofEpochDay(first), 10));
      double lambda = gamma(random, TRUTH.r()) / TRUTH.alpha(); // per week
      double x = gamma(random, TRUTH.a());
      double p = x / (x + gamma(random, TRUTH.b()));
      double t = 0;
      while (true) {
        t += -Math.log(1 - random.nextDouble()) / lambda;
        if (t * 7 > endDay - first) {
          break;
        }
        long day = first + (long) Math.ceil(t * 7);
        if (day > endDay) {
          break;
        }
        log.add(new Transaction(id, LocalDate.ofEpochDay(day), 10));
        if (random.nextDouble() < p) {
          break;
        }
      }
    }
    return log;
  }

  /** Gamma(shape, 1) by Marsaglia and Tsang, boosted for shape &lt; 1. */
  static double gamma(SplittableRandom random, double shape) {
    if (shape < 1) {
      return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z = normal(random);
      double v = Math.pow(1 + c * z, 3);
      if (v > 0 && Math.log(random.nextDouble()) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  static double normal(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
