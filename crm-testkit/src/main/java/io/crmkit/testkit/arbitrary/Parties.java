package io.crmkit.testkit.arbitrary;

import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.PostalAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Names, addresses, contact points and external ids, all made through the crm-core factories. */
final class Parties {
  private Parties() {}

  private static final List<String> COUNTRIES = List.of(Locale.getISOCountries());

  static Arbitrary<PersonName> personNames() {
    return Cache.of("Parties.personNames", Parties::makePersonNames);
  }

  private static Arbitrary<PersonName> makePersonNames() {
    Arbitrary<String[]> givenFamily =
        Combinators.combine(Texts.givenNames(), Texts.familyNames(), Arbitraries.integers().between(0, 9))
            .as((g, f, shape) -> shape == 0 ? new String[] {g, ""} : shape == 1 ? new String[] {"", f} : new String[] {g, f});
    return Combinators.combine(
            givenFamily,
            Texts.givenNames().optional(0.15),
            Arbitraries.of("Dr.", "Prof.", "Mr.", "Ms.", "Mx.", "Frau", "Herr", "Sr.", "Г-н").optional(0.15),
            Arbitraries.of("Jr.", "Sr.", "III", "PhD", "MBA").optional(0.1))
        .as((gf, middle, prefix, suffix) -> new PersonName(gf[0], gf[1], middle, prefix, suffix))
        .edgeCases(c -> c.add(PersonName.of("X", ""), PersonName.of("", "王")));
  }

  static Arbitrary<PostalAddress> postalAddresses() {
    return Cache.of("Parties.postalAddresses", Parties::makePostalAddresses);
  }

  private static Arbitrary<PostalAddress> makePostalAddresses() {
    Arbitrary<String> line =
        Combinators.combine(Texts.words(), Arbitraries.integers().between(1, 999), Arbitraries.of("", "Straße", "Street", "улица", "路", "Rue de"))
            .as((w, n, s) -> s.isEmpty() ? w + " " + n : s + " " + w + " " + n);
    Arbitrary<String> postcode =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.strings().numeric().ofMinLength(4).ofMaxLength(6)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of("SW1A 2AA", "EC1A 1BB", "K1A 0B1", "100-0001", "D02 X285")));
    return Combinators.combine(
            line.list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.of("Berlin", "München", "São Paulo", "Москва", "東京", "القاهرة", "Zürich", "Kraków")),
                net.jqwik.api.Tuple.of(1, Texts.words())),
            Texts.words().optional(0.4),
            postcode.optional(0.8),
            Arbitraries.of(COUNTRIES).map(c -> c.hashCode() % 5 == 0 ? " " + c.toLowerCase(Locale.ROOT) : c))
        .as(PostalAddress::new);
  }

  static Arbitrary<String> emailAddresses() {
    return Cache.of("Parties.emailAddresses", Parties::makeEmailAddresses);
  }

  private static Arbitrary<String> makeEmailAddresses() {
    Arbitrary<String> local =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(
                4,
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('.', '_', '+', '-').ofMinLength(1).ofMaxLength(20)
                    .filter(s -> !s.startsWith(".") && !s.endsWith(".") && !s.contains(".."))),
            net.jqwik.api.Tuple.of(1, Arbitraries.of("Ada.Lovelace", "josé", "MÜLLER", "王伟", "иван", "o'brien")));
    Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> domain =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Combinators.combine(label.list().ofMinSize(1).ofMaxSize(2), Arbitraries.of("com", "de", "co.uk", "example", "io", "рф", "jp"))
                .as((labels, tld) -> String.join(".", labels) + "." + tld)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of("Example.COM", "bücher.de", "例え.jp", "xn--bcher-kva.de")));
    return Combinators.combine(local, domain).as((l, d) -> l + "@" + d);
  }

  static Arbitrary<ContactPoint> emails() {
    return Cache.of("Parties.emails", Parties::makeEmails);
  }

  private static Arbitrary<ContactPoint> makeEmails() {
    return Combinators.combine(emailAddresses(), Arbitraries.of("", " ", "  "), purposes())
        .as((address, pad, purpose) -> ContactPoint.email(pad + address + pad, purpose));
  }

  static Arbitrary<ContactPoint> phones() {
    return Cache.of("Parties.phones", Parties::makePhones);
  }

  private static Arbitrary<ContactPoint> makePhones() {
    return Combinators.combine(Phones.samples(), purposes())
        .as((s, purpose) -> ContactPoint.phone(s.raw(), s.region(), purpose));
  }

  static Arbitrary<String> urls() {
    return Cache.of("Parties.urls", Parties::makeUrls);
  }

  private static Arbitrary<String> makeUrls() {
    Arbitrary<String> host =
        Combinators.combine(
                Arbitraries.of("", "www.", "shop.", "WWW."),
                Arbitraries.strings().withCharRange('a', 'z').withChars('-').ofMinLength(1).ofMaxLength(15)
                    .filter(s -> !s.startsWith("-") && !s.endsWith("-")),
                Arbitraries.of("com", "de", "example", "co.uk", "xn--p1ai"))
            .as((p, n, tld) -> p + n + "." + tld);
    return Combinators.combine(
            Arbitraries.of("https://", "http://", "", "HTTPS://"),
            host,
            Arbitraries.of("", ":8080"),
            Arbitraries.of("", "/", "/about", "/de/kontakt", "/a/b?c=d", "/%C3%BC"))
        .as((scheme, h, port, path) -> scheme + h + (scheme.isEmpty() ? "" : port) + path);
  }

  static Arbitrary<ContactPoint> webs() {
    return Cache.of("Parties.webs", Parties::makeWebs);
  }

  private static Arbitrary<ContactPoint> makeWebs() {
    return Combinators.combine(urls(), purposes()).as(ContactPoint::web);
  }

  static Arbitrary<ContactPoint> socials() {
    return Cache.of("Parties.socials", Parties::makeSocials);
  }

  private static Arbitrary<ContactPoint> makeSocials() {
    return Combinators.combine(
            Arbitraries.of("linkedin", "x", "mastodon", "github", "instagram", " LinkedIn "),
            Combinators.combine(Arbitraries.of("", "@"), Texts.scriptWord(15)).as((at, h) -> at + h))
        .as(ContactPoint::social);
  }

  static Arbitrary<ContactPoint> postals() {
    return Cache.of("Parties.postals", Parties::makePostals);
  }

  private static Arbitrary<ContactPoint> makePostals() {
    return Combinators.combine(postalAddresses(), purposes()).as(ContactPoint::postal);
  }

  static Arbitrary<ContactPoint> contactPoints() {
    return Cache.of("Parties.contactPoints", Parties::makeContactPoints);
  }

  private static Arbitrary<ContactPoint> makeContactPoints() {
    return Combinators.combine(
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, emails()),
                net.jqwik.api.Tuple.of(3, phones()),
                net.jqwik.api.Tuple.of(1, postals()),
                net.jqwik.api.Tuple.of(1, webs()),
                net.jqwik.api.Tuple.of(1, socials())),
            Arbitraries.of(false, true),
            Arbitraries.of(false, true))
        .as((p, primary, verified) -> {
          ContactPoint q = primary ? p.asPrimary() : p;
          return verified ? q.asVerified() : q;
        });
  }

  /**
   * Contact-point lists a party may hold: 0 to {@code max} points, no channel twice, at most one primary per
   * kind (the first primary of each kind wins, later ones are demoted).
   */
  static Arbitrary<List<ContactPoint>> contactPointLists(int max) {
    return Cache.of("Parties.contactPointLists/" + max, () -> makeContactPointLists(max));
  }

  private static Arbitrary<List<ContactPoint>> makeContactPointLists(int max) {
    return contactPoints()
        .list()
        .ofMaxSize(max)
        .map(
            points -> {
              Map<String, ContactPoint> byChannel = new LinkedHashMap<>();
              Set<ContactPoint.Kind> primaries = EnumSet.noneOf(ContactPoint.Kind.class);
              for (ContactPoint p : points) {
                String channel = p.kind() + " " + p.normalized();
                if (byChannel.containsKey(channel)) {
                  continue;
                }
                ContactPoint q = p.primary() && !primaries.add(p.kind()) ? p.withPrimary(false) : p;
                byChannel.put(channel, q);
              }
              return List.copyOf(new ArrayList<>(byChannel.values()));
            });
  }

  static Arbitrary<ContactPoint.Purpose> purposes() {
    return Cache.of("Parties.purposes", Parties::makePurposes);
  }

  private static Arbitrary<ContactPoint.Purpose> makePurposes() {
    return Arbitraries.of(ContactPoint.Purpose.class);
  }

  /** Ids in outside systems: 0 to 3 entries keyed by lower-case system names. */
  static Arbitrary<Map<String, String>> externalIds() {
    return Cache.of("Parties.externalIds", Parties::makeExternalIds);
  }

  private static Arbitrary<Map<String, String>> makeExternalIds() {
    Arbitrary<String> system =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.of("salesforce", "hubspot", "erp.sap", "stripe", "zendesk", "legacy_crm", "0-billing")),
            net.jqwik.api.Tuple.of(1, Texts.lowerNames(64)));
    return Combinators.combine(system, Texts.idTexts())
        .as(java.util.Map::entry)
        .list()
        .ofMaxSize(3)
        .map(
            entries -> {
              Map<String, String> out = new TreeMap<>();
              entries.forEach(e -> out.putIfAbsent(e.getKey(), e.getValue()));
              return out;
            });
  }

  /** Company names in many languages and legal forms. */
  static Arbitrary<String> companyNames() {
    return Cache.of("Parties.companyNames", Parties::makeCompanyNames);
  }

  private static Arbitrary<String> makeCompanyNames() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(
            2,
            Arbitraries.of(
                "ACME Corp", "Müller & Söhne GmbH", "株式会社テスト", "ООО «Ромашка»", "شركة المثال", "Café Zoë", "Ελληνική Α.Ε.",
                "Ñandú S.A.", "🍕 Pizza Ltd", "X")),
        net.jqwik.api.Tuple.of(
            3,
            Combinators.combine(Texts.phrases(2), Arbitraries.of("GmbH", "Ltd", "Inc.", "S.A.", "K.K.", "AG", "", "有限公司"))
                .as((n, form) -> form.isEmpty() ? n : n + " " + form)));
  }

  /** Web domains as hosts type them: bare, as URLs, with www, upper case, international. */
  static Arbitrary<String> domains() {
    return Cache.of("Parties.domains", Parties::makeDomains);
  }

  private static Arbitrary<String> makeDomains() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, urls()),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("bücher.de", "https://www.Münich.example/", "пример.рф", "例え.jp", "acme.example.")));
  }
}
