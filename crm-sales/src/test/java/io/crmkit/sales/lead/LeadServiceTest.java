package io.crmkit.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.ChangeKind;
import io.crmkit.core.event.RecordChanged;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.PostalAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeadServiceTest {
  private final Fixture f = new Fixture();

  @Test
  @DisplayName("create stores version 1 in status new and publishes a CREATED record change")
  void create() {
    Lead draft = f.draft("Zoë", "Ó Briain").company("Acme").source(LeadSource.TRADE_SHOW).rating(LeadRating.HOT).build();
    LeadChange done = f.leads.create(draft, "u-1");
    assertThat(done.lead().version()).isEqualTo(1);
    assertThat(done.lead().status()).isEqualTo(LeadLifecycle.NEW);
    assertThat(done.lead().stage()).isEqualTo(LifecycleStage.LEAD);
    assertThat(done.events(RecordChanged.class)).singleElement().extracting(RecordChanged::kind).isEqualTo(ChangeKind.CREATED);
    assertThat(f.events).isEqualTo(done.events());
    assertThat(f.leads.find(draft.id())).contains(done.lead());
  }

  @Test
  @DisplayName("update with a stale version throws ConcurrencyConflictException and writes nothing")
  void staleUpdate() {
    Lead v1 = f.leads.create(f.draft("Ada", "Lovelace").build(), "u-1").lead();
    Lead v2 = f.leads.update(v1.withJobTitle("Analyst"), "u-1").lead();
    assertThatThrownBy(() -> f.leads.update(v1.withJobTitle("Poet"), "u-2"))
        .isInstanceOf(ConcurrencyConflictException.class)
        .satisfies(e -> assertThat(((ConcurrencyConflictException) e).actualVersion()).isEqualTo(2));
    assertThat(f.leads.find(v1.id())).contains(v2);
    assertThatThrownBy(() -> f.leads.changeStatus(v1.id(), 1, "work", "u-2")).isInstanceOf(ConcurrencyConflictException.class);
  }

  @Test
  @DisplayName("status changes fire the lifecycle, keep the history and publish LeadStatusChanged")
  void statusChange() {
    Lead lead = f.leads.create(f.draft("Ada", "Lovelace").build(), "u-1").lead();
    f.clock.advance(Duration.ofHours(3));
    LeadChange worked = f.leads.changeStatus(lead.id(), lead.version(), "work", "u-2");
    assertThat(worked.lead().status()).isEqualTo(LeadLifecycle.WORKING);
    assertThat(worked.lead().statusHistory().timeIn(LeadLifecycle.NEW, f.clock.instant())).isEqualTo(Duration.ofHours(3));
    assertThat(worked.events(LeadStatusChanged.class)).singleElement()
        .satisfies(e -> assertThat(List.of(e.from(), e.event(), e.to(), e.actor())).containsExactly("new", "work", "working", "u-2"));
    assertThatThrownBy(() -> f.leads.changeStatus(lead.id(), worked.lead().version(), "reopen", "u-2"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("has no transition on 'reopen'");
  }

  @Test
  @DisplayName("convert cannot be fired through the service")
  void convertRefused() {
    Lead lead = f.qualified(f.draft("Ada", "Lovelace"));
    assertThatThrownBy(() -> f.leads.changeStatus(lead.id(), lead.version(), LeadLifecycle.CONVERT, "u-1"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("LeadConversion");
  }

  @Test
  @DisplayName("update may not change status or move the stage back; advanceStage and resetStage do")
  void stageRules() {
    Lead lead = f.leads.create(f.draft("Ada", "Lovelace").stage(LifecycleStage.MARKETING_QUALIFIED_LEAD).build(), "u-1").lead();
    Lead other = f.qualified(f.draft("Grace", "Hopper"));
    assertThatThrownBy(() -> f.leads.update(lead.toBuilder().statusHistory(other.statusHistory()).build(), "u-1"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("changeStatus");
    assertThatThrownBy(() -> f.leads.update(lead.toBuilder().stage(LifecycleStage.SUBSCRIBER).build(), "u-1"))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("only move forward");
    LeadChange forward = f.leads.advanceStage(lead.id(), lead.version(), LifecycleStage.SALES_QUALIFIED_LEAD, "u-1");
    assertThat(forward.lead().stage()).isEqualTo(LifecycleStage.SALES_QUALIFIED_LEAD);
    assertThat(forward.events(LifecycleStageChanged.class)).singleElement().satisfies(e -> assertThat(e.isReset()).isFalse());
    assertThatThrownBy(() -> f.leads.resetStage(lead.id(), forward.lead().version(), LifecycleStage.LEAD, " ", "u-1"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("reason");
    LeadChange reset = f.leads.resetStage(lead.id(), forward.lead().version(), LifecycleStage.LEAD, "bought list was wrong", "u-1");
    assertThat(reset.lead().stage()).isEqualTo(LifecycleStage.LEAD);
    assertThat(reset.events(LifecycleStageChanged.class)).singleElement()
        .satisfies(e -> assertThat(e.resetReason()).contains("bought list was wrong"));
  }

  @Test
  @DisplayName("a lead must start in the lifecycle's initial status")
  void createChecks() {
    Lead worked = f.qualified(f.draft("Ada", "Lovelace"));
    Lead copy = worked.toBuilder().version(0).build();
    assertThatThrownBy(() -> f.leads.create(copy, "u-1")).isInstanceOf(ValidationException.class).hasMessageContaining("initial status");
  }

  @Test
  @DisplayName("a lead round-trips through JSON with every field set")
  void json() {
    Lead lead = f.draft("Zoë", "Ó Briain").company("Acme GmbH").jobTitle("CTO").industry("Software")
        .email(ContactPoint.email("zoe@acme.example", ContactPoint.Purpose.WORK))
        .phone(ContactPoint.phone("030 1234567", "DE", ContactPoint.Purpose.WORK))
        .address(PostalAddress.of(List.of("Unter den Linden 1"), "Berlin", "10117", "DE"))
        .companyDomain("https://www.acme.example/").rating(LeadRating.WARM).source(LeadSource.WEB).build();
    Lead stored = f.qualified(lead.toBuilder());
    assertThat(stored.companyDomain()).contains("acme.example");
    assertThat(CrmJson.read(CrmJson.write(stored), Lead.class)).isEqualTo(stored);
    assertThat(PersonName.of("Zoë", "Ó Briain")).isEqualTo(stored.name());
  }
}
