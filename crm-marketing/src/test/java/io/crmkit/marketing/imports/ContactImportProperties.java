package io.crmkit.marketing.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Imports upsert instead of duplicating, and their report names every bad line. */
class ContactImportProperties {
  static final TenantId TENANT = TenantId.of("acme");
  static final String HEADER = "Email,First name,Last name,Tier,Score";

  /** One data line: its text and whether it is bad. */
  record Line(String text, boolean bad) {}

  @Provide
  Arbitrary<List<Line>> lines() {
    Arbitrary<String> email = Combinators.combine(Arbitraries.of("ada", "bob", "cleo", "dan", "eve", "zoë", "li"),
            Arbitraries.of("example.com", "acme.test"), Arbitraries.of("", "", "  ", "X"))
        .as((l, d, noise) -> (noise.equals("X") ? l.toUpperCase(java.util.Locale.ROOT) : noise + l) + "@" + d);
    Arbitrary<String> given = Arbitraries.of("Ada", "Bob", "Çelik", "\"Zoë, Jr.\"", "李");
    Arbitrary<String> family = Arbitraries.of("Lovelace", "Müller", "", "O'Neil");
    Arbitrary<String> tier = Arbitraries.of("gold", "silver", "");
    Arbitrary<String> score = Arbitraries.oneOf(Arbitraries.longs().between(0, 100).map(String::valueOf), Arbitraries.just(""));
    Arbitrary<Line> good = Combinators.combine(email, given, family, tier, score)
        .as((e, g, f, t, s) -> new Line(String.join(",", e, g, f, t, s), false));
    Arbitrary<Line> bad = Combinators.combine(Arbitraries.integers().between(0, 3), email, given, score).as((kind, e, g, s) -> switch (kind) {
      case 0 -> new Line(String.join(",", "not-an-address", g, "X", "gold", s), true);
      case 1 -> new Line(String.join(",", e, g, "X", "gold", "12x"), true);
      case 2 -> new Line(String.join(",", e, g), true);
      default -> new Line(String.join(",", "", g, "X", "gold", s), true);
    });
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, good), net.jqwik.api.Tuple.of(1, bad)).list().ofMaxSize(14);
  }

  @Provide
  Arbitrary<ImportOptions> options() {
    return Combinators.combine(Arbitraries.of(FillPolicy.class), Arbitraries.of(1, 3, ImportOptions.WHOLE_FILE), Arbitraries.of(true, false))
        .as((policy, batch, keepGoing) -> ImportOptions.of(ContactImportTest.columns())
            .withFillPolicy(policy).withBatchSize(batch).withKeepGoing(keepGoing));
  }

  @Property(tries = 100)
  void importingTheSameFileTwiceCreatesNoNewContacts(
      @ForAll("lines") List<Line> lines, @ForAll("options") ImportOptions first, @ForAll("options") ImportOptions second) {
    TenantStore store = InMemoryStore.create().forTenant(TENANT);
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    Repository<Contact, ?> contacts = store.repository(Contact.TYPE);
    String file = file(lines);
    ImportReport once = ContactImport.of(store, clock).run(new StringReader(file), first);
    long afterFirst = contacts.count(Criteria.all());
    ImportReport twice = ContactImport.of(store, clock).run(new StringReader(file), first);
    assertThat(contacts.count(Criteria.all())).isEqualTo(afterFirst);
    assertThat(twice.created()).isZero();
    assertThat(once.created()).isEqualTo(afterFirst);
    // with other options every good line gets written, still without duplicating an address
    ContactImport.of(store, clock).run(new StringReader(file), second.withKeepGoing(true).withBatchSize(1));
    long afterThird = contacts.count(Criteria.all());
    assertThat(afterThird).isBetween(afterFirst, distinctGoodAddresses(lines));
    ImportReport fourth = ContactImport.of(store, clock).run(new StringReader(file), second);
    assertThat(fourth.created()).isZero();
    assertThat(contacts.count(Criteria.all())).isEqualTo(afterThird);
  }

  @Property(tries = 100)
  void theReportNamesEveryBadLine(@ForAll("lines") List<Line> lines, @ForAll("options") ImportOptions options) {
    TenantStore store = InMemoryStore.create().forTenant(TENANT);
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    ImportReport report = ContactImport.of(store, clock).run(new StringReader(file(lines)), options.withKeepGoing(true));
    TreeSet<Long> expected = new TreeSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).bad()) {
        expected.add(i + 2L);
      }
    }
    assertThat(report.badLines()).containsExactlyElementsOf(expected);
    assertThat(report.outcomes()).hasSize(lines.size());
    assertThat(report.outcomes()).filteredOn(o -> o.action() == LineOutcome.Action.REJECTED)
        .extracting(LineOutcome::line).containsExactlyElementsOf(expected);
    if (options.batchSize() == 1) {
      assertThat(report.outcomes()).filteredOn(LineOutcome::written).hasSize(lines.size() - expected.size());
    }
  }

  private static long distinctGoodAddresses(List<Line> lines) {
    return lines.stream().filter(l -> !l.bad()).map(l -> l.text().substring(0, l.text().indexOf(',')).strip().toLowerCase(java.util.Locale.ROOT))
        .distinct().count();
  }

  private static String file(List<Line> lines) {
    List<String> out = new ArrayList<>();
    out.add(HEADER);
    lines.forEach(l -> out.add(l.text()));
    return String.join(Optional.of(lines.size() % 2 == 0 ? "\n" : "\r\n").get(), out) + "\n";
  }
}
