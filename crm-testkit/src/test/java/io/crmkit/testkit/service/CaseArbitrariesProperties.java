package io.crmkit.testkit.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.TenantId;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.service.cases.Case;
import io.crmkit.service.cases.CaseComment;
import io.crmkit.service.cases.CaseLifecycle;
import io.crmkit.service.cases.CaseService;
import io.crmkit.service.intake.CaseIntake;
import io.crmkit.service.intake.InboundMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class CaseArbitrariesProperties {
  static final TenantId ACME = TenantId.of("acme");

  @Property(tries = 150)
  void newCasesAreValidNewAndStorable(@ForAll("cases") Case c) {
    assertThat(c.version()).isZero();
    assertThat(c.status()).isEqualTo(CaseLifecycle.NEW);
    assertThat(c.comments()).allSatisfy(cm -> assertThat(cm.at()).isAfterOrEqualTo(c.createdAt()));
    assertThat(c.subject()).isEqualTo(c.subject().strip()).isNotEmpty();
    TenantStore store = InMemoryStore.create().forTenant(ACME);
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    Case saved = CaseService.builder(store, clock, IdGenerator.uuidV7(clock)).build().open(c, "u-1").supportCase();
    assertThat(saved.withVersion(0)).isEqualTo(c);
    Statistics.label("channel").collect(c.channel());
    Statistics.label("has comments").collect(!c.comments().isEmpty());
    Statistics.label("public replies").collect(c.comments().stream().anyMatch(CaseComment::isPublic));
  }

  @Property(tries = 100)
  void inboundMessagesAreDecided(@ForAll("messages") InboundMessage m) {
    TenantStore store = InMemoryStore.create().forTenant(ACME);
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    var result = CaseIntake.builder(store, clock, IdGenerator.uuidV7(clock)).build().receive(m);
    assertThat(result.decision().explain()).isNotBlank();
    assertThat(result.supportCase()).isPresent();
    Statistics.label("channel").collect(m.channel());
  }

  @Provide
  Arbitrary<Case> cases() {
    return CaseArbitraries.newCases(ACME);
  }

  @Provide
  Arbitrary<InboundMessage> messages() {
    return CaseArbitraries.inboundMessages();
  }
}
