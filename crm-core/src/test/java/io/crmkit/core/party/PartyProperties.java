package io.crmkit.core.party;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.party.ContactPoint.Kind;
import io.crmkit.core.party.ContactPoint.Purpose;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PartyProperties {
  static final TenantId T = TenantId.of("t");
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Provide
  Arbitrary<String> emails() {
    Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').numeric()
        .withChars('.', '_', '+', 'É', 'ß', '字').ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').numeric()
        .ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> pad = Arbitraries.of("", " ", "\t", "  ");
    return Combinators.combine(pad, local, label, label, pad).as((p, l, d, tld, q) -> p + l + "@" + d + "." + tld + q);
  }

  @Property(tries = 200)
  void emailNormalisationIsIdempotent(@ForAll("emails") String raw) {
    String once = ContactPoint.email(raw, Purpose.WORK).normalized();
    assertThat(ContactPoint.email(once, Purpose.WORK).normalized()).isEqualTo(once);
    assertThat(once).isEqualTo(once.strip()).doesNotContainPattern("[A-Z]");
  }

  @Provide
  Arbitrary<ContactPoint> points() {
    Arbitrary<ContactPoint> email = Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(2)
        .map(s -> ContactPoint.email(s + "@x.example", Purpose.WORK));
    Arbitrary<ContactPoint> phone = Arbitraries.of("030 901820", "030 901821", "+1 650 253 0000", "+44 20 7946 0958")
        .map(s -> ContactPoint.phone(s, "DE", Purpose.WORK));
    Arbitrary<ContactPoint> web = Arbitraries.of("a.example", "b.example").map(s -> ContactPoint.web(s, Purpose.WORK));
    Arbitrary<ContactPoint> social = Arbitraries.of("ada", "grace").map(h -> ContactPoint.social("mastodon", h));
    return Combinators.combine(Arbitraries.oneOf(email, phone, web, social), Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((p, primary, verified) -> {
          ContactPoint q = p.withPrimary(primary);
          return verified ? q.asVerified() : q;
        });
  }

  Contact.Builder base() {
    return Contact.builder(new ContactId("c-1"), T)
        .name(PersonName.of("Ada", "Lovelace"))
        .owner(Owner.user("u-1"))
        .createdAt(T0)
        .updatedAt(T0);
  }

  @Property(tries = 200)
  void theBuilderNeverLetsTwoPrimariesOfAKindThrough(@ForAll @Size(max = 8) List<@From("points") ContactPoint> points) {
    Contact.Builder b = base();
    points.forEach(b::contactPoint);
    Set<Kind> primaryKinds = EnumSet.noneOf(Kind.class);
    boolean twoPrimaries = false;
    Set<String> channels = new HashSet<>();
    boolean repeated = false;
    for (ContactPoint p : points) {
      twoPrimaries |= p.primary() && !primaryKinds.add(p.kind());
      repeated |= !channels.add(p.kind() + p.normalized());
    }
    try {
      Contact c = b.build();
      assertThat(twoPrimaries || repeated).isFalse();
      for (Kind k : Kind.values()) {
        assertThat(c.contactPoints(k).stream().filter(ContactPoint::primary).count()).isLessThanOrEqualTo(1);
      }
    } catch (ValidationException e) {
      assertThat(twoPrimaries || repeated).isTrue();
      assertThat(e.field()).startsWith("contactPoints[");
    }
  }

  @Property(tries = 200)
  void addingContactPointsOneByOneKeepsTheInvariants(@ForAll @Size(max = 10) List<@From("points") ContactPoint> points) {
    Contact c = base().build();
    for (ContactPoint p : points) {
      c = c.withContactPoint(p);
      assertThat(c.contactPoints()).contains(p);
    }
    for (Kind k : Kind.values()) {
      assertThat(c.contactPoints(k).stream().filter(ContactPoint::primary).count()).isLessThanOrEqualTo(1);
    }
    assertThat(c.contactPoints().stream().map(p -> p.kind() + p.normalized()).distinct().count())
        .isEqualTo(c.contactPoints().size());
  }

  @Property(tries = 200)
  void withAndWithoutRoundTrip(
      @ForAll("points") ContactPoint point,
      @ForAll("systems") String system,
      @ForAll @IntRange(min = 1, max = 999_999) int externalId,
      @ForAll("titles") String title) {
    Contact plain = base().build();
    assertThat(plain.withContactPoint(point).withoutContactPoint(point)).isEqualTo(plain);
    assertThat(plain.withExternalId(system, "x" + externalId).withoutExternalId(system)).isEqualTo(plain);
    assertThat(plain.withJobTitle(title).withoutJobTitle()).isEqualTo(plain);
    assertThat(plain.withAccount(new AccountId("a-" + externalId)).withoutAccount()).isEqualTo(plain);
    assertThat(plain.withVersion(externalId).withVersion(0)).isEqualTo(plain);
    Contact full = plain.withContactPoint(point).withExternalId(system, "x" + externalId).withJobTitle(title);
    assertThat(full.toBuilder().build()).isEqualTo(full);
  }

  @Provide
  Arbitrary<String> systems() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
  }

  @Provide
  Arbitrary<String> titles() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', 'é', 'Ω', '-').ofMinLength(1).ofMaxLength(20)
        .filter(s -> !s.isBlank())
        .map(String::strip);
  }

  @Property(tries = 100)
  void orgChartsAreForestsWhateverTheReportingData(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 9) Integer> managers,
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 9) Integer> extra) {
    List<PartyRelationship> rs = new ArrayList<>();
    int n = 0;
    AccountId acme = new AccountId("a");
    for (int i = 0; i < managers.size(); i++) {
      rs.add(PartyRelationship.worksFor(new RelationshipId("w" + i), T, new ContactId("c" + i), acme));
      int m = managers.get(i);
      if (m != i) {
        rs.add(PartyRelationship.reportsTo(new RelationshipId("r" + n++), T, new ContactId("c" + i), new ContactId("c" + m)));
      }
    }
    for (int i = 0; i + 1 < extra.size(); i += 2) {
      if (!extra.get(i).equals(extra.get(i + 1))) {
        rs.add(PartyRelationship.reportsTo(new RelationshipId("r" + n++), T, new ContactId("c" + extra.get(i)), new ContactId("c" + extra.get(i + 1))));
      }
    }
    OrgChart chart = OrgChart.of(acme, LocalDate.parse("2026-01-01"), rs);
    // every employee is reached exactly once walking down from the roots
    List<ContactId> seen = new ArrayList<>();
    List<ContactId> todo = new ArrayList<>(chart.roots());
    while (!todo.isEmpty()) {
      ContactId c = todo.remove(todo.size() - 1);
      seen.add(c);
      todo.addAll(chart.reportsOf(c));
      assertThat(seen.size()).isLessThanOrEqualTo(managers.size());
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(chart.employees());
    assertThat(chart.employees()).hasSize(managers.size());
    for (ContactId c : chart.employees()) {
      chart.managerOf(c).ifPresent(m -> assertThat(chart.reportsOf(m)).contains(c));
    }
    assertThat(chart.render().lines().filter(l -> l.strip().startsWith("- ")).count()).isEqualTo(managers.size());
  }
}
