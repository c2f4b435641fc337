package io.crmkit.service.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.TenantId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.service.cases.Case;
import io.crmkit.service.cases.CaseChannel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class IntakeProperties {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** A reply tree: message i replies to parent[i] (< i); message 0 is the root. */
  @Property(tries = 150)
  void aThreadLandsOnOneCaseWhateverTheArrivalOrder(@ForAll("parents") List<Integer> parents, @ForAll long seed) {
    TenantStore store = InMemoryStore.create().forTenant(TenantId.of("t"));
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    CaseIntake intake = CaseIntake.builder(store, clock, IdGenerator.uuidV7(clock)).loopGuard(java.time.Duration.ofMinutes(1), 1000).build();
    List<InboundMessage> thread = new ArrayList<>();
    for (int i = 0; i < parents.size(); i++) {
      InboundMessage.Builder b = InboundMessage.builder(CaseChannel.EMAIL, "c" + (i % 3) + "@example.com", T0.plusSeconds(i))
          .subject(i == 0 ? "Broken" : "Re: Broken").body("message " + i).header("Message-ID", "<m" + i + "@example.com>");
      if (i > 0) {
        List<Integer> ancestors = new ArrayList<>();
        for (int a = parents.get(i); ; a = parents.get(a)) {
          ancestors.add(0, a);
          if (a == 0) {
            break;
          }
        }
        b.header("In-Reply-To", "<m" + parents.get(i) + "@example.com>");
        b.header("References", ancestors.stream().map(a -> "<m" + a + "@example.com>").collect(Collectors.joining(" ")));
      }
      thread.add(b.build());
    }
    Collections.shuffle(thread, new Random(seed));
    thread.forEach(intake::receive);

    List<Case> cases = store.repository(Case.TYPE).query(Criteria.all());
    assertThat(cases).hasSize(1);
    Case only = cases.get(0);
    assertThat(only.publicReplies().size() + 1).isEqualTo(parents.size());
  }

  @Provide
  Arbitrary<List<Integer>> parents() {
    return Arbitraries.integers().between(1, 8).flatMap(n -> {
      List<Arbitrary<Integer>> each = new ArrayList<>();
      each.add(Arbitraries.just(0));
      for (int i = 1; i < n; i++) {
        each.add(Arbitraries.integers().between(0, i - 1));
      }
      return net.jqwik.api.Combinators.combine(each).as(List::copyOf);
    });
  }

  @Property(tries = 150)
  void anAutoReplyNeverCreatesACase(
      @ForAll("autoHeaders") String[] header, @ForAll("channels") CaseChannel channel, @ForAll @IntRange(min = 0, max = 3) int earlier) {
    TenantStore store = InMemoryStore.create().forTenant(TenantId.of("t"));
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    CaseIntake intake = CaseIntake.builder(store, clock, IdGenerator.uuidV7(clock)).build();
    for (int i = 0; i < earlier; i++) {
      intake.receive(InboundMessage.builder(channel, "x" + i + "@example.com", T0).subject("real " + i).build());
    }
    IntakeResult result = intake.receive(InboundMessage.builder(channel, "ooo@example.com", T0)
        .subject("Out of office: [#CASE-nope]").body("I am away").header(header[0], header[1]).build());
    assertThat(result.decision()).isInstanceOf(IntakeDecision.Ignored.class);
    assertThat(result.supportCase()).isEmpty();
    assertThat(store.repository(Case.TYPE).count(Criteria.all())).isEqualTo(earlier);
  }

  @Provide
  Arbitrary<String[]> autoHeaders() {
    return Arbitraries.oneOf(
        Arbitraries.of("auto-replied", "auto-generated", "auto-notified").map(v -> new String[] {"Auto-Submitted", v}),
        Arbitraries.of("X-Autoreply", "x-autorespond", "X-AUTORESPONSE").map(n -> new String[] {n, "yes"}),
        Arbitraries.of("bulk", "junk", "list", "auto_reply", "Bulk").map(v -> new String[] {"Precedence", v}),
        Arbitraries.just(new String[] {"Return-Path", "<>"}));
  }

  @Provide
  Arbitrary<CaseChannel> channels() {
    return Arbitraries.of(CaseChannel.class);
  }
}
