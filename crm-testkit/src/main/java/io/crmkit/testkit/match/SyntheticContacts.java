package io.crmkit.testkit.match;

import io.crmkit.core.match.FieldKind;
import io.crmkit.core.match.MatchRecord;
import io.crmkit.core.match.MatchSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic synthetic contacts with known duplicates, for matching tests and benchmarks (a host's too). About 80% of the
 * records are originals (distinct people); the rest are copies of an earlier original as another source
 * system would hold them: typos (substitution, insertion, deletion, transposition), nicknames, given and
 * family name swapped, missing e-mail, phone, city or birth date, e-mail case and Gmail dots, phone in
 * another format, birth date with day and month swapped, postcode typos.
 *
 * <pre>{@code
 * SyntheticContacts data = SyntheticContacts.generate(100_000, 42L);
 * DedupeResult result = Deduplicator.of(SyntheticContacts.SCHEMA).run(data.records());
 * }</pre>
 *
 * @param records the records, originals and duplicates interleaved as an import would see them
 * @param entityOf the true entity (the original's index) of each record id
 */
public record SyntheticContacts(List<MatchRecord> records, Map<String, Integer> entityOf) {

  /** Copies both collections; every record must have a known entity. */
  public SyntheticContacts {
    records = List.copyOf(java.util.Objects.requireNonNull(records, "records"));
    entityOf = Map.copyOf(java.util.Objects.requireNonNull(entityOf, "entityOf"));
    for (MatchRecord r : records) {
      if (!entityOf.containsKey(r.id())) {
        throw new io.crmkit.core.ValidationException("entityOf", "record '" + r.id() + "' has no entity");
      }
    }
  }

  /** The fields of every synthetic contact and their kinds. */
  public static final MatchSchema SCHEMA = MatchSchema.builder()
      .field("first", FieldKind.GIVEN_NAME)
      .field("last", FieldKind.FAMILY_NAME)
      .field("email", FieldKind.EMAIL)
      .field("phone", FieldKind.PHONE)
      .field("city", FieldKind.CITY)
      .field("postcode", FieldKind.POSTCODE)
      .field("birth", FieldKind.DATE)
      .build();

  /** The share of records that are duplicates of an earlier record. */
  static final double DUPLICATE_SHARE = 0.2;

  private static final String[] GIVEN = {
      "robert", "william", "elizabeth", "margaret", "katherine", "james", "john", "michael", "david", "richard",
      "joseph", "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven",
      "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason",
      "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott",
      "brandon", "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis",
      "jerry", "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle",
      "mary", "patricia", "jennifer", "linda", "barbara", "susan", "jessica", "sarah", "karen", "lisa", "nancy",
      "betty", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "carol", "amanda", "dorothy",
      "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "angela",
      "shirley", "anna", "brenda", "pamela", "emma", "nicole", "helen", "samantha", "christine", "debra",
      "rachel", "carolyn", "janet", "catherine", "maria", "heather", "diane", "ruth", "julie", "olivia",
      "joyce", "virginia", "victoria", "kelly", "lauren", "christina", "joan", "evelyn", "judith", "megan",
      "andrea", "cheryl", "hannah", "jacqueline", "martha", "gloria", "teresa", "ann", "sara", "madison",
      "frances", "kathryn", "janice", "jean", "abigail", "alice", "judy", "sophia", "grace", "denise", "amber",
      "doris", "marilyn", "danielle", "beverly", "isabella", "theresa", "diana", "natalie", "brittany",
      "charlotte", "marie", "kayla", "alexis", "lori", "zoe", "chloe", "lucas", "liam", "noah", "oliver",
      "elijah", "mateo", "ethan", "sebastian", "leo", "hugo", "louis", "jules", "arthur", "gabriel", "raphael",
      "lea", "manon", "camille", "ines", "lina", "mila", "ambre", "rose", "lou", "anouk", "sven", "lars", "nils",
      "ingrid", "astrid", "freya", "jurgen", "klaus", "dieter", "heike", "ute", "ana", "lucia", "pablo", "diego"};

  /** Nickname for a few given names; each pair is in the shipped nickname table. */
  private static final Map<String, String[]> NICKNAMES = Map.ofEntries(
      Map.entry("robert", new String[] {"bob", "rob", "bobby"}),
      Map.entry("william", new String[] {"bill", "will", "billy"}),
      Map.entry("elizabeth", new String[] {"liz", "beth", "betty"}),
      Map.entry("margaret", new String[] {"peggy", "maggie", "meg"}),
      Map.entry("katherine", new String[] {"kate", "kathy", "katie"}),
      Map.entry("james", new String[] {"jim", "jimmy"}),
      Map.entry("michael", new String[] {"mike", "mikey"}),
      Map.entry("richard", new String[] {"dick", "rick", "rich"}),
      Map.entry("joseph", new String[] {"joe", "joey"}),
      Map.entry("thomas", new String[] {"tom", "tommy"}),
      Map.entry("charles", new String[] {"charlie", "chuck"}),
      Map.entry("christopher", new String[] {"chris"}),
      Map.entry("daniel", new String[] {"dan", "danny"}),
      Map.entry("anthony", new String[] {"tony"}),
      Map.entry("andrew", new String[] {"andy", "drew"}),
      Map.entry("benjamin", new String[] {"ben"}),
      Map.entry("alexander", new String[] {"alex"}),
      Map.entry("edward", new String[] {"ed", "ted", "eddie"}),
      Map.entry("patricia", new String[] {"pat", "patty"}),
      Map.entry("jennifer", new String[] {"jen", "jenny"}),
      Map.entry("samantha", new String[] {"sam"}),
      Map.entry("victoria", new String[] {"vicky"}));

  private static final String[] PREFIX = {"ander", "bar", "ber", "black", "brad", "car", "chap", "col", "dal", "dav",
      "ed", "fair", "fitz", "gal", "gar", "gold", "green", "hal", "har", "hart", "hol", "kel", "kings", "lang",
      "mac", "mar", "mc", "mil", "mor", "nor", "ol", "pal", "par", "ros", "stan", "sted", "thorn", "wal", "war",
      "wood", "van", "del", "lind", "berg", "strom", "fer", "gon", "her", "mart", "rod"};
  private static final String[] MIDDLE = {"", "", "", "a", "e", "i", "o", "en", "er", "in", "el", "ing", "ring",
      "ley", "wick", "den", "ham", "ton", "ford", "ber"};
  private static final String[] SUFFIX = {"son", "sen", "ton", "field", "wood", "man", "ley", "er", "s", "ez",
      "ini", "elli", "ova", "ski", "stein", "berg", "by", "worth", "combe", "well", "more", "ridge", "land",
      "ham", "bury", "shaw", "dale", "ford", "ard", "ot"};
  private static final String[] DOMAINS = {"gmail.com", "outlook.com", "yahoo.com", "example.org", "mail.example.com",
      "acme.test", "icloud.com", "web.example.de"};
  private static final String[] CITIES = {"springfield", "riverside", "franklin", "greenville", "bristol", "clinton",
      "fairview", "salem", "madison", "georgetown", "arlington", "ashland", "burlington", "manchester", "milton",
      "oxford", "dover", "hudson", "kingston", "newport", "jackson", "lebanon", "marion", "clayton", "dayton",
      "auburn", "lexington", "chester", "winchester", "florence", "cambridge", "columbia", "troy", "hamilton",
      "warren", "mount vernon", "oakland", "plymouth", "union", "windsor"};
  private static final int[] AREA = {201, 202, 203, 205, 206, 207, 208, 209, 210, 212, 213, 214, 215, 216, 217,
      218, 219, 224, 225, 228, 229, 231, 234, 239, 240, 248, 251, 252, 253, 254, 256, 260, 262, 267, 269, 270,
      276, 281, 301, 302, 303, 304, 305, 307, 308, 309, 310, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321};

  /** Generates {@code size} records from {@code seed}; the same arguments give the same records. */
  public static SyntheticContacts generate(int size, long seed) {
    Random random = new Random(seed);
    List<MatchRecord> records = new ArrayList<>(size);
    List<Map<String, String>> originals = new ArrayList<>();
    Map<String, Integer> entityOf = new HashMap<>(size * 2);
    Map<Integer, Integer> copies = new HashMap<>();
    for (int i = 0; i < size; i++) {
      boolean duplicate = !originals.isEmpty() && random.nextDouble() < DUPLICATE_SHARE;
      if (duplicate) {
        int entity = random.nextInt(originals.size());
        int n = copies.merge(entity, 1, Integer::sum);
        String id = "c" + entity + "-d" + n;
        records.add(new MatchRecord(id, perturb(originals.get(entity), random)));
        entityOf.put(id, entity);
      } else {
        int entity = originals.size();
        Map<String, String> values = original(entity, random);
        originals.add(values);
        String id = "c" + entity;
        records.add(new MatchRecord(id, values));
        entityOf.put(id, entity);
      }
    }
    return new SyntheticContacts(records, entityOf);
  }

  /** A new, distinct person, with a few fields missing as in any real base. */
  public static Map<String, String> original(int entity, Random random) {
    Map<String, String> v = new LinkedHashMap<>();
    String first = GIVEN[zipf(random, GIVEN.length)];
    String last = surname(random);
    v.put("first", capitalise(first));
    v.put("last", capitalise(last));
    if (random.nextDouble() < 0.9) {
      String domain = DOMAINS[random.nextInt(DOMAINS.length)];
      v.put("email", first + "." + last + (entity % 1000) + "." + (entity / 1000) + "@" + domain);
    }
    if (random.nextDouble() < 0.85) {
      // unique per entity: area code and line derived from the index, exchange 2xx-9xx
      int area = AREA[entity % AREA.length];
      int rest = entity / AREA.length;
      int exchange = 200 + (rest / 10_000) % 800;
      v.put("phone", String.format(Locale.ROOT, "(%d) %03d-%04d", area, exchange, rest % 10_000));
    }
    if (random.nextDouble() < 0.9) {
      v.put("city", capitalise(CITIES[zipf(random, CITIES.length)]));
    }
    v.put("postcode", String.format(Locale.ROOT, "%05d", 10_000 + random.nextInt(89_000)));
    if (random.nextDouble() < 0.7) {
      v.put("birth", String.format(Locale.ROOT, "%04d-%02d-%02d", 1940 + random.nextInt(65), 1 + random.nextInt(12),
          1 + random.nextInt(28)));
    }
    return v;
  }

  /** The same person as another source system holds them. */
  public static Map<String, String> perturb(Map<String, String> original, Random random) {
    Map<String, String> v = new LinkedHashMap<>(original);
    String first = v.get("first").toLowerCase(Locale.ROOT);
    String[] nicks = NICKNAMES.get(first);
    if (nicks != null && random.nextDouble() < 0.4) {
      v.put("first", capitalise(nicks[random.nextInt(nicks.length)]));
    } else if (random.nextDouble() < 0.2) {
      v.put("first", typo(v.get("first"), random));
    }
    if (random.nextDouble() < 0.25) {
      v.put("last", typo(v.get("last"), random));
    }
    if (random.nextDouble() < 0.05) {
      String f = v.get("first");
      v.put("first", v.get("last"));
      v.put("last", f);
    }
    if (random.nextDouble() < 0.1) {
      v.put("first", v.get("first").toUpperCase(Locale.ROOT));
      v.put("last", v.get("last").toUpperCase(Locale.ROOT));
    }
    String email = v.get("email");
    if (email != null) {
      double r = random.nextDouble();
      if (r < 0.25) {
        v.remove("email");
      } else if (r < 0.35) {
        v.put("email", email.toUpperCase(Locale.ROOT));
      } else if (r < 0.4 && email.endsWith("@gmail.com")) {
        v.put("email", email.replace(".", "").replace("@gmailcom", "+crm@gmail.com"));
      } else if (r < 0.45) {
        v.put("email", typo(email, random));
      }
    }
    String phone = v.get("phone");
    if (phone != null) {
      double r = random.nextDouble();
      if (r < 0.3) {
        v.remove("phone");
      } else if (r < 0.6) {
        v.put("phone", "+1 " + phone.replace("(", "").replace(")", "").replace(' ', '-'));
      } else if (r < 0.65) {
        v.put("phone", typo(phone, random));
      }
    }
    if (v.containsKey("city") && random.nextDouble() < 0.2) {
      v.remove("city");
    } else if (v.containsKey("city") && random.nextDouble() < 0.1) {
      v.put("city", typo(v.get("city"), random));
    }
    if (random.nextDouble() < 0.1) {
      v.put("postcode", typo(v.get("postcode"), random));
    }
    String birth = v.get("birth");
    if (birth != null) {
      double r = random.nextDouble();
      if (r < 0.2) {
        v.remove("birth");
      } else if (r < 0.3) {
        // day and month swapped, written the American way
        v.put("birth", birth.substring(8, 10) + "/" + birth.substring(5, 7) + "/" + birth.substring(0, 4));
      } else if (r < 0.4) {
        v.put("birth", birth.substring(5, 7) + "/" + birth.substring(8, 10) + "/" + birth.substring(0, 4));
      }
    }
    return v;
  }

  /** One keyboard-style error: substitution, insertion, deletion or transposition. */
  public static String typo(String s, Random random) {
    if (s.length() < 2) {
      return s;
    }
    StringBuilder b = new StringBuilder(s);
    int i = random.nextInt(s.length() - 1);
    char c = (char) ('a' + random.nextInt(26));
    if (Character.isDigit(s.charAt(i))) {
      c = (char) ('0' + random.nextInt(10));
    }
    switch (random.nextInt(4)) {
      case 0 -> b.setCharAt(i, c);
      case 1 -> b.insert(i, c);
      case 2 -> b.deleteCharAt(i);
      default -> {
        b.setCharAt(i, s.charAt(i + 1));
        b.setCharAt(i + 1, s.charAt(i));
      }
    }
    return b.toString();
  }

  private static String surname(Random random) {
    // about 50 x 20 x 30 = 30,000 distinct surnames, skewed towards the first of each list
    return PREFIX[zipf(random, PREFIX.length)] + MIDDLE[random.nextInt(MIDDLE.length)]
        + SUFFIX[zipf(random, SUFFIX.length)];
  }

  /**
   * An index in [0, n) skewed towards 0: the first of 200 given names is drawn 2.9% of the time (the most
   * common US given name is about 3%), the most common surname about 0.1%.
   */
  private static int zipf(Random random, int n) {
    return (int) Math.min(n - 1, Math.floor(n * Math.pow(random.nextDouble(), 1.5)));
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * Pairwise precision, recall and F1 of a clustering (record id to cluster id) against the true entities.
   *
   * @return {precision, recall, f1}
   */
  public double[] pairwise(Map<String, String> clusterOf) {
    Map<String, Map<Integer, Integer>> byCluster = new HashMap<>();
    Map<Integer, Integer> entitySizes = new HashMap<>();
    Map<String, Integer> clusterSizes = new HashMap<>();
    for (MatchRecord r : records) {
      String cluster = clusterOf.get(r.id());
      int entity = entityOf.get(r.id());
      byCluster.computeIfAbsent(cluster, x -> new HashMap<>()).merge(entity, 1, Integer::sum);
      entitySizes.merge(entity, 1, Integer::sum);
      clusterSizes.merge(cluster, 1, Integer::sum);
    }
    long truePairs = 0;
    for (Map<Integer, Integer> m : byCluster.values()) {
      for (int n : m.values()) {
        truePairs += (long) n * (n - 1) / 2;
      }
    }
    long predicted = 0;
    for (int n : clusterSizes.values()) {
      predicted += (long) n * (n - 1) / 2;
    }
    long actual = 0;
    for (int n : entitySizes.values()) {
      actual += (long) n * (n - 1) / 2;
    }
    double p = predicted == 0 ? 1 : (double) truePairs / predicted;
    double r = actual == 0 ? 1 : (double) truePairs / actual;
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }
}
