package io.crmkit.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.PostalAddress;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.view.CustomerView;
import io.crmkit.core.view.CustomerViews;
import io.crmkit.sales.opportunity.OpportunityId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeadConversionTest {
  private static final List<EntityType<?, ?>> TYPES = List.of(Lead.TYPE, Account.TYPE, Contact.TYPE, Activity.TYPE);

  private final Fixture f = new Fixture();

  private Lead.Builder grace() {
    return f.draft("Grace", "Hopper").company("Remington Rand Inc.").jobTitle("Rear Admiral").industry("Computing")
        .companyDomain("remington.example")
        .email(ContactPoint.email("grace@remington.example", ContactPoint.Purpose.WORK))
        .phone(ContactPoint.phone("+1 202 555 0143", "US", ContactPoint.Purpose.WORK))
        .address(PostalAddress.of(List.of("1 Main St"), "Philadelphia", "19104", "US"));
  }

  /** Creates the opportunity when asked, as the opportunities module will. */
  private static ConversionParticipant opportunities() {
    return new ConversionParticipant() {
      @Override
      public String name() {
        return "opportunities";
      }

      @Override
      public ConversionContribution participate(ConversionContext c) {
        if (!c.request().wantsOpportunity()) {
          return ConversionContribution.none();
        }
        OpportunityId id = c.ids().next(OpportunityId::new);
        return ConversionContribution.opportunity(id, List.of(RecordRef.of("opportunity", id)));
      }
    };
  }

  @Test
  @DisplayName("with nothing to match, a new account and contact are made from the lead's values")
  void createsNew() {
    Lead lead = f.qualified(grace());
    ConversionResult r = f.conversion().build().convert(ConversionRequest.of(lead.id(), lead.version(), "u-7"));
    assertThat(r.accountResolution()).isEqualTo(PartyResolution.CREATED);
    assertThat(r.contactResolution()).isEqualTo(PartyResolution.CREATED);
    assertThat(r.account().name()).isEqualTo("Remington Rand Inc.");
    assertThat(r.account().domain()).contains("remington.example");
    assertThat(r.account().industry()).contains("Computing");
    assertThat(r.contact().name()).isEqualTo(lead.name());
    assertThat(r.contact().account()).contains(r.account().id());
    assertThat(r.contact().jobTitle()).contains("Rear Admiral");
    assertThat(r.contact().primaryEmail()).contains("grace@remington.example");
    assertThat(r.contact().primaryPhone()).contains("+12025550143");
    assertThat(r.contact().owner()).isEqualTo(lead.owner());
    assertThat(r.lead().status()).isEqualTo(LeadLifecycle.CONVERTED);
    assertThat(r.lead().stage()).isEqualTo(LifecycleStage.SALES_QUALIFIED_LEAD);
    assertThat(r.lead().conversion()).contains(
        new ConversionInfo(f.clock.instant(), "u-7", r.account().id(), r.contact().id(), Optional.empty()));
    assertThat(r.opportunity()).isEmpty();
    assertThat(f.events).endsWith(r.event());
  }

  @Test
  @DisplayName("an existing account (by domain) and contact (by e-mail) are reused, filling only their empty fields")
  void reusesMatches() {
    Account remington = f.account("Remington Rand", Optional.of("remington.example"));
    Contact existing = f.contact(PersonName.of("Grace", "Hopper"), Optional.of("grace@remington.example"), Optional.empty());
    Lead lead = f.qualified(grace());
    ConversionResult r = f.conversion().build().convert(ConversionRequest.of(lead.id(), lead.version(), "u-7"));
    assertThat(r.accountResolution()).isEqualTo(PartyResolution.MATCHED);
    assertThat(r.contactResolution()).isEqualTo(PartyResolution.MATCHED);
    assertThat(r.account().id()).isEqualTo(remington.id());
    assertThat(r.account().name()).isEqualTo("Remington Rand");            // kept, not overwritten
    assertThat(r.account().industry()).contains("Computing");             // was empty: filled
    assertThat(r.contact().id()).isEqualTo(existing.id());
    assertThat(r.contact().account()).contains(remington.id());          // was empty: filled
    assertThat(r.contact().jobTitle()).contains("Rear Admiral");
    assertThat(r.contact().emails()).containsExactly("grace@remington.example");
    assertThat(r.contact().primaryPhone()).contains("+12025550143");
    assertThat(r.accountMatch()).hasValueSatisfying(m -> assertThat(m.explanation()).contains("domain"));
    assertThat(r.contactMatch()).hasValueSatisfying(m -> assertThat(m.id()).isEqualTo(existing.id()));
    assertThat(f.tenant.repository(Account.TYPE).count(io.crmkit.core.query.Criteria.all())).isEqualTo(1);
  }

  @Test
  @DisplayName("an account is also found by its company name with the legal suffix and case set aside")
  void accountByName() {
    Account acme = f.account("ACME", Optional.empty());
    Lead lead = f.qualified(f.draft("Wile", "Coyote").company("Acme Inc"));
    ConversionResult r = f.conversion().build().convert(ConversionRequest.of(lead.id(), lead.version(), "u-7"));
    assertThat(r.account().id()).isEqualTo(acme.id());
    assertThat(r.accountResolution()).isEqualTo(PartyResolution.MATCHED);
  }

  @Test
  @DisplayName("named ids are used as given; a named contact of another account is refused and nothing is written")
  void namedIds() {
    Account a = f.account("Other Corp", Optional.empty());
    Account b = f.account("Third Corp", Optional.empty());
    Contact c = f.contact(PersonName.of("G.", "Hopper"), Optional.empty(), Optional.of(a.id()));
    Lead lead = f.qualified(grace());
    var before = f.snapshot(TYPES);
    ConversionRequest wrong = ConversionRequest.of(lead.id(), lead.version(), "u-7")
        .withAccount(PartyChoice.existing(b.id())).withContact(PartyChoice.existing(c.id()));
    assertThatThrownBy(() -> f.conversion().build().convert(wrong))
        .isInstanceOf(ValidationException.class).hasMessageContaining("belongs to account " + a.id());
    assertThat(f.snapshot(TYPES)).isEqualTo(before);

    ConversionResult r = f.conversion().build().convert(ConversionRequest.of(lead.id(), lead.version(), "u-7")
        .withContact(PartyChoice.existing(c.id())));
    assertThat(r.contactResolution()).isEqualTo(PartyResolution.NAMED);
    assertThat(r.accountResolution()).isEqualTo(PartyResolution.CONTACTS_ACCOUNT);
    assertThat(r.account().id()).isEqualTo(a.id());
    assertThat(r.contact().name().given()).isEqualTo("G.");
  }

  @Test
  @DisplayName("createNew ignores matches")
  void createNewIgnoresMatches() {
    f.account("Remington Rand", Optional.of("remington.example"));
    Lead lead = f.qualified(grace());
    ConversionResult r = f.conversion().build().convert(ConversionRequest.of(lead.id(), lead.version(), "u-7")
        .withAccount(PartyChoice.createNew()).withContact(PartyChoice.createNew()));
    assertThat(r.accountResolution()).isEqualTo(PartyResolution.CREATED);
    assertThat(f.tenant.repository(Account.TYPE).count(io.crmkit.core.query.Criteria.all())).isEqualTo(2);
  }

  @Test
  @DisplayName("every activity moves to the contact and account; open ones are re-owned to the converting user")
  void movesActivities() {
    Lead lead = f.qualified(grace());
    Lead other = f.qualified(f.draft("Ada", "Lovelace"));
    Activity task = f.task(lead.ref(), other.ref());
    Activity note = f.note(lead.ref());
    Activity unrelated = f.task(other.ref());
    ConversionResult r = f.conversion().build().convert(ConversionRequest.of(lead.id(), lead.version(), "u-7"));
    var activities = f.tenant.repository(Activity.TYPE);
    Activity movedTask = activities.get(task.id());
    Activity movedNote = activities.get(note.id());
    assertThat(movedTask.links()).containsExactly(r.contact().ref(), r.account().ref(), other.ref());
    assertThat(movedTask.owner()).isEqualTo(Owner.user("u-7"));
    assertThat(movedNote.links()).containsExactly(r.contact().ref(), r.account().ref());
    assertThat(movedNote.owner()).isEqualTo(note.owner());                 // completed: owner kept
    assertThat(activities.get(unrelated.id())).isEqualTo(unrelated);
    assertThat(r.event().movedActivities()).containsExactlyInAnyOrder(task.id(), note.id());
  }

  @Test
  @DisplayName("a participant creates the opportunity; its id is on the lead, the result and the event")
  void opportunity() {
    Lead lead = f.qualified(grace());
    ConversionResult r = f.conversion().participant(opportunities()).build()
        .convert(ConversionRequest.of(lead.id(), lead.version(), "u-7").withOpportunity("Remington — UNIVAC"));
    assertThat(r.opportunity()).isPresent();
    assertThat(r.lead().conversion().flatMap(ConversionInfo::opportunity)).isEqualTo(r.opportunity());
    assertThat(r.lead().stage()).isEqualTo(LifecycleStage.OPPORTUNITY);
    assertThat(r.event().subjects()).contains(
        lead.ref(), r.account().ref(), r.contact().ref(), RecordRef.of("opportunity", r.opportunity().get()));
    assertThat(r.event().contributions()).containsEntry("opportunities", List.of(RecordRef.of("opportunity", r.opportunity().get())));
  }

  @Test
  @DisplayName("asking for an opportunity nobody creates fails and leaves the store as it was")
  void opportunityWithoutParticipant() {
    Lead lead = f.qualified(grace());
    f.task(lead.ref());
    Map<String, Object> before = f.snapshot(TYPES);
    int events = f.events.size();
    assertThatThrownBy(() -> f.conversion().build()
        .convert(ConversionRequest.of(lead.id(), lead.version(), "u-7").withOpportunity("Deal")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("no ConversionParticipant created one");
    assertThat(f.snapshot(TYPES)).isEqualTo(before);
    assertThat(f.events).hasSize(events);
  }

  @Test
  @DisplayName("a converted lead is read-only: updates, status changes and a second conversion are refused")
  void readOnly() {
    Lead lead = f.qualified(grace());
    ConversionResult r = f.conversion().build().convert(ConversionRequest.of(lead.id(), lead.version(), "u-7"));
    Lead converted = r.lead();
    assertThatThrownBy(() -> f.leads.update(converted.withJobTitle("CEO"), "u-1"))
        .isInstanceOf(LeadReadOnlyException.class).hasMessageContaining("read-only");
    assertThatThrownBy(() -> f.leads.changeStatus(converted.id(), converted.version(), "disqualify", "u-1"))
        .isInstanceOf(LeadReadOnlyException.class);
    assertThatThrownBy(() -> f.leads.advanceStage(converted.id(), converted.version(), LifecycleStage.CUSTOMER, "u-1"))
        .isInstanceOf(LeadReadOnlyException.class);
    assertThatThrownBy(() -> f.conversion().build().convert(ConversionRequest.of(lead.id(), converted.version(), "u-7")))
        .isInstanceOf(LeadReadOnlyException.class)
        .satisfies(e -> assertThat(((LeadReadOnlyException) e).conversion().contact()).isEqualTo(r.contact().id()));
  }

  @Test
  @DisplayName("a stale version or a status that cannot convert is refused")
  void refusals() {
    Lead fresh = f.leads.create(grace().build(), "u-1").lead();
    assertThatThrownBy(() -> f.conversion().build().convert(ConversionRequest.of(fresh.id(), fresh.version(), "u-7")))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("'new' has no transition on 'convert'");
    Lead lead = f.qualified(f.draft("Ada", "Lovelace"));
    assertThatThrownBy(() -> f.conversion().build().convert(ConversionRequest.of(lead.id(), lead.version() - 1, "u-7")))
        .isInstanceOf(ConcurrencyConflictException.class);
  }

  @Test
  @DisplayName("the customer view of the contact and of the account lists the originating lead")
  void customerView() {
    Lead lead = f.qualified(grace());
    ConversionResult r = f.conversion().build().convert(ConversionRequest.of(lead.id(), lead.version(), "u-7"));
    CustomerViews views = CustomerViews.builder(f.store).clock(f.clock).contributor(OriginatingLeads.section(ZoneOffset.UTC)).build();
    CustomerView ofContact = views.view(Fixture.TENANT, r.contact().ref());
    CustomerView ofAccount = views.view(Fixture.TENANT, r.account().ref());
    for (CustomerView v : List.of(ofContact, ofAccount)) {
      assertThat(v.section(OriginatingLeads.SECTION)).hasValueSatisfying(s -> {
        assertThat(s.lines()).containsExactly(
            "Grace Hopper (Remington Rand Inc.) — source other — converted 2026-01-15 by u-7");
        assertThat(s.dependsOn()).containsExactly(lead.ref());
        assertThat(s.data()).isEqualTo(List.of(r.lead()));
      });
    }
    Contact stranger = f.contact(PersonName.of("Nobody", "Else"), Optional.empty(), Optional.empty());
    assertThat(views.view(Fixture.TENANT, stranger.ref()).section(OriginatingLeads.SECTION)).isEmpty();
  }
}
