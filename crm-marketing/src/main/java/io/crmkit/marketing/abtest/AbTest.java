package io.crmkit.marketing.abtest;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An A/B (or A/B/n) test of one tenant: variants with weights, the metric that decides, the confidence and the
 * minimum sample per variant, and the share of the audience that takes part ({@code testShare}); the rest get
 * the winner once there is one.
 *
 * <pre>{@code
 * AbTest test = new AbTest(new AbTestId("subject"), tenant, 0, List.of(Variant.of("a", 1, a), Variant.of("b", 1, b)),
 *     AbMetric.OPEN_RATE, 0.95, 500, 0.2);
 * }</pre>
 *
 * @param confidence the confidence a winner needs, in (0.5, 1), e.g. 0.95
 * @param minimumSample the messages every variant must have sent before a winner can be named
 * @param testShare the share of recipients in the test, in (0, 1]; 1 tests on everyone
 */
public record AbTest(
    AbTestId id, TenantId tenantId, long version, List<Variant> variants, AbMetric metric, double confidence,
    long minimumSample, double testShare) {
  public AbTest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    ValidationException.checkNotNegative(version, "version");
    variants = List.copyOf(Objects.requireNonNull(variants, "variants"));
    Objects.requireNonNull(metric, "metric");
    ValidationException.check(variants.size() >= 2, "variants", "an A/B test needs at least two variants");
    Set<String> keys = new HashSet<>();
    variants.forEach(v -> ValidationException.check(keys.add(v.key()), "variants", "variant '" + v.key() + "' is listed twice"));
    ValidationException.check(confidence > 0.5 && confidence < 1, "confidence", "must be in (0.5, 1) but was " + confidence);
    ValidationException.check(minimumSample >= 1, "minimumSample", "must be at least 1 but was " + minimumSample);
    ValidationException.check(testShare > 0 && testShare <= 1, "testShare", "must be in (0, 1] but was " + testShare);
  }

  /** The variant with {@code key}. */
  public Variant variant(String key) {
    return variants.stream().filter(v -> v.key().equals(key)).findFirst()
        .orElseThrow(() -> new ValidationException("variant", "test '" + id + "' has no variant '" + key + "'"));
  }
}
