package io.crmkit.core.view;

import static io.crmkit.core.view.ViewFixture.ACME;
import static io.crmkit.core.view.ViewFixture.GLOBEX;
import static io.crmkit.core.view.ViewFixture.SAM;
import static io.crmkit.core.view.ViewFixture.T0;
import static io.crmkit.core.view.ViewFixture.account;
import static io.crmkit.core.view.ViewFixture.contact;
import static io.crmkit.core.view.ViewFixture.logged;
import static io.crmkit.core.view.ViewFixture.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.Direction;
import io.crmkit.core.activity.TimelineEntry;
import io.crmkit.core.audit.Audit;
import io.crmkit.core.audit.Auditor;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.ConsentState;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.event.ChangeKind;
import io.crmkit.core.event.InProcessEventPublisher;
import io.crmkit.core.event.RecordChanged;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.party.RelationshipId;
import io.crmkit.core.party.RelationshipRole;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CustomerViewsTest {
  final ViewFixture.TestClock clock = new ViewFixture.TestClock(T0);
  final InMemoryStore store = InMemoryStore.create();
  final TenantStore acme = store.forTenant(ACME);
  final AccountId acmeCorp = new AccountId("a-acme");
  final RecordRef ada = new RecordRef("contact", "c-ada");
  final RecordRef grace = new RecordRef("contact", "c-grace");
  final RecordRef acmeRef = new RecordRef("account", "a-acme");
  CustomerViews views;

  @BeforeEach
  void seed() {
    acme.repository(Account.TYPE).insert(account(ACME, "a-acme", "ACME Corp", clock));
    acme.repository(Account.TYPE).insert(account(ACME, "a-old", "Old Co", clock));
    acme.repository(Contact.TYPE).insert(contact(ACME, "c-ada", "Ada", "Lovelace", Optional.of(acmeCorp), clock));
    acme.repository(Contact.TYPE).insert(contact(ACME, "c-grace", "Grace", "Hopper", Optional.of(acmeCorp), clock));
    // a contact of no account who works for ACME by relationship only
    acme.repository(Contact.TYPE).insert(contact(ACME, "c-zoe", "Zoë", "Ó Briain", Optional.empty(), clock));
    Repository<PartyRelationship, RelationshipId> rels = acme.repository(PartyRelationship.TYPE);
    rels.insert(PartyRelationship.worksFor(new RelationshipId("r-1"), ACME, new ContactId("c-ada"), acmeCorp).withTitle("CTO"));
    rels.insert(PartyRelationship.worksFor(new RelationshipId("r-2"), ACME, new ContactId("c-grace"), acmeCorp).withTitle("CEO"));
    rels.insert(PartyRelationship.worksFor(new RelationshipId("r-3"), ACME, new ContactId("c-zoe"), acmeCorp));
    rels.insert(PartyRelationship.reportsTo(new RelationshipId("r-4"), ACME, new ContactId("c-ada"), new ContactId("c-grace")));
    rels.insert(PartyRelationship.reportsTo(new RelationshipId("r-5"), ACME, new ContactId("c-zoe"), new ContactId("c-ada")));
    rels.insert(PartyRelationship.worksFor(new RelationshipId("r-6"), ACME, new ContactId("c-ada"), new AccountId("a-old"))
        .withFromDate(LocalDate.parse("2020-01-01")).withThruDate(LocalDate.parse("2023-12-31")));
    Repository<Activity, ActivityId> activities = acme.repository(Activity.TYPE);
    activities.insert(task(ACME, "t-quote", "Send the quote", List.of(ada), T0));
    activities.insert(Activity.call(new ActivityId("k-intro"), ACME, "Intro call", SAM, List.of(ada), Direction.OUTBOUND,
        T0.minus(Duration.ofDays(3)), Optional.empty(), T0.minus(Duration.ofDays(3))).complete(T0.minus(Duration.ofDays(3))));
    activities.insert(task(ACME, "t-grace", "Board deck", List.of(grace), T0));
    activities.insert(task(ACME, "t-acme", "Renewal", List.of(acmeRef), T0));
    ConsentLedger ledger = ConsentLedger.of(acme, clock);
    ledger.grant(ada, Channel.EMAIL, Purpose.MARKETING, LegalBasis.CONSENT, "form", true, Optional.empty());
    ledger.grant(ada, Channel.EMAIL, Purpose.SERVICE, LegalBasis.CONTRACT, "signup", false, Optional.empty());
    clock.advance(Duration.ofMinutes(5));
    views = CustomerViews.builder(store).clock(clock).build();
  }

  @Nested
  @DisplayName("a contact's view")
  class ContactView {
    @Test
    void holdsTheContactItsAccountColleaguesAndRelationshipsInBothDirections() {
      CustomerView v = views.view(ACME, ada);
      assertThat(v.subject()).isEqualTo(ada);
      assertThat(v.contact()).map(Contact::ref).contains(ada);
      assertThat(v.account()).map(Account::name).contains("ACME Corp");
      assertThat(v.people()).extracting(c -> c.id().value()).containsExactly("c-ada", "c-grace", "c-zoe");
      assertThat(v.relationships()).extracting(r -> r.id().value()).containsExactlyInAnyOrder("r-1", "r-4", "r-5", "r-6");
      assertThat(v.nameOf(new RecordRef("account", "a-old"))).isEqualTo("Old Co");
      assertThat(v.displayName()).isEqualTo("Ada Lovelace");
      assertThat(v.contactPoints()).extracting(p -> p.normalized()).containsExactly("ada@example.com");
      assertThat(v.assembledAt()).isEqualTo(clock.instant());
    }

    @Test
    void drawsTheAccountsOrgChartOnTheDay() {
      CustomerView v = views.view(ACME, ada);
      assertThat(v.orgChart()).hasValueSatisfying(chart -> {
        assertThat(chart.roots()).containsExactly(new ContactId("c-grace"));
        assertThat(chart.managerOf(new ContactId("c-zoe"))).contains(new ContactId("c-ada"));
        assertThat(chart.on()).isEqualTo(LocalDate.parse("2026-01-15"));
      });
    }

    @Test
    void listsOpenActivitiesOfTheContactAndItsAccountButNotOfColleagues() {
      CustomerView v = views.view(ACME, ada);
      assertThat(v.openActivities()).extracting(a -> a.id().value()).containsExactlyInAnyOrder("t-quote", "t-acme");
      assertThat(v.timeline()).extracting(TimelineEntry::kind).contains(TimelineEntry.Kind.ACTIVITY, TimelineEntry.Kind.CONSENT);
      assertThat(v.timeline()).extracting(TimelineEntry::summary).contains("Call (outbound): Intro call").doesNotContain("Task: Board deck");
      assertThat(v.timeline()).isSortedAccordingTo(TimelineEntry.NEWEST_FIRST);
    }

    @Test
    void summarisesConsentPerChannelAndPurpose() {
      CustomerView v = views.view(ACME, ada);
      assertThat(v.consent()).extracting(d -> d.purpose().value() + "=" + d.state())
          .containsExactly("marketing=" + ConsentState.PENDING_CONFIRMATION, "service=" + ConsentState.GRANTED);
    }

    @Test
    void dependsOnEverythingItWasReadFrom() {
      CustomerView v = views.view(ACME, ada);
      assertThat(v.dependsOn()).contains(
          ada, acmeRef, grace, new RecordRef("contact", "c-zoe"), new RecordRef("account", "a-old"),
          new RecordRef("party_relationship", "r-6"), new RecordRef("activity", "t-quote"), new RecordRef("activity", "k-intro"));
    }
  }

  @Test
  void anAccountsViewHoldsItsPeopleAndTheirOpenWork() {
    CustomerView v = views.view(ACME, acmeRef);
    assertThat(v.contact()).isEmpty();
    assertThat(v.account()).map(Account::ref).contains(acmeRef);
    assertThat(v.people()).extracting(Contact::ref).containsExactly(ada, grace, new RecordRef("contact", "c-zoe"));
    assertThat(v.relationships()).extracting(r -> r.id().value()).containsExactlyInAnyOrder("r-1", "r-2", "r-3");
    assertThat(v.openActivities()).extracting(a -> a.id().value()).containsExactlyInAnyOrder("t-quote", "t-grace", "t-acme");
    assertThat(v.consent()).isEmpty();
  }

  @Nested
  @DisplayName("the cache")
  class Cache {
    @Test
    void servesTheSameViewUntilAnEventTouchesIt() {
      CustomerView first = views.view(ACME, ada);
      // written without an event: the cached view does not see it yet
      RecordChanged change = logged(acme, task(ACME, "t-new", "Follow up", List.of(ada), clock.instant()), clock.instant());
      assertThat(views.view(ACME, ada)).isSameAs(first);

      views.onEvent(change);

      CustomerView second = views.view(ACME, ada);
      assertThat(second).isNotSameAs(first);
      assertThat(second.openActivities()).extracting(a -> a.id().value()).contains("t-new");
      assertThat(views.view(ACME, ada)).isSameAs(second);
    }

    @Test
    void keepsViewsThatTheEventDoesNotTouch() {
      CustomerView adaView = views.view(ACME, ada);
      views.view(ACME, new RecordRef("contact", "c-grace"));
      Contact solo = acme.repository(Contact.TYPE).insert(contact(ACME, "c-solo", "Solo", "Han", Optional.empty(), clock));
      CustomerView soloView = views.view(ACME, solo.ref());

      views.onEvent(logged(acme, task(ACME, "t-solo", "Call Solo", List.of(solo.ref()), clock.instant()), clock.instant()));

      assertThat(views.view(ACME, ada)).isSameAs(adaView);
      assertThat(views.view(ACME, solo.ref())).isNotSameAs(soloView);
    }

    @Test
    void dropsAColleaguesViewWhenTheOrgChartChanges() {
      CustomerView graceView = views.view(ACME, grace);
      views.onEvent(new RecordChanged(ACME, new RecordRef("contact", "c-zoe"), ChangeKind.UPDATED, Set.of(), "sam", clock.instant()));
      assertThat(views.view(ACME, grace)).isNotSameAs(graceView);
    }

    @Test
    void followsTheBusWhenListening() {
      InProcessEventPublisher bus = new InProcessEventPublisher();
      try (var subscription = views.listenTo(bus)) {
        CustomerView first = views.view(ACME, ada);
        Repository<Activity, ActivityId> audited = Audit.audited(
            acme.repository(Activity.TYPE), acme, Auditor.of("sam", clock, bus), a -> Set.copyOf(a.links()));
        audited.insert(task(ACME, "t-bus", "Prepare demo", List.of(ada), clock.instant()));
        CustomerView second = views.view(ACME, ada);
        assertThat(second).isNotSameAs(first);
        assertThat(second.openActivities()).extracting(a -> a.id().value()).contains("t-bus");

        // a consent event is itself a domain event naming its party
        ConsentLedger ledger = new ConsentLedger(ACME, acme.repository(ConsentEvent.TYPE), clock, IdGenerator.uuidV7(clock), bus);
        clock.advance(Duration.ofMinutes(1));
        ledger.confirm(ada, Channel.EMAIL, Purpose.MARKETING, "link", Optional.empty());
        assertThat(views.view(ACME, ada).consent()).extracting(d -> d.purpose().value() + "=" + d.state())
            .contains("marketing=" + ConsentState.GRANTED);
      }
      assertThat(bus.subscriberCount()).isZero();
    }

    @Test
    void expiresViewsAfterTheConfiguredTime() {
      CustomerViews shortLived = CustomerViews.builder(store).clock(clock).expireAfter(Duration.ofMinutes(1)).build();
      CustomerView first = shortLived.view(ACME, ada);
      clock.advance(Duration.ofSeconds(30));
      assertThat(shortLived.view(ACME, ada)).isSameAs(first);
      clock.advance(Duration.ofSeconds(31));
      assertThat(shortLived.view(ACME, ada)).isNotSameAs(first);
    }

    @Test
    void withSizeZeroAssemblesEveryTime() {
      CustomerViews uncached = CustomerViews.builder(store).clock(clock).maximumSize(0).build();
      assertThat(uncached.view(ACME, ada)).isNotSameAs(uncached.view(ACME, ada));
      assertThat(uncached.cachedViews()).isZero();
    }
  }

  @Nested
  @DisplayName("tenants")
  class Tenants {
    @Test
    void neverServeOrDropAViewAcrossTenants() {
      TenantStore globex = store.forTenant(GLOBEX);
      // the same ids in another tenant hold other people
      globex.repository(Contact.TYPE).insert(contact(GLOBEX, "c-ada", "Adele", "Goldberg", Optional.empty(), clock));

      CustomerView acmeView = views.view(ACME, ada);
      CustomerView globexView = views.view(GLOBEX, ada);
      assertThat(acmeView.displayName()).isEqualTo("Ada Lovelace");
      assertThat(globexView.displayName()).isEqualTo("Adele Goldberg");
      assertThat(globexView.account()).isEmpty();
      assertThat(globexView.openActivities()).isEmpty();
      assertThat(globexView.consent()).isEmpty();

      // an event in globex about "contact:c-ada" leaves acme's view alone, and the other way round
      views.onEvent(logged(globex, task(GLOBEX, "t-g", "Globex task", List.of(ada), clock.instant()), clock.instant()));
      assertThat(views.view(ACME, ada)).isSameAs(acmeView);
      CustomerView globexAgain = views.view(GLOBEX, ada);
      assertThat(globexAgain).isNotSameAs(globexView);
      assertThat(globexAgain.openActivities()).extracting(a -> a.id().value()).containsExactly("t-g");
    }

    @Test
    void aSubjectOfAnotherTenantIsNotFound() {
      assertThatThrownBy(() -> views.view(GLOBEX, acmeRef))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("account a-acme not found");
    }
  }

  @Test
  void anUnknownSubjectIsNotFoundAndOtherTypesAreRefused() {
    assertThatThrownBy(() -> views.view(ACME, new RecordRef("contact", "c-nobody")))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.entityType()).isEqualTo("contact");
          assertThat(e.id()).isEqualTo("c-nobody");
        });
    assertThatThrownBy(() -> views.view(ACME, new RecordRef("lead", "l-1")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains("contact or an account", "lead"));
    assertThat(views.cachedViews()).isZero();
  }

  @Nested
  @DisplayName("contributors")
  class Contributors {
    final RecordRef opportunity = new RecordRef("opportunity", "o-1");

    CustomerViewContributor opportunities(AtomicInteger calls) {
      return new CustomerViewContributor() {
        @Override
        public String section() {
          return "opportunities";
        }

        @Override
        public Optional<ViewSection> contribute(TenantStore store, CustomerView view) {
          calls.incrementAndGet();
          if (view.contact().isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(new ViewSection("opportunities", "Open opportunities", List.of(opportunity),
              Set.of(opportunity), List.of("Renewal 2026 for " + view.displayName() + " in " + store.tenantId())));
        }
      };
    }

    @Test
    void addTheirSectionsInOrderAndTheirDependencies() {
      AtomicInteger calls = new AtomicInteger();
      CustomerViews withSections = CustomerViews.builder(store).clock(clock)
          .contributor(opportunities(calls))
          .contributor(new StaticSection("scores", "Scores", List.of("RFM 5-4-5")))
          .build();

      CustomerView v = withSections.view(ACME, ada);
      assertThat(v.sections()).extracting(ViewSection::name).containsExactly("opportunities", "scores");
      assertThat(v.section("opportunities")).map(ViewSection::lines).contains(List.of("Renewal 2026 for Ada Lovelace in acme"));
      assertThat(v.dependsOn()).contains(opportunity);
      assertThat(withSections.view(ACME, acmeRef).sections()).extracting(ViewSection::name).containsExactly("scores");

      // a change of the opportunity drops the contact's view, which asks the contributor again
      int before = calls.get();
      withSections.onEvent(new RecordChanged(ACME, opportunity, ChangeKind.UPDATED, Set.of(), "sam", clock.instant()));
      withSections.view(ACME, ada);
      assertThat(calls.get()).isEqualTo(before + 1);
    }

    @Test
    void mustReturnTheSectionTheyNameAndNotClaimOneTwice() {
      CustomerViews liar = CustomerViews.builder(store).clock(clock)
          .contributor(new StaticSection("cases", "Cases", List.of()) {
            @Override
            public String section() {
              return "tickets";
            }
          })
          .build();
      assertThatThrownBy(() -> liar.view(ACME, ada)).isInstanceOf(ValidationException.class).hasMessageContaining("'tickets'", "'cases'");

      assertThatThrownBy(() -> CustomerViews.builder(store).clock(clock)
              .contributor(new StaticSection("cases", "Cases", List.of()))
              .contributor(new StaticSection("cases", "More cases", List.of()))
              .build())
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("'cases'");
    }
  }

  @Test
  void theBuilderRequiresAClockAndSaneLimits() {
    assertThatThrownBy(() -> CustomerViews.builder(store).build()).isInstanceOf(NullPointerException.class).hasMessage("clock");
    assertThatThrownBy(() -> CustomerViews.builder(store).maximumSize(-1)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> CustomerViews.builder(store).expireAfter(Duration.ZERO)).isInstanceOf(ValidationException.class);
  }

  @Test
  void rendersAsReadableText() {
    CustomerViews withScores = CustomerViews.builder(store).clock(clock)
        .contributor(new StaticSection("scores", "Scores", List.of("RFM 5-4-5"))).build();
    String text = CustomerViewText.render(withScores.view(ACME, ada), ZoneId.of("Europe/Berlin"));

    assertThat(text).startsWith("Customer view: Ada Lovelace (contact)\nassembled 2026-01-15 11:05 Europe/Berlin\n");
    assertThat(text).contains(
        "\nContact\n-------\n", "\nAccount\n-------\n", "\nContact points\n", "\nRelationships\n", "\nOrg chart\n",
        "\nOpen activities\n", "\nConsent\n", "\nTimeline (newest first)\n", "\nScores\n------\n  RFM 5-4-5\n");
    // key/value lines are aligned within a section
    assertThat(text).contains("  Name          Ada Lovelace\n", "  Relationship  other\n");
    assertThat(text).contains("Ada Lovelace works for Old Co", "2020-01-01 – 2023-12-31  past");
    assertThat(text).contains("- Grace Hopper (CEO)\n", "    - Ada Lovelace (CTO)\n", "      - Zoë Ó Briain\n");
    // local times: 10:00 UTC is 11:00 in Berlin; the call three days earlier is on the timeline
    assertThat(text).contains("2026-01-12 11:00  Call (outbound): Intro call");
    assertThat(text).contains("EMAIL / marketing", "not allowed — pending confirmation");
    assertThat(text.indexOf("Send the quote")).isPositive();
  }

  /** A contributor that always adds the same lines. */
  static class StaticSection implements CustomerViewContributor {
    private final String name;
    private final String title;
    private final List<String> lines;

    StaticSection(String name, String title, List<String> lines) {
      this.name = name;
      this.title = title;
      this.lines = lines;
    }

    @Override
    public String section() {
      return name;
    }

    @Override
    public Optional<ViewSection> contribute(TenantStore store, CustomerView view) {
      return Optional.of(ViewSection.ofLines(name, title, lines));
    }
  }
}
