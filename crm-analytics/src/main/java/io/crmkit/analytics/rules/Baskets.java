package io.crmkit.analytics.rules;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Market baskets (transactions), each a set of item names, encoded once for mining. Build one from text with
 * {@code Baskets.parse(lines)} (one basket per line, items separated by commas and trimmed) or from sets with
 * {@code Baskets.of(List.of(Set.of("milk", "bread")))}. A repeated item in a basket counts once, as in arules.
 */
public final class Baskets {
  private final List<String> items;
  private final int[][] encoded;

  private Baskets(List<String> items, int[][] encoded) {
    this.items = items;
    this.encoded = encoded;
  }

  /** Baskets from sets of item names; item names must not be blank. */
  public static Baskets of(List<? extends Set<String>> baskets) {
    Objects.requireNonNull(baskets, "baskets");
    Encoder enc = new Encoder();
    int[][] out = new int[baskets.size()][];
    for (int i = 0; i < baskets.size(); i++) {
      Set<String> b = Objects.requireNonNull(baskets.get(i), "baskets[" + i + "]");
      List<String> names = new ArrayList<>(b.size());
      for (String item : b) {
        Objects.requireNonNull(item, "baskets[" + i + "][]");
        ValidationException.check(!item.isBlank(), "baskets[" + i + "]", "item names must not be blank");
        names.add(item);
      }
      out[i] = enc.encode(names);
    }
    return new Baskets(List.copyOf(enc.names), out);
  }

  /**
   * Baskets from text lines, one basket per line with comma-separated items; items are trimmed, empty
   * items (as in {@code "a,,b"} or a trailing comma) are skipped, and blank lines are skipped entirely.
   */
  public static Baskets parse(List<String> lines) {
    Objects.requireNonNull(lines, "lines");
    List<Set<String>> baskets = new ArrayList<>(lines.size());
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      Set<String> b = new LinkedHashSet<>();
      for (String item : line.split(",", -1)) {
        String t = item.strip();
        if (!t.isEmpty()) {
          b.add(t);
        }
      }
      baskets.add(b);
    }
    return of(baskets);
  }

  /** The number of baskets (transactions). */
  public int size() {
    return encoded.length;
  }

  /** The distinct items, in order of first appearance. */
  public List<String> items() {
    return items;
  }

  /** Basket {@code i} as item codes (indexes into {@link #items()}), ascending; package-private. */
  int[] basket(int i) {
    return encoded[i];
  }

  private static final class Encoder {
    final Map<String, Integer> codes = new HashMap<>();
    final List<String> names = new ArrayList<>();

    int[] encode(List<String> basket) {
      int[] b = new int[basket.size()];
      for (int i = 0; i < b.length; i++) {
        String name = basket.get(i);
        Integer code = codes.get(name);
        if (code == null) {
          code = names.size();
          codes.put(name, code);
          names.add(name);
        }
        b[i] = code;
      }
      Arrays.sort(b);
      return Arrays.stream(b).distinct().toArray();
    }
  }
}
