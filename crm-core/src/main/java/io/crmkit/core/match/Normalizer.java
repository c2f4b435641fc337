package io.crmkit.core.match;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.crmkit.core.ValidationException;
import java.text.Normalizer.Form;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a raw field value into the form matching compares, per {@link FieldKind}: Unicode folded (accents
 * removed, lower case, punctuation to spaces), titles and suffixes dropped from names, e-mail provider rules
 * applied, phones in E.164, street and company words standardised, dates as {@code yyyy-MM-dd}. An empty
 * result means "no value". Use {@code Normalizer.forRegion("DE").normalize(FieldKind.PHONE, "030 1234567")}.
 */
public final class Normalizer {
  private static final Normalizer STANDARD = new Normalizer("US");

  private static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "rev", "reverend", "fr", "lady",
      "lord", "herr", "frau", "mme", "mlle", "m", "sr", "sra", "srta", "capt", "col", "gen", "hon");
  private static final Set<String> NAME_SUFFIXES = Set.of(
      "jr", "junior", "snr", "sr", "senior", "ii", "iii", "iv", "phd", "md", "esq", "dds", "mba", "cpa", "obe", "mbe");
  private static final Set<String> LEGAL_SUFFIXES = Set.of(
      "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "plc", "gmbh", "ag", "kg", "sa", "sas", "sarl",
      "srl", "spa", "bv", "nv", "oy", "ab", "as", "asa", "aps", "corp", "corporation", "co", "company", "pty",
      "pte", "pvt", "se", "ug", "kgaa", "ohg", "eg", "sl", "sprl", "lda", "kk", "cv");
  private static final Map<String, String> STREET_WORDS = Map.ofEntries(
      Map.entry("st", "street"), Map.entry("str", "street"), Map.entry("rd", "road"), Map.entry("ave", "avenue"),
      Map.entry("av", "avenue"), Map.entry("dr", "drive"), Map.entry("drv", "drive"), Map.entry("ln", "lane"),
      Map.entry("ct", "court"), Map.entry("crt", "court"), Map.entry("cres", "crescent"), Map.entry("cr", "crescent"),
      Map.entry("pl", "place"), Map.entry("blvd", "boulevard"), Map.entry("hwy", "highway"),
      Map.entry("pde", "parade"), Map.entry("cct", "circuit"), Map.entry("cir", "circle"), Map.entry("tce", "terrace"),
      Map.entry("ter", "terrace"), Map.entry("sq", "square"), Map.entry("pkwy", "parkway"), Map.entry("cl", "close"),
      Map.entry("gr", "grove"), Map.entry("esp", "esplanade"), Map.entry("mt", "mount"), Map.entry("n", "north"),
      Map.entry("s", "south"), Map.entry("e", "east"), Map.entry("w", "west"), Map.entry("apt", "unit"),
      Map.entry("apartment", "unit"), Map.entry("ste", "unit"), Map.entry("suite", "unit"), Map.entry("flat", "unit"),
      Map.entry("no", "number"), Map.entry("strasse", "street"));
  private static final Map<String, String> PLACE_WORDS = Map.of(
      "st", "saint", "ste", "sainte", "mt", "mount", "ft", "fort", "pt", "port", "n", "north", "s", "south", "e",
      "east", "w", "west");
  private static final Set<String> DOT_BLIND_PROVIDERS = Set.of("gmail.com", "googlemail.com");
  private static final Set<String> PLUS_TAG_PROVIDERS = Set.of(
      "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "icloud.com", "me.com",
      "mac.com", "fastmail.com", "fastmail.fm", "protonmail.com", "proton.me", "pm.me", "zoho.com", "yandex.ru",
      "gmx.de", "gmx.net", "posteo.de", "mailbox.org");
  private static final Map<String, String> COUNTRIES = countries();

  private final String region;

  private Normalizer(String region) {
    this.region = region;
  }

  /** Normalisation with phones read as US numbers when they carry no country code. */
  public static Normalizer standard() {
    return STANDARD;
  }

  /** Normalisation reading phones without a country code as numbers of {@code region} (e.g. {@code "AU"}). */
  public static Normalizer forRegion(String region) {
    Objects.requireNonNull(region, "region");
    String r = region.strip().toUpperCase(Locale.ROOT);
    ValidationException.check(
        PhoneNumberUtil.getInstance().getSupportedRegions().contains(r),
        "region", "'" + region + "' is not an ISO 3166-1 alpha-2 region libphonenumber knows");
    return new Normalizer(r);
  }

  /** The default phone region. */
  public String region() {
    return region;
  }

  /** The normalised form of {@code raw} as a value of {@code kind}; {@code ""} when there is no value. */
  public String normalize(FieldKind kind, String raw) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(raw, "raw");
    switch (kind) {
      case GIVEN_NAME:
        return dropWords(fold(raw), TITLES, NAME_SUFFIXES);
      case FAMILY_NAME:
        return dropWords(fold(raw.replace("'", "").replace("’", "")), TITLES, NAME_SUFFIXES);
      case FULL_NAME:
        return fullName(raw);
      case EMAIL:
        return email(raw);
      case PHONE:
        return phone(raw);
      case STREET:
        return mapWords(fold(raw.replace("#", " unit ")), STREET_WORDS);
      case CITY:
      case SUBURB:
        return mapWords(fold(raw), PLACE_WORDS);
      case STREET_NUMBER:
      case POSTCODE:
      case ID_NUMBER:
        return fold(raw).replace(" ", "");
      case COUNTRY:
        return country(raw);
      case DATE:
        return date(raw);
      case COMPANY:
        return company(raw);
      case STATE:
      case TEXT:
      default:
        return fold(raw);
    }
  }

  /**
   * Unicode folding: NFKD, combining marks removed, lower case, letters such as ß/æ/ø/ł spelt out, every run of
   * other characters (punctuation, spaces) to one space, trimmed.
   */
  static String fold(String raw) {
    String s = raw;
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        ascii = false;
        break;
      }
    }
    if (!ascii) {
      s = java.text.Normalizer.normalize(s, Form.NFKD);
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + 32);
        }
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          out.append(c);
          space = false;
        } else if (c == '\'') {
          continue;
        } else if (!space) {
          out.append(' ');
          space = true;
        }
        continue;
      }
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK || c == '’') {
        continue;
      }
      String spelt = spell(c);
      if (spelt != null) {
        out.append(spelt);
        space = false;
      } else if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int len = out.length();
    if (len > 0 && out.charAt(len - 1) == ' ') {
      out.setLength(len - 1);
    }
    return out.toString();
  }

  private static String spell(char c) {
    switch (c) {
      case 'ß': return "ss";
      case 'æ': case 'Æ': return "ae";
      case 'œ': case 'Œ': return "oe";
      case 'ø': case 'Ø': return "o";
      case 'ł': case 'Ł': return "l";
      case 'đ': case 'Đ': return "d";
      case 'þ': case 'Þ': return "th";
      case 'ı': return "i";
      default: return null;
    }
  }

  private static String dropWords(String folded, Set<String> leading, Set<String> trailing) {
    if (folded.isEmpty()) {
      return folded;
    }
    String[] words = folded.split(" ");
    int from = 0;
    int to = words.length;
    while (from < to - 1 && leading.contains(words[from])) {
      from++;
    }
    while (to - 1 > from && trailing.contains(words[to - 1])) {
      to--;
    }
    return from == 0 && to == words.length ? folded : String.join(" ", java.util.Arrays.asList(words).subList(from, to));
  }

  private static String mapWords(String folded, Map<String, String> words) {
    if (folded.isEmpty()) {
      return folded;
    }
    String[] parts = folded.split(" ");
    for (int i = 0; i < parts.length; i++) {
      parts[i] = words.getOrDefault(parts[i], parts[i]);
    }
    return String.join(" ", parts);
  }

  private static String fullName(String raw) {
    String text = raw;
    int comma = text.indexOf(',');
    if (comma > 0) {
      // "Lovelace, Ada" is the family name first
      String after = text.substring(comma + 1).strip();
      String folded = fold(after);
      if (!folded.isEmpty() && !NAME_SUFFIXES.contains(folded)) {
        text = after + " " + text.substring(0, comma);
      }
    }
    return dropWords(fold(text.replace("'", "")), TITLES, NAME_SUFFIXES);
  }

  private static String email(String raw) {
    String s = raw.strip().toLowerCase(Locale.ROOT);
    if (s.startsWith("mailto:")) {
      s = s.substring(7);
    }
    int at = s.lastIndexOf('@');
    if (at <= 0 || at == s.length() - 1) {
      return s;
    }
    String local = s.substring(0, at);
    String domain = s.substring(at + 1);
    if (domain.equals("googlemail.com")) {
      domain = "gmail.com";
    }
    if (PLUS_TAG_PROVIDERS.contains(domain)) {
      int plus = local.indexOf('+');
      if (plus > 0) {
        local = local.substring(0, plus);
      }
    }
    if (DOT_BLIND_PROVIDERS.contains(domain)) {
      local = local.replace(".", "");
    }
    return local + "@" + domain;
  }

  private String phone(String raw) {
    String s = raw.strip();
    if (s.isEmpty()) {
      return "";
    }
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    try {
      PhoneNumber n = util.parse(s, region);
      if (util.isPossibleNumber(n)) {
        return util.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
      }
    } catch (NumberParseException e) {
      // not readable as a phone number: fall back to its digits
    }
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.toString();
  }

  private static String company(String raw) {
    String f = fold(raw.replace("&", " and ").replace("+", " and "));
    if (f.isEmpty()) {
      return f;
    }
    String[] words = f.split(" ");
    int from = 0;
    int to = words.length;
    if (to > 1 && words[0].equals("the")) {
      from = 1;
    }
    while (to - 1 > from && LEGAL_SUFFIXES.contains(words[to - 1])) {
      to--;
    }
    return String.join(" ", java.util.Arrays.asList(words).subList(from, to));
  }

  private static String country(String raw) {
    String f = fold(raw);
    if (f.isEmpty()) {
      return f;
    }
    String code = COUNTRIES.get(f);
    return code != null ? code : f;
  }

  private static Map<String, String> countries() {
    Map<String, String> m = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale l = new Locale("", code);
      String c = code.toLowerCase(Locale.ROOT);
      m.put(c, c);
      m.put(fold(l.getDisplayCountry(Locale.ENGLISH)), c);
      try {
        m.put(l.getISO3Country().toLowerCase(Locale.ROOT), c);
      } catch (java.util.MissingResourceException e) {
        // no three-letter code
      }
    }
    m.put("uk", "gb");
    m.put("great britain", "gb");
    m.put("england", "gb");
    m.put("scotland", "gb");
    m.put("wales", "gb");
    m.put("usa", "us");
    m.put("america", "us");
    m.put("united states of america", "us");
    m.put("deutschland", "de");
    m.put("holland", "nl");
    m.put("the netherlands", "nl");
    return Map.copyOf(m);
  }

  /**
   * Tolerant date parsing to {@code yyyy-MM-dd}: {@code yyyyMMdd}, {@code yyyy-MM-dd}, {@code yyyy/M/d},
   * {@code d/M/yyyy} and {@code d.M.yyyy} (day first, unless only the second number can be a day: then
   * {@code M/d/yyyy}); two-digit years are read as 19xx. Text that is no valid date keeps its digits, so a corrupted date still compares.
   */
  static String date(String raw) {
    String s = raw.strip();
    if (s.isEmpty()) {
      return "";
    }
    int[] parts = new int[3];
    int[] widths = new int[3];
    int n = 0;
    int cur = -1;
    int width = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (c >= '0' && c <= '9') {
        cur = (cur < 0 ? 0 : cur * 10) + (c - '0');
        width++;
        if (width > 9) {
          return digits(s);
        }
      } else if (cur >= 0) {
        if (n == 3) {
          return digits(s);
        }
        parts[n] = cur;
        widths[n++] = width;
        cur = -1;
        width = 0;
      } else if (Character.isLetter(c)) {
        return fold(s);
      }
    }
    if (n == 1 && widths[0] == 8) {
      return valid(parts[0] / 10000, parts[0] / 100 % 100, parts[0] % 100).orElse(digits(s));
    }
    if (n != 3) {
      return digits(s);
    }
    if (widths[0] == 4) {
      return valid(parts[0], parts[1], parts[2]).orElse(digits(s));
    }
    if (widths[2] == 4 || widths[2] == 2) {
      int year = widths[2] == 2 ? 1900 + parts[2] : parts[2];
      if (parts[0] > 12) {
        return valid(year, parts[1], parts[0]).orElse(digits(s));
      }
      if (parts[1] > 12) {
        return valid(year, parts[0], parts[1]).orElse(digits(s));
      }
      return valid(year, parts[1], parts[0]).orElse(digits(s));
    }
    return digits(s);
  }

  private static Optional<String> valid(int y, int m, int d) {
    try {
      return Optional.of(LocalDate.of(y, m, d).toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String digits(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    return b.toString();
  }
}
