package io.crmkit.analytics.rules;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.ObjLongConsumer;

/**
 * Frequent itemsets by FP-growth (Han, Pei and Yin 2000): one pass counts the items, a second builds the
 * FP-tree of each basket's frequent items in descending frequency, and the tree is mined recursively through
 * conditional pattern bases, without generating candidates. Use
 * {@code List<FrequentItemset> sets = FrequentItemsets.mine(baskets, 0.01, 10);}.
 *
 * <p>An itemset is frequent when {@code count / baskets ≥ minSupport} (so the minimum count is
 * {@code ceil(minSupport · baskets)}, at least 1).
 */
public final class FrequentItemsets {
  private FrequentItemsets() {}

  /**
   * The frequent itemsets of at most {@code maxLength} items, sorted by length, then by descending count, then
   * by their items.
   */
  public static List<FrequentItemset> mine(Baskets baskets, double minSupport, int maxLength) {
    Objects.requireNonNull(baskets, "baskets");
    List<FrequentItemset> out = new ArrayList<>();
    int n = baskets.size();
    mineCodes(baskets, minSupport, maxLength, (codes, count) -> {
      List<String> names = new ArrayList<>(codes.length);
      for (int c : codes) {
        names.add(baskets.items().get(c));
      }
      names.sort(Comparator.naturalOrder());
      out.add(new FrequentItemset(names, count, (double) count / n));
    });
    out.sort(Comparator.comparingInt((FrequentItemset s) -> s.items().size())
        .thenComparing(Comparator.comparingLong(FrequentItemset::count).reversed())
        .thenComparing(s -> String.join("\u0000", s.items())));
    return out;
  }

  /** The minimum basket count for {@code minSupport}: {@code count / n ≥ minSupport}, tolerant of rounding. */
  static long minCount(double minSupport, int n) {
    ValidationException.check(
        minSupport > 0 && minSupport <= 1, "minSupport", "must be in (0, 1] but was " + minSupport);
    return Math.max(1, (long) Math.ceil(minSupport * n * (1 - 1e-12)));
  }

  /** Feeds every frequent itemset, as sorted item codes, with its count to {@code sink}. */
  static void mineCodes(Baskets baskets, double minSupport, int maxLength, ObjLongConsumer<int[]> sink) {
    ValidationException.check(maxLength >= 1, "maxLength", "must be ≥ 1 but was " + maxLength);
    int n = baskets.size();
    long min = minCount(minSupport, n);
    int itemCount = baskets.items().size();
    long[] freq = new long[itemCount];
    for (int i = 0; i < n; i++) {
      for (int c : baskets.basket(i)) {
        freq[c]++;
      }
    }
    Integer[] frequent = java.util.stream.IntStream.range(0, itemCount)
        .filter(c -> freq[c] >= min).boxed().toArray(Integer[]::new);
    Arrays.sort(frequent, Comparator.comparingLong((Integer c) -> -freq[c]).thenComparingInt(c -> c));
    int ranks = frequent.length;
    int[] rankOf = new int[itemCount];
    Arrays.fill(rankOf, -1);
    int[] codeOf = new int[ranks];
    for (int r = 0; r < ranks; r++) {
      rankOf[frequent[r]] = r;
      codeOf[r] = frequent[r];
    }
    FpTree tree = new FpTree(ranks);
    int[] path = new int[Math.max(1, ranks)];
    for (int i = 0; i < n; i++) {
      int len = 0;
      for (int c : baskets.basket(i)) {
        if (rankOf[c] >= 0) {
          path[len++] = rankOf[c];
        }
      }
      Arrays.sort(path, 0, len);
      tree.insert(path, len, 1);
    }
    new Miner(min, maxLength, codeOf, sink).mine(tree, new int[0]);
  }

  private static final class Miner {
    final long min;
    final int maxLength;
    final int[] codeOf;
    final ObjLongConsumer<int[]> sink;

    Miner(long min, int maxLength, int[] codeOf, ObjLongConsumer<int[]> sink) {
      this.min = min;
      this.maxLength = maxLength;
      this.codeOf = codeOf;
      this.sink = sink;
    }

    void mine(FpTree tree, int[] suffix) {
      int ranks = tree.head.length;
      int[] buffer = new int[ranks];
      for (int r = ranks - 1; r >= 0; r--) {
        long support = tree.rankCount[r];
        if (support < min) {
          continue;
        }
        int[] itemset = Arrays.copyOf(suffix, suffix.length + 1);
        itemset[suffix.length] = r;
        int[] codes = new int[itemset.length];
        for (int i = 0; i < itemset.length; i++) {
          codes[i] = codeOf[itemset[i]];
        }
        Arrays.sort(codes);
        sink.accept(codes, support);
        if (itemset.length >= maxLength) {
          continue;
        }
        // the conditional pattern base of r: the prefix path of each of its nodes, with the node's count
        long[] condCount = new long[r];
        for (int node = tree.head[r]; node >= 0; node = tree.next[node]) {
          long c = tree.count[node];
          for (int p = tree.parent[node]; p > 0; p = tree.parent[p]) {
            condCount[tree.item[p]] += c;
          }
        }
        boolean any = false;
        for (int i = 0; i < r && !any; i++) {
          any = condCount[i] >= min;
        }
        if (!any) {
          continue;
        }
        FpTree cond = new FpTree(r);
        for (int node = tree.head[r]; node >= 0; node = tree.next[node]) {
          int len = 0;
          for (int p = tree.parent[node]; p > 0; p = tree.parent[p]) {
            if (condCount[tree.item[p]] >= min) {
              buffer[len++] = tree.item[p];
            }
          }
          // collected leaf-to-root: reverse into ascending rank order
          for (int i = 0, j = len - 1; i < j; i++, j--) {
            int t = buffer[i];
            buffer[i] = buffer[j];
            buffer[j] = t;
          }
          if (len > 0) {
            cond.insert(buffer, len, tree.count[node]);
          }
        }
        mine(cond, itemset);
      }
    }
  }
}
