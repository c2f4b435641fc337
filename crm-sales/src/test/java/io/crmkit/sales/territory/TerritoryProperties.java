package io.crmkit.sales.territory;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.core.party.AccountId;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TerritoryProperties {
  static final TerritoryModel MODEL = TerritoryModelTest.MODEL;

  @Property(tries = 200)
  void reevaluationTurnsTheOldMembershipsIntoTheNewOnes(
      @ForAll("profiles") AccountProfile before, @ForAll("profiles") AccountProfile after) {
    List<TerritoryMembership> old = MODEL.evaluate(before);
    MembershipChange change = MODEL.reevaluate(old, after);
    Set<String> result = old.stream().map(TerritoryMembership::territory).collect(Collectors.toCollection(HashSet::new));
    change.removed().forEach(m -> result.remove(m.territory()));
    change.added().forEach(m -> result.add(m.territory()));
    Set<String> expected = MODEL.evaluate(after).stream().map(TerritoryMembership::territory).collect(Collectors.toSet());
    assertThat(result).isEqualTo(expected);
    assertThat(change.kept()).allSatisfy(m -> assertThat(old).extracting(TerritoryMembership::territory).contains(m.territory()));
    assertThat(change.added()).noneSatisfy(m -> assertThat(old).extracting(TerritoryMembership::territory).contains(m.territory()));
  }

  @Property(tries = 200)
  void everyMembershipIsExplainedByARuleThatMatches(@ForAll("profiles") AccountProfile account) {
    for (TerritoryMembership m : MODEL.evaluate(account)) {
      Territory t = MODEL.territory(m.territory()).orElseThrow();
      TerritoryRule rule = t.rules().stream().filter(r -> r.name().equals(m.rule())).findFirst().orElseThrow();
      assertThat(rule.conditions()).allSatisfy(c -> assertThat(c.test(account)).isTrue());
      assertThat(m.reasons()).hasSameSizeAs(rule.conditions());
    }
    // and a territory the account is not in has no matching rule
    Set<String> in = MODEL.evaluate(account).stream().map(TerritoryMembership::territory).collect(Collectors.toSet());
    MODEL.territories().stream().filter(t -> !in.contains(t.name()))
        .forEach(t -> assertThat(t.rules()).allSatisfy(r -> assertThat(r.match(account)).isEmpty()));
  }

  @Provide
  Arbitrary<AccountProfile> profiles() {
    Arbitrary<Optional<String>> country = Arbitraries.of("DE", "AT", "US", "de").optional(0.9);
    Arbitrary<Optional<String>> postcode = Arbitraries.oneOf(Arbitraries.strings().numeric().ofLength(5),
        Arbitraries.of("80331", "12043", "14999", "10000", "9999")).optional(0.9);
    Arbitrary<Optional<String>> industry = Arbitraries.of("Manufacturing", "Retail", "manufacturing").optional(0.8);
    Arbitrary<Optional<Long>> employees = Arbitraries.longs().between(0, 2000).optional(0.8);
    return Combinators.combine(country, postcode, industry, employees).as((c, p, i, e) -> new AccountProfile(
        TenantId.of("acme"), new AccountId("a-1"), c, Optional.empty(), p, i, Optional.of(BigDecimal.ONE), e));
  }
}
