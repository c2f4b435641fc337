package io.crmkit.core.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic restaurant records as two restaurant guides list them, in the style of the Fodor's/Zagat set the
 * record-linkage literature uses: one guide writes "Art's Delicatessen, 12224 Ventura Blvd., Studio City,
 * 818-762-1221, american", the other "Art's Deli, 12224 Ventura Boulevard, Los Angeles, 818/762-1221, delis".
 * Each restaurant is in one guide or both; names lose or gain "Restaurant", "Cafe", "The", "&"; addresses differ
 * in abbreviations and cross-street notes; the second guide folds neighbourhoods into the city; a few phones
 * moved to a new area code, others are missing; cuisine labels follow each guide's own list. Chains (one name,
 * several addresses and phones) and food halls (several restaurants at one address) are the hard negatives. Ids are {@code r-<entity>-<guide>}.
 */
final class RestaurantGuides {
  private RestaurantGuides() {}

  static final MatchSchema SCHEMA = MatchSchema.builder()
      .field("name", FieldKind.COMPANY)
      .field("addr", FieldKind.STREET)
      .field("city", FieldKind.CITY)
      .field("phone", FieldKind.PHONE)
      .field("type", FieldKind.TEXT)
      .build();

  private static final String[] OWNERS = {"art", "mario", "chin", "lucia", "pierre", "rosa", "hiro", "sofia", "nick",
      "giorgio", "ming", "anya", "carlos", "yuki", "omar", "greta", "ravi", "elena", "tony", "mei", "hans", "ines",
      "jacques", "leila", "boris", "paolo", "dimitri", "kenji", "fatima", "sven"};
  private static final String[] NOUNS = {"grill", "bistro", "kitchen", "table", "oyster bar", "trattoria", "brasserie",
      "noodle house", "steakhouse", "diner", "tavern", "cantina", "chophouse", "taqueria", "sushi bar", "pizzeria"};
  private static final String[] WORDS = {"blue", "golden", "little", "red", "olive", "lotus", "harbor", "garden",
      "copper", "velvet", "silver", "jade", "saffron", "cedar", "lemon", "coral", "amber", "ivy", "pepper", "stone"};
  private static final String[] STREETS = {"ventura", "la cienega", "sunset", "melrose", "wilshire", "santa monica",
      "broadway", "lexington", "madison", "columbus", "mulberry", "bleecker", "peachtree", "ponce de leon", "market",
      "mission", "valencia", "geary", "lombard", "haight"};
  private static final String[][] TYPES = {{"blvd.", "boulevard", "blvd"}, {"ave.", "avenue", "ave"},
      {"st.", "street", "st"}, {"rd.", "road", "rd"}, {"pl.", "place", "pl"}};
  private static final String[] DIRECTIONS = {"", "", "", "n.", "s.", "e.", "w."};
  /** City as the first guide writes it, as the second writes it, and the area code. */
  private static final String[][] CITIES = {{"studio city", "los angeles", "818"}, {"w. hollywood", "west hollywood", "310"},
      {"los angeles", "la", "213"}, {"beverly hills", "beverly hills", "310"}, {"new york", "new york city", "212"},
      {"brooklyn", "new york", "718"}, {"atlanta", "atlanta", "404"}, {"san francisco", "san francisco", "415"}};
  /** Cuisine labels of the two guides for the same kind of food. */
  private static final String[][] CUISINES = {{"american", "american (new)"}, {"american", "steakhouses"},
      {"delicatessen", "delis"}, {"italian", "italian (northern)"}, {"french", "french bistro"}, {"japanese", "sushi"},
      {"chinese", "chinese"}, {"mexican", "mexican/tex-mex"}, {"seafood", "seafood"}, {"mediterranean", "greek"},
      {"californian", "eclectic"}, {"coffee shops", "diners"}};

  static List<MatchRecord> generate(int restaurants, long seed) {
    Random r = new Random(seed);
    List<MatchRecord> out = new ArrayList<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    int e = 0;
    while (e < restaurants) {
      String name = name(r);
      if (!names.add(name)) {
        continue;
      }
      // a chain: the same name at two or three places, each its own restaurant
      int locations = r.nextDouble() < 0.06 ? 2 + r.nextInt(2) : 1;
      Address last = null;
      for (int l = 0; l < locations && e < restaurants; l++, e++) {
        last = addRestaurant(r, out, e, name, null);
      }
      // a food hall: another restaurant at the same address
      if (r.nextDouble() < 0.05 && e < restaurants) {
        String other = name(r);
        if (names.add(other)) {
          addRestaurant(r, out, e, other, last);
          e++;
        }
      }
    }
    java.util.Collections.shuffle(out, r);
    return out;
  }

  /** Where a restaurant is, so that another can share the address. */
  private record Address(String[] city, int number, String direction, String street, String[] type) {}

  private static Address addRestaurant(Random r, List<MatchRecord> out, int e, String name, Address same) {
    Address a = same != null ? same : new Address(CITIES[r.nextInt(CITIES.length)], 1 + r.nextInt(12000),
        DIRECTIONS[r.nextInt(DIRECTIONS.length)], STREETS[r.nextInt(STREETS.length)], TYPES[r.nextInt(TYPES.length)]);
    String[] city = a.city();
    int number = a.number();
    String direction = a.direction();
    String street = a.street();
    String[] type = a.type();
    String[] cuisine = CUISINES[r.nextInt(CUISINES.length)];
    String local = (200 + r.nextInt(800)) + "-" + String.format(Locale.ROOT, "%04d", r.nextInt(10000));
    double where = r.nextDouble();
    boolean first = where < 0.75;
    boolean second = where >= 0.45;
    if (first) {
      Map<String, String> v = new HashMap<>();
      v.put("name", name);
      v.put("addr", number + " " + (direction.isEmpty() ? "" : direction + " ") + street + " " + type[0]);
      v.put("city", city[0]);
      v.put("phone", city[2] + "-" + local);
      v.put("type", cuisine[0]);
      out.add(new MatchRecord("r-" + e + "-fodors", title(v)));
    }
    if (second) {
      Map<String, String> v = new HashMap<>();
      v.put("name", OrganisationRecords.typo(r, nameVariant(r, name), 0.15));
      String addr = number + " " + (direction.isEmpty() ? "" : expand(r, direction) + " ")
          + OrganisationRecords.typo(r, street, 0.08) + " " + type[1 + r.nextInt(2)];
      if (r.nextDouble() < 0.2) {
        addr += " (at " + STREETS[r.nextInt(STREETS.length)] + ")";
      }
      if (r.nextDouble() > 0.05) {
        v.put("addr", addr);
      }
      v.put("city", city[1]);
      // a few numbers moved to a new area code between the two guides' editions
      String area = r.nextDouble() < 0.1 ? String.valueOf(Integer.parseInt(city[2]) + 100) : city[2];
      if (r.nextDouble() > 0.15) {
        v.put("phone", area + "/" + local);
      }
      v.put("type", cuisine[1]);
      out.add(new MatchRecord("r-" + e + "-zagat", v));
    }
    return a;
  }

  private static String name(Random r) {
    switch (r.nextInt(5)) {
      case 0: return OWNERS[r.nextInt(OWNERS.length)] + "'s " + NOUNS[r.nextInt(NOUNS.length)];
      case 1: return WORDS[r.nextInt(WORDS.length)] + " " + NOUNS[r.nextInt(NOUNS.length)];
      case 2: return "cafe " + OWNERS[r.nextInt(OWNERS.length)];
      case 3: return OWNERS[r.nextInt(OWNERS.length)] + " & " + OWNERS[r.nextInt(OWNERS.length)];
      default: return "restaurant " + WORDS[r.nextInt(WORDS.length)] + " " + OWNERS[r.nextInt(OWNERS.length)];
    }
  }

  /** How the second guide writes a name: without "restaurant", "and" for "&", "the" added, "café". */
  private static String nameVariant(Random r, String name) {
    String n = name;
    if (n.startsWith("restaurant ") && r.nextBoolean()) {
      n = n.substring("restaurant ".length());
    }
    if (n.contains(" & ") && r.nextBoolean()) {
      n = n.replace(" & ", " and ");
    }
    if (n.startsWith("cafe ") && r.nextBoolean()) {
      n = "café " + n.substring(5);
    }
    if (r.nextDouble() < 0.15) {
      n = "the " + n;
    }
    if (n.contains("'s ") && r.nextDouble() < 0.2) {
      n = n.replace("'s ", "s ");
    }
    for (String[] shorter : new String[][] {{"oyster bar", "oysters"}, {"noodle house", "noodles"},
        {"steakhouse", "steaks"}, {"trattoria", "tratt."}, {"pizzeria", "pizza"}}) {
      if (n.endsWith(shorter[0]) && r.nextDouble() < 0.3) {
        n = n.substring(0, n.length() - shorter[0].length()) + shorter[1];
      }
    }
    return n;
  }

  private static String expand(Random r, String direction) {
    if (r.nextBoolean()) {
      return direction;
    }
    switch (direction) {
      case "n.": return "north";
      case "s.": return "south";
      case "e.": return "east";
      default: return "west";
    }
  }

  private static Map<String, String> title(Map<String, String> v) {
    Map<String, String> out = new HashMap<>();
    v.forEach((k, s) -> {
      StringBuilder b = new StringBuilder();
      for (String w : s.split(" ")) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
      }
      out.put(k, k.equals("type") ? s : b.toString());
    });
    return out;
  }
}
