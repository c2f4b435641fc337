package io.crmkit.benchmarks.analytics;

import io.crmkit.analytics.rules.AssociationRules;
import io.crmkit.analytics.rules.Baskets;
import io.crmkit.analytics.rules.RuleOptions;
import io.crmkit.analytics.rules.RuleSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * FP-growth frequent itemsets plus rule generation (single-item consequents) on a synthetic 10,000-basket,
 * 169-item retail set ({@link AnalyticsData#retail}) at support 0.001 and confidence 0.5. Target: well under 1 s.
 *
 * <p>{@code java -jar crm-benchmarks/target/benchmarks.jar AssociationRulesBenchmark -f 1 -wi 3 -i 5}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class AssociationRulesBenchmark {
  Baskets baskets;
  final RuleOptions options = RuleOptions.of(0.001, 0.5);

  /** Builds the basket set (seed 42). */
  @Setup
  public void build() {
    baskets = AnalyticsData.retail(42);
    RuleSet rs = AssociationRules.mine(baskets, options);
    System.out.printf("%n%d itemsets, %d rules%n", rs.itemsetCount(), rs.rules().size());
  }

  /** Mines itemsets and rules. */
  @Benchmark
  public RuleSet mine() {
    return AssociationRules.mine(baskets, options);
  }
}
