package io.crmkit.core.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small base of people for example tests. */
final class People {
  private People() {}

  static final MatchSchema SCHEMA = MatchSchema.builder()
      .field("first", FieldKind.GIVEN_NAME)
      .field("last", FieldKind.FAMILY_NAME)
      .field("email", FieldKind.EMAIL)
      .field("phone", FieldKind.PHONE)
      .field("city", FieldKind.CITY)
      .field("born", FieldKind.DATE)
      .build();

  static MatchRecord person(String id, String first, String last, String email, String phone, String city, String born) {
    Map<String, String> v = new HashMap<>();
    v.put("first", first);
    v.put("last", last);
    v.put("email", email);
    v.put("phone", phone);
    v.put("city", city);
    v.put("born", born);
    return new MatchRecord(id, v);
  }

  private static final String[] FIRST = {"ada", "grace", "alan", "edsger", "barbara", "donald", "margaret", "john",
      "frances", "dennis", "ken", "niklaus", "tony", "leslie", "radia", "shafi", "silvio", "judea", "yoshua", "geoffrey"};
  private static final String[] LAST = {"lovelace", "hopper", "turing", "dijkstra", "liskov", "knuth", "hamilton",
      "mccarthy", "allen", "ritchie", "thompson", "wirth", "hoare", "lamport", "perlman", "goldwasser", "micali", "pearl",
      "bengio", "hinton"};
  private static final String[] CITY = {"london", "new york", "boston", "zurich", "paris", "berlin", "toronto"};

  /** {@code n} distinct people with full details, ids p0, p1, ... */
  static List<MatchRecord> base(int n) {
    List<MatchRecord> out = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      String first = FIRST[i % FIRST.length];
      String last = LAST[(i / FIRST.length + i) % LAST.length] + (i >= 400 ? "x" + i : "");
      out.add(person("p" + i, first, last, first + "." + last + i + "@example.com",
          String.format(java.util.Locale.ROOT, "+1 415 %03d %04d", 200 + i % 700, i), CITY[i % CITY.length],
          String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", 1940 + i % 60, 1 + i % 12, 1 + i % 28)));
    }
    return out;
  }
}
