package io.crmkit.core.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic organisation records as several source systems hold them: company names with and without legal
 * suffixes, abbreviations, typos, re-ordered words; street addresses abbreviated differently; phones in
 * different formats; missing fields. Ids are {@code org-<entity>-<source>}.
 */
final class OrganisationRecords {
  private OrganisationRecords() {}

  static final MatchSchema SCHEMA = MatchSchema.builder()
      .field("name", FieldKind.COMPANY)
      .field("street", FieldKind.STREET)
      .field("city", FieldKind.CITY)
      .field("zip", FieldKind.POSTCODE)
      .field("phone", FieldKind.PHONE)
      .build();

  private static final String[] FIRST = {"acme", "globex", "initech", "umbrella", "stark", "wayne", "wonka", "cyberdyne",
      "soylent", "tyrell", "hooli", "vandelay", "pied piper", "dunder", "sterling", "oscorp", "massive", "monarch",
      "nakatomi", "gringotts", "blue sky", "northwind", "contoso", "fabrikam", "adventure", "litware", "proseware",
      "wide world", "tailspin", "lucerne", "margie", "fourth coffee", "alpine", "coho", "graphic", "humongous",
      "woodgrove", "trey", "southridge", "consolidated", "city power", "first up", "bluebird", "redwood", "silver lake",
      "golden gate", "harbor", "summit", "pioneer", "evergreen"};
  private static final String[] SECOND = {"plumbing", "logistics", "software", "consulting", "bakery", "dental",
      "insurance", "motors", "analytics", "foods", "hardware", "travel", "labs", "media", "partners", "systems",
      "energy", "design", "legal", "health"};
  private static final String[] SUFFIX = {"inc", "llc", "corp", "ltd", "co", "", "", "incorporated", "limited", "corporation"};
  private static final String[] STREETS = {"main", "oak", "pine", "maple", "cedar", "elm", "washington", "lake", "hill",
      "park", "sunset", "river", "church", "market", "spring", "highland", "mill", "union", "franklin", "jefferson"};
  private static final String[][] TYPES = {{"street", "st", "st."}, {"avenue", "ave", "av"}, {"road", "rd", "rd."},
      {"boulevard", "blvd", "blvd."}, {"drive", "dr", "dr."}, {"lane", "ln", "lane"}};
  private static final String[][] CITIES = {{"springfield", "62701", "217"}, {"boston", "02108", "617"},
      {"denver", "80202", "303"}, {"seattle", "98101", "206"}, {"austin", "73301", "512"}, {"portland", "97201", "503"},
      {"chicago", "60601", "312"}, {"atlanta", "30301", "404"}};

  record Generated(List<MatchRecord> records) {}

  static List<MatchRecord> generate(int entities, long seed) {
    Random r = new Random(seed);
    List<MatchRecord> out = new ArrayList<>();
    // distinct names (the first word is shared by many), so that the truth is well defined
    List<String> names = new ArrayList<>();
    for (String f : FIRST) {
      for (String s : SECOND) {
        names.add(f + " " + s);
      }
    }
    java.util.Collections.shuffle(names, r);
    for (int e = 0; e < Math.min(entities, names.size()); e++) {
      String name = names.get(e);
      String suffix = SUFFIX[r.nextInt(SUFFIX.length)];
      int number = 1 + r.nextInt(2500);
      String street = STREETS[r.nextInt(STREETS.length)];
      int type = r.nextInt(TYPES.length);
      String[] city = CITIES[r.nextInt(CITIES.length)];
      String phone = city[2] + (200 + r.nextInt(800)) + String.format(Locale.ROOT, "%04d", r.nextInt(10000));
      int copies = 1 + r.nextInt(4);
      for (int s = 0; s < copies; s++) {
        Map<String, String> v = new HashMap<>();
        v.put("name", companyVariant(r, name, suffix));
        if (r.nextDouble() > 0.1) {
          v.put("street", number + " " + typo(r, capitalise(r, street), 0.15) + " " + TYPES[type][r.nextInt(3)]);
        }
        if (r.nextDouble() > 0.1) {
          v.put("city", typo(r, capitalise(r, city[0]), 0.1));
        }
        if (r.nextDouble() > 0.2) {
          v.put("zip", city[1]);
        }
        if (r.nextDouble() > 0.25) {
          v.put("phone", phoneVariant(r, phone));
        }
        out.add(new MatchRecord("org-" + e + "-" + s, v));
      }
    }
    java.util.Collections.shuffle(out, r);
    return out;
  }

  private static String companyVariant(Random r, String name, String suffix) {
    String n = name;
    if (r.nextDouble() < 0.15 && n.contains(" ")) {
      String[] w = n.split(" ");
      n = w[w.length - 1] + " " + String.join(" ", java.util.Arrays.copyOf(w, w.length - 1));
    }
    n = typo(r, n, 0.25);
    String suf = r.nextDouble() < 0.5 ? suffix : SUFFIX[r.nextInt(SUFFIX.length)];
    String out = capitalise(r, n) + (suf.isEmpty() ? "" : (r.nextBoolean() ? ", " : " ") + capitalise(r, suf) + (r.nextBoolean() ? "." : ""));
    if (r.nextDouble() < 0.1) {
      out = "The " + out;
    }
    return out;
  }

  private static String phoneVariant(Random r, String digits) {
    String a = digits.substring(0, 3);
    String b = digits.substring(3, 6);
    String c = digits.substring(6);
    switch (r.nextInt(4)) {
      case 0: return "(" + a + ") " + b + "-" + c;
      case 1: return "+1 " + a + " " + b + " " + c;
      case 2: return a + "." + b + "." + c;
      default: return digits;
    }
  }

  static String typo(Random r, String s, double chance) {
    if (s.length() < 4 || r.nextDouble() >= chance) {
      return s;
    }
    char[] c = s.toCharArray();
    int i = 1 + r.nextInt(c.length - 2);
    switch (r.nextInt(3)) {
      case 0: {
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
      }
      case 1:
        return s.substring(0, i) + s.substring(i + 1);
      default:
        c[i] = (char) ('a' + r.nextInt(26));
        return new String(c);
    }
  }

  private static String capitalise(Random r, String s) {
    switch (r.nextInt(3)) {
      case 0: return s.toUpperCase(Locale.ROOT);
      case 1: {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
          if (!b.isEmpty()) {
            b.append(' ');
          }
          b.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
      }
      default: return s;
    }
  }

  static String entity(String id) {
    return id.substring(0, id.lastIndexOf('-'));
  }

  /** Pairwise P, R, F1 against the generator's truth. */
  static double[] score(Map<String, String> clusters) {
    Map<String, List<String>> byCluster = new HashMap<>();
    clusters.forEach((id, c) -> byCluster.computeIfAbsent(c, k -> new ArrayList<>()).add(id));
    Map<String, Integer> perEntity = new HashMap<>();
    clusters.keySet().forEach(id -> perEntity.merge(entity(id), 1, Integer::sum));
    long truePairs = perEntity.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
    long predicted = 0;
    long correct = 0;
    for (List<String> c : byCluster.values()) {
      for (int i = 0; i < c.size(); i++) {
        for (int j = i + 1; j < c.size(); j++) {
          predicted++;
          if (entity(c.get(i)).equals(entity(c.get(j)))) {
            correct++;
          }
        }
      }
    }
    double p = predicted == 0 ? 1.0 : (double) correct / predicted;
    double rec = truePairs == 0 ? 1.0 : (double) correct / truePairs;
    return new double[] {p, rec, p + rec == 0 ? 0 : 2 * p * rec / (p + rec), truePairs};
  }
}
