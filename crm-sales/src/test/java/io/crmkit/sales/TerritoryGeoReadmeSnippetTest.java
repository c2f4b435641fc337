package io.crmkit.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PostalAddress;
import io.crmkit.sales.assignment.AssignmentRules;
import io.crmkit.sales.assignment.AssignmentTarget;
import io.crmkit.sales.assignment.RecordAssigned;
import io.crmkit.sales.assignment.RoundRobin;
import io.crmkit.sales.assignment.RoundRobinPick;
import io.crmkit.sales.assignment.RoundRobinState;
import io.crmkit.sales.geo.GeoPoint;
import io.crmkit.sales.geo.Located;
import io.crmkit.sales.geo.Nearby;
import io.crmkit.sales.geo.NearbySearch;
import io.crmkit.sales.geo.RoutePlan;
import io.crmkit.sales.geo.RoutePlanner;
import io.crmkit.sales.geo.RouteRequest;
import io.crmkit.sales.geo.Stop;
import io.crmkit.sales.geo.TimeWindow;
import io.crmkit.sales.territory.AccountCondition;
import io.crmkit.sales.territory.AccountProfile;
import io.crmkit.sales.territory.Territory;
import io.crmkit.sales.territory.TerritoryModel;
import io.crmkit.sales.territory.TerritoryMembership;
import io.crmkit.sales.territory.TerritoryRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * crm-sales/README.md's territory and route snippets are the bodies between the {@code readme:} markers here, word
 * for word, and they hold.
 */
class TerritoryGeoReadmeSnippetTest {
  final Clock clock = Clock.fixed(Instant.parse("2026-03-02T07:00:00Z"), ZoneOffset.UTC);
  final TenantId tenant = TenantId.of("acme");
  final Account account = Account.builder(new AccountId("a-1"), tenant).name("ACME").owner(Owner.user("u-9"))
      .contactPoint(ContactPoint.postal(PostalAddress.of(List.of("Hauptstr. 1"), "Wien", "1010", "AT"),
          ContactPoint.Purpose.BILLING))
      .customFields(CustomFields.empty().with("employees", FieldValue.number(250)))
      .timestamps(clock).build();

  @Test
  void territories() {
    RoundRobinState savedState = RoundRobin.of(tenant, "dach", List.of("u-1", "u-2", "u-3")).initialState();
    Set<String> presentToday = Set.of("u-2", "u-3");
    // readme:territories:begin
    TerritoryModel model = TerritoryModel.of(tenant, List.of(
        Territory.root("world"),
        Territory.child("dach", "world").withRule(TerritoryRule.of("dach-mid",
            AccountCondition.country("DE", "AT", "CH"), AccountCondition.employeesBetween(100, 999)))));
    List<TerritoryMembership> in = model.evaluate(AccountProfile.of(account));   // "dach by rule 'dach-mid': ..."

    AssignmentRules<AccountProfile> routing = AssignmentRules.<AccountProfile>builder(tenant, "accounts")
        .rule("dach", "in a DACH territory", a -> !model.evaluate(a).isEmpty(), AssignmentTarget.queue("dach"))
        .orElse(AssignmentTarget.queue("inbound"));
    RoundRobin dachReps = RoundRobin.of(tenant, "dach", List.of("u-1", "u-2", "u-3"));
    RoundRobinPick pick = dachReps.next(savedState, presentToday::contains);   // store pick.state() with the owner
    RecordAssigned event = RecordAssigned.of(tenant, account.ref(), pick.decision(), clock);
    // readme:territories:end

    assertThat(in).extracting(TerritoryMembership::explanation)
        .containsExactly("dach by rule 'dach-mid': country AT in [AT, CH, DE], employees 250 in [100, 999]");
    assertThat(routing.decide(AccountProfile.of(account)).assignee()).contains(AssignmentTarget.queue("dach"));
    assertThat(event.assignee()).isEqualTo(AssignmentTarget.user("u-2"));
    assertThat(event.reason()).isEqualTo("first turn; skipped u-1 (absent)");
  }

  @Test
  void routes() {
    List<Located<RecordRef>> locatedAccounts = List.of(
        new Located<>(new RecordRef("account", "near"), GeoPoint.of(48.2, 11.6)),
        new Located<>(new RecordRef("account", "far"), GeoPoint.of(52.52, 13.405)));
    // readme:routes:begin
    LocalDateTime day = LocalDateTime.of(2026, 3, 2, 8, 30);
    GeoPoint office = GeoPoint.of(48.137, 11.575);
    List<Stop> stops = List.of(
        Stop.of("ACME", GeoPoint.of(48.20, 11.60), Duration.ofMinutes(45)),
        Stop.of("Globex", GeoPoint.of(48.05, 11.45), Duration.ofMinutes(30))
            .withWindow(TimeWindow.of(day.withHour(10), day.withHour(11))));
    RoutePlan plan = RoutePlanner.standard().plan(RouteRequest.of(office, day, stops, 40.0).withEnd(office));
    System.out.print(plan.explanation());

    List<Nearby<RecordRef>> close = NearbySearch.of(locatedAccounts).within(office, 25.0);   // nearest first
    // readme:routes:end

    assertThat(plan.order()).containsExactlyInAnyOrder("ACME", "Globex");
    assertThat(plan.missedWindows()).isEmpty();
    assertThat(close).extracting(n -> n.item().id()).containsExactly("near");
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String source = Files.readString(Path.of("src/test/java/io/crmkit/sales/TerritoryGeoReadmeSnippetTest.java"));
    for (String name : List.of("territories", "routes")) {
      int marker = readme.indexOf("TerritoryGeoReadmeSnippetTest.java#" + name);
      assertThat(marker).as("README marker for %s", name).isPositive();
      int start = readme.indexOf("```java\n", marker) + "```java\n".length();
      List<String> snippet = lines(readme.substring(start, readme.indexOf("```", start)));
      int from = source.indexOf("// readme:" + name + ":begin");
      List<String> code = lines(source.substring(source.indexOf('\n', from) + 1, source.indexOf("// readme:" + name + ":end")));
      assertThat(snippet).as(name).isNotEmpty().isEqualTo(code);
    }
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
