package io.crmkit.core.view;

import static io.crmkit.core.view.ViewFixture.ACME;
import static io.crmkit.core.view.ViewFixture.GLOBEX;
import static io.crmkit.core.view.ViewFixture.SAM;
import static io.crmkit.core.view.ViewFixture.T0;
import static io.crmkit.core.view.ViewFixture.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CustomerViewProperties {

  @Property(tries = 100)
  void theViewOfAContactShowsAllItsContactPoints(@ForAll("contactPoints") List<ContactPoint> points) {
    ViewFixture.TestClock clock = new ViewFixture.TestClock(T0);
    InMemoryStore store = InMemoryStore.create();
    Contact saved = store.forTenant(ACME).repository(Contact.TYPE).insert(
        Contact.builder(new ContactId("c-1"), ACME).name(PersonName.of("Ann", "Lee")).owner(SAM)
            .contactPoints(points).timestamps(clock).build());
    CustomerView view = CustomerViews.builder(store).clock(clock).build().view(ACME, saved.ref());
    assertThat(view.contactPoints()).containsExactlyElementsOf(points);
    String text = CustomerViewText.render(view);
    points.forEach(p -> assertThat(text).contains(p.normalized()));
  }

  /**
   * Whatever is written in whichever tenant, as long as every write's event reaches the service, a (possibly
   * cached) view shows exactly the open activities linked to its subject in its own tenant.
   */
  @Property(tries = 50)
  void aViewIsNeverStaleAfterTheEventsOfTheWrites(@ForAll("writes") List<Write> writes) {
    ViewFixture.TestClock clock = new ViewFixture.TestClock(T0);
    InMemoryStore store = InMemoryStore.create();
    List<TenantId> tenants = List.of(ACME, GLOBEX);
    List<RecordRef> people = new ArrayList<>();
    for (TenantId t : tenants) {
      for (int i = 0; i < 3; i++) {
        store.forTenant(t).repository(Contact.TYPE).insert(ViewFixture.contact(t, "c-" + i, "P" + i, t.value(), java.util.Optional.empty(), clock));
      }
    }
    for (int i = 0; i < 3; i++) {
      people.add(new RecordRef("contact", "c-" + i));
    }
    CustomerViews views = CustomerViews.builder(store).clock(clock).build();
    Map<String, Set<String>> expected = new HashMap<>();
    int n = 0;
    for (Write w : writes) {
      TenantId tenant = tenants.get(w.tenant());
      RecordRef who = people.get(w.person());
      if (w.isRead()) {
        CustomerView v = views.view(tenant, who);
        assertThat(v.openActivities()).extracting(a -> a.id().value())
            .containsExactlyInAnyOrderElementsOf(expected.getOrDefault(tenant + "/" + who, Set.of()));
      } else {
        TenantStore ts = store.forTenant(tenant);
        String id = "t-" + n++;
        views.onEvent(ViewFixture.logged(ts, task(tenant, id, "Task " + id, List.of(who), clock.instant()), clock.instant()));
        expected.computeIfAbsent(tenant + "/" + who, k -> new TreeSet<>()).add(id);
      }
      clock.advance(Duration.ofSeconds(1));
    }
  }

  /** A read of a view or a new task, in tenant 0 or 1, for person 0 to 2. */
  record Write(boolean isRead, int tenant, int person) {}

  @Provide
  Arbitrary<List<Write>> writes() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 2))
        .as(Write::new)
        .list()
        .ofMaxSize(30);
  }

  @Provide
  Arbitrary<List<ContactPoint>> contactPoints() {
    Arbitrary<ContactPoint> email = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789._-").ofMinLength(1).ofMaxLength(12)
        .map(local -> ContactPoint.email(local + "@example.org", ContactPoint.Purpose.WORK));
    Arbitrary<ContactPoint> phone = Arbitraries.of("+49 30 1234567", "+44 20 7946 0958", "+1 212 555 0100", "030 9876543")
        .map(p -> ContactPoint.phone(p, "DE", ContactPoint.Purpose.MOBILE));
    Arbitrary<ContactPoint> social = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)
        .map(h -> ContactPoint.social("mastodon", "@" + h));
    return Arbitraries.oneOf(email, phone, social).list().ofMaxSize(6)
        .uniqueElements(p -> p.kind() + p.normalized())
        .map(CustomerViewProperties::withOnePrimaryPerKind);
  }

  private static List<ContactPoint> withOnePrimaryPerKind(List<ContactPoint> points) {
    Set<ContactPoint.Kind> seen = new java.util.HashSet<>();
    List<ContactPoint> out = new ArrayList<>();
    for (ContactPoint p : points) {
      out.add(seen.add(p.kind()) ? p.asPrimary() : p);
    }
    return out;
  }
}
