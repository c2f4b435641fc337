package io.crmkit.core.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The curated nickname table shipped as {@code io/crmkit/core/match/nicknames.txt}: every name maps to the
 * sorted ids of the groups it belongs to ("bill" and "william" share a group, "al" is in three).
 */
final class Nicknames {
  private static final int[] NONE = new int[0];
  private static final Nicknames STANDARD = load();

  private final Map<String, int[]> groups;
  private final List<String> canonical;

  private Nicknames(Map<String, int[]> groups, List<String> canonical) {
    this.groups = groups;
    this.canonical = canonical;
  }

  static Nicknames standard() {
    return STANDARD;
  }

  /** The groups of a folded given name (sorted ids); empty when the name is not in the table. */
  int[] groups(String foldedName) {
    return groups.getOrDefault(foldedName, NONE);
  }

  /** The canonical name of a group, e.g. {@code william}. */
  String canonical(int group) {
    return canonical.get(group);
  }

  /** Whether two folded names are variants of one name according to the table. */
  boolean sameName(String a, String b) {
    return Similarity.commonCount(groups(a), groups(b)) > 0;
  }

  private static Nicknames load() {
    Map<String, List<Integer>> byName = new HashMap<>();
    List<String> canonical = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(
            Nicknames.class.getResourceAsStream("nicknames.txt"), "nicknames.txt resource");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        int colon = line.indexOf(':');
        if (line.isEmpty() || line.startsWith("#") || colon < 0) {
          continue;
        }
        int group = canonical.size();
        String name = Normalizer.fold(line.substring(0, colon));
        canonical.add(name);
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(group);
        for (String v : line.substring(colon + 1).split(",")) {
          String variant = Normalizer.fold(v);
          if (!variant.isEmpty()) {
            List<Integer> list = byName.computeIfAbsent(variant, k -> new ArrayList<>());
            if (!list.contains(group)) {
              list.add(group);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, int[]> groups = new HashMap<>();
    byName.forEach((k, v) -> {
      int[] ids = v.stream().mapToInt(Integer::intValue).toArray();
      Arrays.sort(ids);
      groups.put(k, ids);
    });
    return new Nicknames(Map.copyOf(groups), List.copyOf(canonical));
  }
}
