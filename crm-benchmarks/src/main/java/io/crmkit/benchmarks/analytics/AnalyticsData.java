package io.crmkit.benchmarks.analytics;

import io.crmkit.analytics.clv.BgNbd;
import io.crmkit.analytics.rules.Baskets;
import io.crmkit.analytics.summary.Transaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** The benchmarks' inputs: the CDNOW files, a simulated BG/NBD transaction log and a synthetic basket set. */
final class AnalyticsData {
  /** The process the million customers are simulated from (close to the CDNOW fit). */
  static final BgNbd TRUTH = new BgNbd(0.25, 4.0, 0.8, 2.5);
  static final LocalDate START = LocalDate.of(1997, 1, 1);
  static final LocalDate END = LocalDate.of(1997, 9, 30);

  private AnalyticsData() {}

  /** {@code shared/data/cdnow/<name>}, found by walking up from the working directory. */
  static Path cdnow(String name) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve("data").resolve("cdnow").resolve(name);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new UncheckedIOException(new IOException(
        "shared/data/cdnow/" + name + " not found above " + Path.of("").toAbsolutePath()));
  }

  /**
   * A transaction log of {@code customers} simulated from {@link #TRUTH}: each customer's first purchase falls
   * uniformly in the first 12 weeks of 1997; purchases follow a Poisson process (rate per week ~ Gamma(r, α)),
   * after each repeat purchase the customer drops out with probability p ~ Beta(a, b); times are rounded up to
   * whole days and the log ends on 1997-09-30. One {@code String} id per customer, shared by its transactions.
   */
  static List<Transaction> simulate(int customers, long seed) {
    Random random = new Random(seed);
    List<Transaction> log = new ArrayList<>(customers * 3);
    long endDay = END.toEpochDay();
    for (int c = 0; c < customers; c++) {
      String id = Integer.toString(c);
      long first = START.toEpochDay() + random.nextInt(84);
      log.add(new Transaction(id, LocalDate.ofEpochDay(first), 10));
      double lambda = gamma(random, TRUTH.r()) / TRUTH.alpha();
      double x = gamma(random, TRUTH.a());
      double p = x / (x + gamma(random, TRUTH.b()));
      double t = 0;
      while (true) {
        t += -Math.log(1 - random.nextDouble()) / lambda;
        long day = first + (long) Math.ceil(t * 7);
        if (t * 7 > endDay - first || day > endDay) {
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
  private static double gamma(Random random, double shape) {
    if (shape < 1) {
      return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z = random.nextGaussian();
      double v = Math.pow(1 + c * z, 3);
      if (v > 0 && Math.log(random.nextDouble()) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  /**
   * A synthetic retail set shaped like R's Groceries: 10,000 baskets over 169 items with Zipf-like popularity
   * (weight 1/rank^0.9) and exponentially distributed basket sizes (mean about 4, at most 31 items).
   */
  static Baskets retail(long seed) {
    Random rnd = new Random(seed);
    double[] weight = new double[169];
    double total = 0;
    for (int i = 0; i < weight.length; i++) {
      weight[i] = 1 / Math.pow(i + 1, 0.9);
      total += weight[i];
    }
    List<Set<String>> baskets = new ArrayList<>();
    for (int t = 0; t < 10_000; t++) {
      int size = 1 + (int) Math.min(30, -Math.log(1 - rnd.nextDouble()) * 3.4);
      Set<String> b = new LinkedHashSet<>();
      while (b.size() < size) {
        double u = rnd.nextDouble() * total;
        int i = 0;
        while (i < weight.length - 1 && (u -= weight[i]) > 0) {
          i++;
        }
        b.add("item" + i);
      }
      baskets.add(b);
    }
    return Baskets.of(baskets);
  }
}
