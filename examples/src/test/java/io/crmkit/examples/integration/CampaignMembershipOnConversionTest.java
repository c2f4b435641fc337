package io.crmkit.examples.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.TenantStore;
import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.sales.lead.ConversionContribution;
import io.crmkit.sales.lead.ConversionParticipant;
import io.crmkit.sales.lead.ConversionRequest;
import io.crmkit.sales.lead.ConversionResult;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadConversion;
import io.crmkit.sales.lead.LeadLifecycle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CampaignMembershipOnConversionTest {
  final ConversionFixture f = new ConversionFixture();
  final Campaign webinar = f.campaign("webinar", "Predictive maintenance webinar");
  final Campaign fair = f.campaign("fair", "Hannover Messe 2026");

  @Test
  @DisplayName("a converting lead's contact joins the lead's campaigns with status, first response and history kept")
  void carriedOver() {
    Lead lead = f.lead("Jürgen", "Weiß", "juergen@weiss.example");
    f.memberships.add(webinar, lead.ref(), "invited by e-mail");
    f.clock.advance(Duration.ofDays(1));
    Instant registered = f.clock.instant();
    f.memberships.changeStatus(webinar, lead.ref(), "Registered", "signed up on the landing page");
    f.clock.advance(Duration.ofDays(1));
    f.memberships.changeStatus(webinar, lead.ref(), "Attended", "joined for 52 minutes");
    f.memberships.add(fair, lead.ref(), "scanned at the booth");
    f.clock.advance(Duration.ofDays(3));

    ConversionResult result = f.convert(lead);

    RecordRef contact = result.contact().ref();
    assertThat(f.memberships.of(contact)).hasSize(2);
    CampaignMembership ofWebinar = f.memberships.find(webinar.id(), contact).orElseThrow();
    assertThat(ofWebinar.member().status()).isEqualTo("Attended");
    assertThat(ofWebinar.member().responded()).isTrue();
    assertThat(ofWebinar.member().firstRespondedAt()).contains(registered);
    assertThat(ofWebinar.convertedFrom()).contains(lead.ref());
    assertThat(ofWebinar.history()).extracting(CampaignMembership.StatusChange::status)
        .containsExactly("Invited", "Registered", "Attended", "Attended");
    assertThat(ofWebinar.history().get(3).reason()).isEqualTo("carried over from " + lead.ref() + " on conversion");
    assertThat(ofWebinar.history().get(3).at()).isEqualTo(f.clock.instant());
    CampaignMembership ofFair = f.memberships.find(fair.id(), contact).orElseThrow();
    assertThat(ofFair.member().status()).isEqualTo("Invited");
    assertThat(ofFair.member().hasResponded()).isFalse();
    // the lead's memberships stay as the record of what the lead did; LeadConverted names the new ones
    assertThat(f.memberships.of(lead.ref())).extracting(m -> m.member().status()).containsExactly("Invited", "Attended");
    assertThat(result.event().contributions()).containsEntry("campaign_memberships", java.util.List.of(ofFair.ref(), ofWebinar.ref()));
  }

  @Test
  @DisplayName("into a contact that is already a member: histories merged in time order, the latest status, the earliest response")
  void mergedWithTheContactsOwnMembership() {
    var existing = f.contact("Ada", "Lovelace", "ada@lovelace.example");
    f.memberships.add(webinar, existing.ref(), "invited by e-mail");
    f.clock.advance(Duration.ofHours(1));
    Instant adaRegistered = f.clock.instant();
    f.memberships.changeStatus(webinar, existing.ref(), "Registered", "signed up");
    f.clock.advance(Duration.ofHours(1));
    Lead lead = f.lead("Ada", "Lovelace", "ada@lovelace.example");
    f.memberships.add(webinar, lead.ref(), "imported from the attendee list");
    f.clock.advance(Duration.ofHours(1));
    f.memberships.changeStatus(webinar, lead.ref(), "No-show", "did not join");
    f.clock.advance(Duration.ofHours(1));

    ConversionResult result = f.convert(lead);

    assertThat(result.contact().id()).as("matched by e-mail").isEqualTo(existing.id());
    CampaignMembership merged = f.memberships.find(webinar.id(), existing.ref()).orElseThrow();
    assertThat(f.store.repository(CampaignMembership.TYPE).count(Criteria.eq(CampaignMembership.MEMBER, existing.ref().toString())))
        .isEqualTo(1);
    assertThat(merged.member().status()).isEqualTo("No-show");
    assertThat(merged.member().responded()).isFalse();
    assertThat(merged.member().firstRespondedAt()).as("responded once, as the contact").contains(adaRegistered);
    assertThat(merged.history()).extracting(CampaignMembership.StatusChange::reason).containsExactly(
        "invited by e-mail", "signed up", "imported from the attendee list", "did not join",
        "carried over from " + lead.ref() + " on conversion");
  }

  @Test
  @DisplayName("the README's wiring snippet is this test's code, word for word, and does what it says")
  void readmeWiring() throws java.io.IOException {
    TenantStore store = f.store;
    Clock clock = f.clock;
    IdGenerator ids = f.ids;
    Lead lead = f.lead("Jürgen", "Weiß", "juergen@weiss.example");
    // readme:begin
    CampaignMemberships members = CampaignMemberships.of(store, clock, ids);
    members.add(webinar, lead.ref(), "registered on the landing page");
    members.changeStatus(webinar, lead.ref(), "Attended", "joined for 52 minutes");

    LeadConversion conversion = LeadConversion.builder(store, clock, ids)
        .participant(new CampaignMembershipOnConversion())
        .build();
    ConversionResult result = conversion.convert(ConversionRequest.of(lead.id(), lead.version(), "u-1"));
    CampaignMembership kept = members.find(webinar.id(), result.contact().ref()).orElseThrow();
    // kept.member().status() is "Attended"; its first response and history came with it from the lead
    // readme:end

    assertThat(kept.member().status()).isEqualTo("Attended");
    assertThat(kept.member().firstRespondedAt()).isEqualTo(members.find(webinar.id(), lead.ref()).orElseThrow().member().firstRespondedAt());
    assertThat(kept.history()).hasSize(3);

    String source = Files.readString(Path.of("src/test/java/io/crmkit/examples/integration/CampaignMembershipOnConversionTest.java"));
    String body = source.substring(source.indexOf("// readme:begin\n") + "// readme:begin\n".length(), source.indexOf("    // readme:end"));
    String readme = Files.readString(Path.of("README.md"));
    int marker = readme.indexOf("CampaignMembershipOnConversionTest.java#readmeWiring");
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    assertThat(marker).as("the README's snippet marker").isNotNegative();
    assertThat(lines(readme.substring(start, readme.indexOf("```", start)))).isEqualTo(lines(body));
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).toList();
  }

  @Test
  @DisplayName("a membership stamped by a clock running ahead of the conversion's still converts, its history in time order")
  void clockAhead() {
    Lead lead = f.lead("Ōta", "Hiroshi", "ota@example.jp");
    Instant ahead = f.clock.instant().plus(Duration.ofHours(2));
    CampaignMemberships marketingSide = CampaignMemberships.of(f.store, io.crmkit.marketing.simulation.VirtualClock.at(ahead), f.ids);
    marketingSide.add(webinar, lead.ref(), "invited by the marketing server");

    ConversionResult result = f.convert(lead);

    CampaignMembership kept = f.memberships.find(webinar.id(), result.contact().ref()).orElseThrow();
    assertThat(kept.history()).extracting(CampaignMembership.StatusChange::at).containsExactly(ahead, ahead);
  }

  @Test
  @DisplayName("a lead in no campaign converts with nothing to carry over")
  void noMemberships() {
    Lead lead = f.lead("Zoë", "Ó Briain", "zoe@example.ie");
    ConversionResult result = f.convert(lead);
    assertThat(f.memberships.of(result.contact().ref())).isEmpty();
    assertThat(f.store.repository(CampaignMembership.TYPE).count(Criteria.all())).isZero();
  }

  @Test
  @DisplayName("a conversion that fails later leaves no membership behind and the lead unconverted")
  void allOrNothing() {
    Lead lead = f.lead("Grace", "Hopper", "grace@remington.example");
    f.memberships.add(webinar, lead.ref(), "invited");
    ConversionParticipant failing = new ConversionParticipant() {
      @Override
      public String name() {
        return "fails";
      }

      @Override
      public ConversionContribution participate(io.crmkit.sales.lead.ConversionContext context) {
        throw new IllegalStateException("the host's participant failed");
      }
    };

    assertThatThrownBy(() -> f.convert(lead, failing)).hasMessageContaining("the host's participant failed");

    assertThat(f.store.repository(CampaignMembership.TYPE).count(Criteria.all())).isEqualTo(1);
    assertThat(f.leads.find(lead.id()).orElseThrow().status()).isNotEqualTo(LeadLifecycle.CONVERTED);
  }

  @Test
  @DisplayName("another tenant's memberships are neither read nor written")
  void tenantsStayApart() {
    ConversionFixture other = new ConversionFixture(f.shared, TenantId.of("globex"));
    Campaign theirs = other.campaign("webinar", "Their webinar");
    Lead ours = f.lead("Ana", "Núñez", "ana@example.es");
    other.memberships.add(theirs, ours.ref(), "same lead id text, other tenant");
    f.memberships.add(webinar, ours.ref(), "invited");

    ConversionResult result = f.convert(ours);

    assertThat(f.memberships.of(result.contact().ref())).singleElement()
        .satisfies(m -> assertThat(m.tenantId()).isEqualTo(f.tenant));
    assertThat(other.store.repository(CampaignMembership.TYPE).count(Criteria.all())).isEqualTo(1);
    assertThatThrownBy(() -> f.memberships.add(theirs, ours.ref(), "x")).hasMessageContaining("belongs to tenant globex");
  }

  @Test
  @DisplayName("adding a member twice or moving to an unknown status is refused with the reason")
  void badInput() {
    Lead lead = f.lead("Ivo", "Šťastný", "ivo@example.cz");
    f.memberships.add(webinar, lead.ref(), "invited");
    assertThatThrownBy(() -> f.memberships.add(webinar, lead.ref(), "again")).hasMessageContaining("already a member");
    assertThatThrownBy(() -> f.memberships.changeStatus(webinar, lead.ref(), "Bought", "?"))
        .hasMessageContaining("'Bought' is not a member status");
    assertThatThrownBy(() -> f.memberships.changeStatus(fair, lead.ref(), "Registered", "?")).hasMessageContaining("is not a member");
  }
}
