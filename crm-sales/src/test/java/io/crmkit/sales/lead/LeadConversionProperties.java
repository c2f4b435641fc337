package io.crmkit.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.Repository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Conversion keeps everything it moves, and happens completely or not at all. */
class LeadConversionProperties {
  private static final List<EntityType<?, ?>> TYPES =
      List.of(Lead.TYPE, Account.TYPE, Contact.TYPE, Activity.TYPE, Membership.TYPE);

  /** Which of three records (0 = the lead converted, 1 = another lead, 2 = a contact) an item links to. */
  record Item(List<Integer> links, boolean open) {}

  /** A tenant's data around one lead, and how the conversion is asked for. */
  record Scenario(List<Item> activities, List<Item> memberships, boolean matchable, int failAt, boolean withOpportunity) {}

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<Item> activity = Combinators.combine(
            Arbitraries.integers().between(0, 2).set().ofMinSize(1).ofMaxSize(3).map(s -> s.stream().sorted().toList()),
            Arbitraries.of(true, false))
        .as(Item::new);
    Arbitrary<Item> membership = Combinators.combine(Arbitraries.integers().between(0, 2).map(List::of), Arbitraries.of(true))
        .as(Item::new);
    return Combinators.combine(
            activity.list().ofMaxSize(8), membership.list().ofMaxSize(5), Arbitraries.of(true, false),
            Arbitraries.integers().between(-1, 2), Arbitraries.of(true, false))
        .as(Scenario::new);
  }

  /** Data set up for one scenario. */
  private static final class World {
    final Fixture f = new Fixture();
    final Lead lead;
    final List<RecordRef> parties = new ArrayList<>();
    final Repository<Membership, Membership.Id> memberships = f.tenant.repository(Membership.TYPE);

    World(Scenario s) {
      if (s.matchable()) {
        Account a = f.account("Analytical Engines", Optional.of("engines.example"));
        f.contact(PersonName.of("Ada", "Lovelace"), Optional.of("ada@engines.example"), Optional.of(a.id()));
      }
      lead = f.qualified(f.draft("Ada", "Lovelace").company("Analytical Engines Ltd").companyDomain("engines.example")
          .email(ContactPoint.email("ada@engines.example", ContactPoint.Purpose.WORK)));
      Lead other = f.qualified(f.draft("Charles", "Babbage"));
      Contact someone = f.contact(PersonName.of("Mary", "Somerville"), Optional.empty(), Optional.empty());
      parties.addAll(List.of(lead.ref(), other.ref(), someone.ref()));
      for (Item i : s.activities()) {
        RecordRef[] links = i.links().stream().map(parties::get).toArray(RecordRef[]::new);
        if (i.open()) {
          f.task(links);
        } else {
          f.note(links);
        }
      }
      int n = 0;
      for (Item i : s.memberships()) {
        memberships.insert(new Membership(
            new Membership.Id("m-" + n), Fixture.TENANT, 0, parties.get(i.links().get(0)), "campaign-" + (n++ % 2)));
      }
    }

    /** Moves the lead's memberships to the contact, as crm-marketing's participant will. */
    ConversionParticipant membershipMover() {
      return participant("campaign_memberships", c -> {
        List<RecordRef> moved = new ArrayList<>();
        for (Membership m : memberships.query(Criteria.eq(Membership.PARTY, c.lead().ref().toString()))) {
          memberships.update(m.withParty(c.contact().ref()));
          moved.add(RecordRef.of(Membership.TYPE.name(), m.id()));
        }
        return ConversionContribution.records(moved);
      });
    }

    LeadConversion conversion(Scenario s, boolean failing) {
      LeadConversion.Builder b = f.conversion();
      List<ConversionParticipant> ps = new ArrayList<>(List.of(membershipMover(), participant("opportunities", c -> {
        if (!c.request().wantsOpportunity()) {
          return ConversionContribution.none();
        }
        var id = c.ids().next(io.crmkit.sales.opportunity.OpportunityId::new);
        return ConversionContribution.opportunity(id, List.of(RecordRef.of("opportunity", id)));
      })));
      if (failing) {
        ps.add(Math.max(0, s.failAt()), participant("failing", c -> {
          throw new IllegalStateException("the participant's own store is down");
        }));
      }
      ps.forEach(b::participant);
      return b.build();
    }

    ConversionRequest request(Scenario s) {
      ConversionRequest r = ConversionRequest.of(lead.id(), lead.version(), "u-7");
      return s.withOpportunity() ? r.withOpportunity("Difference engine") : r;
    }
  }

  private static ConversionParticipant participant(String name, java.util.function.Function<ConversionContext, ConversionContribution> body) {
    return new ConversionParticipant() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public ConversionContribution participate(ConversionContext context) {
        return body.apply(context);
      }
    };
  }

  @Property(tries = 150)
  void conversionNeverLosesAnActivityOrAMembership(@ForAll("scenarios") Scenario s) {
    World w = new World(s);
    Repository<Activity, io.crmkit.core.activity.ActivityId> activities = w.f.tenant.repository(Activity.TYPE);
    List<Activity> before = activities.query(Criteria.all());
    List<Membership> membersBefore = w.memberships.query(Criteria.all());

    ConversionResult r = w.conversion(s, false).convert(w.request(s));

    RecordRef contact = r.contact().ref();
    RecordRef account = r.account().ref();
    assertThat(activities.count(Criteria.all())).isEqualTo(before.size());
    for (Activity a : before) {
      Activity now = activities.get(a.id());
      List<RecordRef> expected = new ArrayList<>();
      for (RecordRef l : a.links()) {
        if (l.equals(w.lead.ref())) {
          expected.add(contact);
          expected.add(account);
        } else {
          expected.add(l);
        }
      }
      assertThat(now.links()).containsExactlyElementsOf(expected.stream().distinct().toList());
      assertThat(now.links()).doesNotContain(w.lead.ref());
      boolean moved = a.links().contains(w.lead.ref());
      assertThat(now.owner()).isEqualTo(moved && a.isOpen() ? Owner.user("u-7") : a.owner());
      assertThat(now.status()).isEqualTo(a.status());
      assertThat(r.event().movedActivities().contains(a.id())).isEqualTo(moved);
    }
    assertThat(w.memberships.count(Criteria.all())).isEqualTo(membersBefore.size());
    for (Membership m : membersBefore) {
      Membership now = w.memberships.get(m.id());
      assertThat(now.party()).isEqualTo(m.party().equals(w.lead.ref()) ? contact : m.party());
      assertThat(now.campaign()).isEqualTo(m.campaign());
    }
    assertThat(r.event().contributions().get("campaign_memberships"))
        .hasSize((int) membersBefore.stream().filter(m -> m.party().equals(w.lead.ref())).count());
    assertThat(r.lead().isConverted()).isTrue();
    assertThat(r.contactResolution()).isEqualTo(s.matchable() ? PartyResolution.MATCHED : PartyResolution.CREATED);
  }

  @Property(tries = 150)
  void aFailingParticipantLeavesTheStoreExactlyAsBefore(@ForAll("scenarios") Scenario s) {
    World w = new World(s);
    Map<String, Object> before = w.f.snapshot(TYPES);
    int events = w.f.events.size();
    assertThatThrownBy(() -> w.conversion(s, true).convert(w.request(s)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("store is down");
    assertThat(w.f.snapshot(TYPES)).isEqualTo(before);
    assertThat(w.f.events).hasSize(events);
    // and the same conversion without the failure then succeeds from that state
    assertThat(w.conversion(s, false).convert(w.request(s)).lead().isConverted()).isTrue();
  }

  @Property(tries = 150)
  void lifecycleStageOnlyMovesForward(
      @ForAll LifecycleStage start, @ForAll("stageMoves") List<LifecycleStage> moves) {
    Fixture f = new Fixture();
    Lead lead = f.leads.create(f.draft("Ada", "Lovelace").stage(start).build(), "u-1").lead();
    for (LifecycleStage next : moves) {
      LifecycleStage was = lead.stage();
      if (was.canAdvanceTo(next)) {
        lead = f.leads.advanceStage(lead.id(), lead.version(), next, "u-1").lead();
        assertThat(lead.stage()).isEqualTo(next);
      } else {
        Lead current = lead;
        assertThatThrownBy(() -> f.leads.advanceStage(current.id(), current.version(), next, "u-1"))
            .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> f.leads.update(current.toBuilder().stage(next).build(), "u-1"))
            .isInstanceOf(IllegalTransitionException.class);
        lead = f.leads.find(lead.id()).orElseThrow();
        assertThat(lead).isEqualTo(current);
      }
      assertThat(lead.stage().ordinal()).isGreaterThanOrEqualTo(was.ordinal());
    }
    List<LifecycleStageChanged> changes = f.events.stream()
        .filter(LifecycleStageChanged.class::isInstance).map(LifecycleStageChanged.class::cast).toList();
    assertThat(changes).allSatisfy(c -> {
      assertThat(c.to().ordinal()).isGreaterThan(c.from().ordinal());
      assertThat(c.isReset()).isFalse();
    });
  }

  @Provide
  Arbitrary<List<LifecycleStage>> stageMoves() {
    return Arbitraries.of(LifecycleStage.class).list().ofMaxSize(10);
  }
}
