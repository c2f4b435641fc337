package io.crmkit.marketing.abtest;

import io.crmkit.core.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Objects;

/**
 * Deterministic weighted assignment by hashing: the same key always lands in the same bucket, on every machine
 * and in every run, and keys spread over buckets in proportion to their weights. The key's parts are joined
 * unambiguously and hashed with SHA-256; the first 64 bits make a point in [0, 1) that falls into a bucket by
 * cumulative weight. Used by A/B tests (tenant, test, recipient) and journeys' random splits (tenant, journey,
 * step, contact).
 *
 * <p>{@code int arm = WeightedBuckets.pick(List.of(50, 30, 20), "acme", "test-1", "c-42");}
 */
public final class WeightedBuckets {
  private WeightedBuckets() {}

  /** The point in [0, 1) the key hashes to. */
  public static double point(String... keyParts) {
    Objects.requireNonNull(keyParts, "keyParts");
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : keyParts) {
        byte[] bytes = Objects.requireNonNull(part, "keyPart").getBytes(StandardCharsets.UTF_8);
        sha.update((byte) (bytes.length >>> 24));
        sha.update((byte) (bytes.length >>> 16));
        sha.update((byte) (bytes.length >>> 8));
        sha.update((byte) bytes.length);
        sha.update(bytes);
      }
      byte[] d = sha.digest();
      long bits = 0;
      for (int i = 0; i < 8; i++) {
        bits = (bits << 8) | (d[i] & 0xff);
      }
      return (bits >>> 11) * 0x1.0p-53;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** The index of the bucket the key falls into; weights must be positive. */
  public static int pick(List<Integer> weights, String... keyParts) {
    return bucketOf(weights, point(keyParts));
  }

  /** The index of the bucket {@code point} (in [0, 1)) falls into, by cumulative weight. */
  public static int bucketOf(List<Integer> weights, double point) {
    Objects.requireNonNull(weights, "weights");
    ValidationException.check(!weights.isEmpty(), "weights", "must not be empty");
    long total = 0;
    for (int w : weights) {
      ValidationException.check(w > 0, "weights", "must all be positive but one was " + w);
      total += w;
    }
    double target = point * total;
    long cumulative = 0;
    for (int i = 0; i < weights.size(); i++) {
      cumulative += weights.get(i);
      if (target < cumulative) {
        return i;
      }
    }
    return weights.size() - 1;
  }
}
