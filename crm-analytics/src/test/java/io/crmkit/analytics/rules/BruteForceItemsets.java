package io.crmkit.analytics.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Level-wise Apriori by plain set counting: the slow, obvious reference FP-growth is checked against. */
final class BruteForceItemsets {
  private BruteForceItemsets() {}

  static Map<Set<String>, Long> mine(List<Set<String>> baskets, double minSupport, int maxLength) {
    Map<Set<String>, Long> out = new HashMap<>();
    Set<String> items = new TreeSet<>();
    baskets.forEach(items::addAll);
    List<Set<String>> level = new ArrayList<>();
    for (String i : items) {
      level.add(Set.of(i));
    }
    for (int k = 1; k <= maxLength && !level.isEmpty(); k++) {
      List<Set<String>> frequent = new ArrayList<>();
      for (Set<String> candidate : level) {
        long count = baskets.stream().filter(b -> b.containsAll(candidate)).count();
        if ((double) count / baskets.size() >= minSupport) {
          out.put(candidate, count);
          frequent.add(candidate);
        }
      }
      Set<Set<String>> next = new HashSet<>();
      for (Set<String> a : frequent) {
        for (String i : items) {
          if (!a.contains(i)) {
            Set<String> c = new TreeSet<>(a);
            c.add(i);
            next.add(Set.copyOf(c));
          }
        }
      }
      level = new ArrayList<>(next);
    }
    return out;
  }
}
