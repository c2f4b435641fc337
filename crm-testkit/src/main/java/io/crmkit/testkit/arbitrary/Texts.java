package io.crmkit.testkit.arbitrary;

import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Text generators shared by the arbitraries: name parts and words in many scripts (accents, combining marks,
 * Cyrillic, Greek, Arabic, Hebrew, Devanagari, CJK, Hangul, supplementary characters and emoji), id texts
 * and tenant ids. Nothing here contains control characters or leading/trailing white space.
 */
final class Texts {
  private Texts() {}

  /** Given names as people type them, with a combining-accent spelling or two (NFC makes them precomposed). */
  static final List<String> GIVEN_NAMES =
      List.of(
          "Ada", "Zoë", "José", "François", "Łukasz", "Søren", "Ægir", "İlkay", "Đorđe", "Siân", "Zoe\u0308",
          "Jose\u0301", "Ana María", "Jean-Luc", "Иван", "Ольга", "Дмитрий", "Σωκράτης", "Ελένη", "محمد",
          "فاطمة", "יעל", "अनन्या", "প্রিয়া", "伟", "娜", "さくら", "ひろし", "지민", "Ngọc", "Kalani", "𠮷子",
          "𝓐𝓭𝓪", "Zoë 🌸", "🦄", "X");

  /** Family names, including multi-word, hyphenated and apostrophe forms. */
  static final List<String> FAMILY_NAMES =
      List.of(
          "Lovelace", "Müller", "Ó Briain", "van der Berg", "García Márquez", "Øvergård", "Smith-Jones", "O'Brien",
          "Dvořák", "Nowak-Żółć", "Şahin", "Le\u0301vy", "Иванова", "Παπαδόπουλος", "الخطيب", "כהן", "王", "李",
          "田中", "김", "Nguyễn", "Trần", "𠮷田", "Ng", "Ø");

  /** Words for titles, subjects, labels and picklist values. */
  static final List<String> WORDS =
      List.of(
          "CTO", "Head of Sales", "Vertriebsleiterin", "Директор", "営業部長", "مدير المبيعات", "Product Manager 🚀",
          "Café", "Angebot", "renewal", "Q3 review", "Kick-off", "Übergabe", "会议", "회의", "σύσκεψη", "פגישה",
          "gold", "silver", "bronze", "Enterprise", "SMB", "Öffentlicher Sektor", "Fintech", "Ingeniería",
          "Straße", "ﬁnance", "e\u0301lan", "𝔊𝔬𝔩𝔡", "✅ done");

  private static final String LATIN = "abcdefghijklmnopqrstuvwxyz";

  /** One code point in {@code [from, to]} as a string. */
  static Arbitrary<String> codePoint(int from, int to) {
    return Arbitraries.integers().between(from, to).map(Character::toString);
  }

  /** A generated word of one script, 1 to {@code max} code points. */
  static Arbitrary<String> scriptWord(int max) {
    return Cache.of("Texts.scriptWord/" + max, () -> makeScriptWord(max));
  }

  private static Arbitrary<String> makeScriptWord(int max) {
    Arbitrary<String> latin =
        Combinators.combine(
                Arbitraries.of(LATIN.chars().mapToObj(c -> String.valueOf((char) c)).toList()),
                Arbitraries.integers().between(0x300, 0x36F).map(Character::toString).optional(0.2))
            .as((base, mark) -> base + mark.orElse(""));
    Arbitrary<String> letter =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, latin),
            net.jqwik.api.Tuple.of(2, codePoint(0x0430, 0x044F)), // Cyrillic
            net.jqwik.api.Tuple.of(1, codePoint(0x03B1, 0x03C9)), // Greek
            net.jqwik.api.Tuple.of(1, codePoint(0x0628, 0x064A)), // Arabic
            net.jqwik.api.Tuple.of(1, codePoint(0x05D0, 0x05EA)), // Hebrew
            net.jqwik.api.Tuple.of(1, codePoint(0x0905, 0x0939)), // Devanagari
            net.jqwik.api.Tuple.of(2, codePoint(0x4E00, 0x9FA5)), // CJK
            net.jqwik.api.Tuple.of(1, codePoint(0x3041, 0x3096)), // Hiragana
            net.jqwik.api.Tuple.of(1, codePoint(0xAC00, 0xD7A3)), // Hangul
            net.jqwik.api.Tuple.of(1, codePoint(0x20000, 0x2A6D6)), // CJK extension B (supplementary)
            net.jqwik.api.Tuple.of(1, codePoint(0x1F600, 0x1F64F))); // emoji (supplementary)
    return letter.list().ofMinSize(1).ofMaxSize(max).map(parts -> String.join("", parts));
  }

  /** A given name: a real one in some script, or a generated word. */
  static Arbitrary<String> givenNames() {
    return Cache.of("Texts.givenNames", Texts::makeGivenNames);
  }

  private static Arbitrary<String> makeGivenNames() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of(GIVEN_NAMES)),
        net.jqwik.api.Tuple.of(2, scriptWord(10).map(Texts::capitalise)));
  }

  /** A family name: a real one in some script, or a generated word. */
  static Arbitrary<String> familyNames() {
    return Cache.of("Texts.familyNames", Texts::makeFamilyNames);
  }

  private static Arbitrary<String> makeFamilyNames() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of(FAMILY_NAMES)),
        net.jqwik.api.Tuple.of(2, scriptWord(12).map(Texts::capitalise)));
  }

  /** A word or short phrase, never blank. */
  static Arbitrary<String> words() {
    return Cache.of("Texts.words", Texts::makeWords);
  }

  private static Arbitrary<String> makeWords() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of(WORDS)), net.jqwik.api.Tuple.of(2, scriptWord(12)));
  }

  /** One to {@code max} words joined by single spaces. */
  static Arbitrary<String> phrases(int max) {
    return Cache.of("Texts.phrases/" + max, () -> makePhrases(max));
  }

  private static Arbitrary<String> makePhrases(int max) {
    return words().list().ofMinSize(1).ofMaxSize(max).map(w -> String.join(" ", w));
  }

  /**
   * Id texts as hosts make them: UUIDs (most), short prefixed numbers, Unicode words, and the 1- and
   * 128-character extremes.
   */
  static Arbitrary<String> idTexts() {
    return Cache.of("Texts.idTexts", Texts::makeIdTexts);
  }

  private static Arbitrary<String> makeIdTexts() {
    Arbitrary<String> uuid =
        Combinators.combine(Arbitraries.longs(), Arbitraries.longs())
            .as((a, b) -> new UUID((a & ~0xF000L) | 0x7000L, (b & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L).toString());
    Arbitrary<String> prefixed =
        Combinators.combine(Arbitraries.of("c-", "a-", "id_", "X", "rec/"), Arbitraries.integers().between(0, 999_999))
            .as((p, n) -> p + n);
    Arbitrary<String> unicode =
        Combinators.combine(scriptWord(8), Arbitraries.integers().between(0, 9999)).as((w, n) -> w + "-" + n);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, uuid), net.jqwik.api.Tuple.of(2, prefixed), net.jqwik.api.Tuple.of(2, unicode))
        .edgeCases(c -> c.add("1", "z".repeat(128)));
  }

  /** Tenant ids: ASCII letters, digits, '-', '_' and '.', 1 to 64 characters. */
  static Arbitrary<String> tenantIdTexts() {
    return Cache.of("Texts.tenantIdTexts", Texts::makeTenantIdTexts);
  }

  private static Arbitrary<String> makeTenantIdTexts() {
    Arbitrary<String> generated =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('A', 'Z')
            .withCharRange('0', '9')
            .withChars('-', '_', '.')
            .ofMinLength(1)
            .ofMaxLength(64);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, Arbitraries.of("acme", "globex", "initech", "t1", "tenant-42", "eu.west_3", "Umbrella")),
            net.jqwik.api.Tuple.of(2, generated))
        .edgeCases(c -> c.add("a", "T".repeat(64)));
  }

  /** Lower-case names such as entity types and external systems: {@code [a-z][a-z0-9_]{0,max-1}}. */
  static Arbitrary<String> lowerNames(int max) {
    return Cache.of("Texts.lowerNames/" + max, () -> makeLowerNames(max));
  }

  private static Arbitrary<String> makeLowerNames(int max) {
    return Combinators.combine(
            Arbitraries.chars().range('a', 'z'),
            Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('_').ofMaxLength(max - 1))
        .as((c, rest) -> c + rest);
  }

  /** {@code text} cut to at most {@code max} code points. */
  static String cut(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max));
  }

  private static String capitalise(String word) {
    int first = word.codePointAt(0);
    return new StringBuilder().appendCodePoint(Character.toUpperCase(first)).append(word.substring(Character.charCount(first))).toString();
  }
}
