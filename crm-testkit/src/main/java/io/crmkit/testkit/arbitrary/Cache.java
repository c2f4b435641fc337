package io.crmkit.testkit.arbitrary;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;

/**
 * Keeps one instance of each shared building-block arbitrary: jqwik memoises generators per arbitrary
 * instance, so reusing instances (instead of building new ones per sample inside {@code flatMap}) makes
 * generation several times faster.
 */
final class Cache {
  private Cache() {}

  private static final Map<String, Arbitrary<?>> ARBITRARIES = new HashMap<>();

  @SuppressWarnings("unchecked")
  static <T> Arbitrary<T> of(String key, Supplier<Arbitrary<T>> make) {
    synchronized (ARBITRARIES) {
      Arbitrary<?> known = ARBITRARIES.get(key);
      if (known != null) {
        return (Arbitrary<T>) known;
      }
    }
    Arbitrary<T> made = make.get(); // outside the lock: making one may ask for others
    synchronized (ARBITRARIES) {
      return (Arbitrary<T>) ARBITRARIES.computeIfAbsent(key, k -> made);
    }
  }
}
