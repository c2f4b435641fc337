package io.crmkit.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrgChartTest {
  static final TenantId T = TenantId.of("acme");
  static final AccountId ACME = new AccountId("a-1");
  static final AccountId OTHER = new AccountId("a-2");
  static final LocalDate DAY = LocalDate.parse("2026-01-01");
  int next;

  PartyRelationship works(String contact, AccountId account) {
    return PartyRelationship.worksFor(new RelationshipId("r" + next++), T, new ContactId(contact), account);
  }

  PartyRelationship reports(String contact, String manager) {
    return PartyRelationship.reportsTo(new RelationshipId("r" + next++), T, new ContactId(contact), new ContactId(manager));
  }

  static ContactId c(String id) {
    return new ContactId(id);
  }

  @Test
  void buildsAForestOfTheEmployeesOnTheDay() {
    List<PartyRelationship> rs = new ArrayList<>(List.of(
        works("ceo", ACME).withTitle("CEO"),
        works("cto", ACME).withTitle("CTO"),
        works("dev1", ACME),
        works("dev2", ACME),
        works("ops", ACME),
        works("left", ACME).withThruDate(DAY.minusDays(1)),
        works("later", ACME).withFromDate(DAY.plusDays(1)),
        works("elsewhere", OTHER),
        reports("cto", "ceo"),
        reports("dev1", "cto"),
        reports("dev2", "cto"),
        reports("left", "ceo"),
        reports("ops", "elsewhere"),      // manager is not an employee of ACME: ops is a root
        reports("dev2", "ceo").withThruDate(DAY.minusDays(1))));
    OrgChart chart = OrgChart.of(ACME, DAY, rs);
    assertThat(chart.employees()).containsExactly(c("ceo"), c("cto"), c("dev1"), c("dev2"), c("ops"));
    assertThat(chart.roots()).containsExactly(c("ceo"), c("ops"));
    assertThat(chart.reportsOf(c("cto"))).containsExactly(c("dev1"), c("dev2"));
    assertThat(chart.managerOf(c("dev2"))).contains(c("cto"));
    assertThat(chart.managerOf(c("ceo"))).isEmpty();
    assertThat(chart.managerOf(c("left"))).isEmpty();
    assertThat(chart.chainOfCommand(c("dev1"))).containsExactly(c("cto"), c("ceo"));
    assertThat(chart.levels()).isEqualTo(Map.of(0, List.of(c("ceo"), c("ops")), 1, List.of(c("cto")), 2, List.of(c("dev1"), c("dev2"))));
    assertThat(chart.cycles()).isEmpty();
    assertThat(chart.render()).isEqualTo("""
        Org chart of account a-1 on 2026-01-01
        - ceo (CEO)
          - cto (CTO)
            - dev1
            - dev2
        - ops
        """);
    Map<String, String> names = Map.of("ceo", "Grace Hopper", "cto", "Ada Lovelace", "dev1", "Linus", "dev2", "Barbara", "ops", "Ken");
    assertThat(chart.render(id -> names.get(id.value()))).contains("    - Barbara\n    - Linus\n");
  }

  @Test
  void cyclesAreReportedAndBrokenNotLoopedOn() {
    List<PartyRelationship> rs = List.of(
        works("a", ACME), works("b", ACME), works("c", ACME), works("d", ACME), works("e", ACME),
        reports("a", "b"), reports("b", "c"), reports("c", "a"),   // a → b → c → a
        reports("d", "c"),                                          // hangs off the cycle
        reports("e", "e2"));                                        // e2 is unknown
    OrgChart chart = OrgChart.of(ACME, DAY, rs);
    assertThat(chart.cycles()).containsExactly(List.of(c("a"), c("b"), c("c")));
    assertThat(chart.roots()).containsExactly(c("a"), c("e"));
    assertThat(chart.managerOf(c("a"))).isEmpty();
    assertThat(chart.reportsOf(c("c"))).containsExactly(c("b"), c("d"));
    assertThat(chart.chainOfCommand(c("d"))).containsExactly(c("c"), c("a"));
    assertThat(chart.render()).isEqualTo("""
        Org chart of account a-1 on 2026-01-01
        - a
          - c
            - b
            - d
        - e
        ! reporting cycle: a → b → c → a (shown with a at the top)
        """);
  }

  @Test
  void theLatestManagerWinsAndTwoPersonCyclesAreFound() {
    List<PartyRelationship> rs = List.of(
        works("x", ACME), works("m1", ACME), works("m2", ACME),
        reports("x", "m1").withFromDate(DAY.minusYears(2)),
        reports("x", "m2").withFromDate(DAY.minusYears(1)),
        reports("m1", "m2"), reports("m2", "m1"));
    OrgChart chart = OrgChart.of(ACME, DAY, rs);
    assertThat(chart.managerOf(c("x"))).contains(c("m2"));
    assertThat(chart.cycles()).containsExactly(List.of(c("m1"), c("m2")));
    assertThat(chart.roots()).containsExactly(c("m1"));
    assertThat(OrgChart.of(ACME, DAY, List.of()).render()).contains("(no employees)");
  }

  @Test
  void relationshipsCheckRolesSelfLinksAndDates() {
    RecordRef contact = RecordRef.of("contact", c("c1"));
    RecordRef account = RecordRef.of("account", ACME);
    assertThatThrownBy(() -> PartyRelationship.of(new RelationshipId("r"), T, account, contact, RelationshipRole.WORKS_FOR))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("WORKS_FOR connects [contact] to [account], not account to contact");
    assertThatThrownBy(() -> PartyRelationship.of(new RelationshipId("r"), T, contact, contact, RelationshipRole.PARTNER_OF))
        .hasMessageContaining("cannot have a relationship with itself");
    assertThatThrownBy(() -> works("c1", ACME).withFromDate(DAY).withThruDate(DAY.minusDays(1)))
        .hasMessageContaining("must not be before fromDate");
    assertThatThrownBy(() -> PartyRelationship.of(new RelationshipId("r"), T, RecordRef.of("lead", c("l")), account, RelationshipRole.PARTNER_OF))
        .isInstanceOf(ValidationException.class);
    PartyRelationship parent = PartyRelationship.of(new RelationshipId("r"), T, RecordRef.of("account", OTHER), account, RelationshipRole.PARENT_ACCOUNT);
    assertThat(PartyRelationship.TYPE.matcher(io.crmkit.core.query.Criteria.eq(PartyRelationship.PARTY, "account:a-1")).test(parent)).isTrue();
    assertThat(PartyRelationship.TYPE.matcher(io.crmkit.core.query.Criteria.eq(PartyRelationship.TO, "account:a-2")).test(parent)).isFalse();

    PartyRelationship r = works("c1", ACME).withFromDate(DAY).withThruDate(DAY.plusDays(9));
    assertThat(r.activeOn(DAY.minusDays(1))).isFalse();
    assertThat(r.activeOn(DAY)).isTrue();
    assertThat(r.activeOn(DAY.plusDays(9))).isTrue();
    assertThat(r.activeOn(DAY.plusDays(10))).isFalse();
    assertThat(works("c1", ACME).activeOn(LocalDate.MIN)).isTrue();
  }
}
