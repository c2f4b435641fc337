package io.crmkit.benchmarks.marketing;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentAction;
import io.crmkit.core.consent.ConsentDecision;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.consent.ConsentEventId;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.ConsentState;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Consent for a whole audience: {@link ConsentLedger#decide} once per recipient against
 * {@link ConsentLedger#decideAll} (events read in {@code in(party, ...)} chunks of 1,000),
 * {@link ConsentLedger#decideOnRecord} (one stream over every party of a type) and
 * {@link ConsentLedger#statesOnRecord} (the same, states only), in the in-memory store, one
 * thread. The ledger holds 200,000 contacts' histories: a newsletter grant on e-mail for each (a tenth with
 * double opt-in, most of those confirmed), a withdrawal of everything for one in ten, SMS grants for one in
 * five; an audience of {@code recipients} contacts is drawn from 250,000 (so a fifth have nothing on record).
 *
 * <p>{@code java -jar crm-benchmarks/target/benchmarks.jar ConsentDecision -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConsentDecisionBenchmark {
  /** How many recipients are decided per call. */
  @Param({"10000", "100000"})
  public int recipients;

  private static final TenantId TENANT = TenantId.of("bench");
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final int PARTIES = 200_000;

  private ConsentLedger ledger;
  private List<RecordRef> audience;

  /** Loads the ledger and draws the audience (outside any measurement). */
  @Setup(Level.Trial)
  public void load() {
    Random random = new Random(11);
    TenantStore store = InMemoryStore.create().forTenant(TENANT);
    List<ConsentEvent> events = new ArrayList<>();
    for (int i = 0; i < PARTIES; i++) {
      RecordRef party = new RecordRef("contact", "c-" + i);
      Instant at = NOW.minus(Duration.ofDays(1 + random.nextInt(700)));
      boolean doubleOptIn = i % 10 == 3;
      events.add(event("g-" + i, party, Channel.EMAIL, Purpose.NEWSLETTER, ConsentAction.GRANTED, at, doubleOptIn));
      if (doubleOptIn && random.nextInt(4) > 0) {
        events.add(event("c-" + i, party, Channel.EMAIL, Purpose.NEWSLETTER, ConsentAction.CONFIRMED, at.plusSeconds(600), false));
      }
      if (i % 10 == 7) {
        events.add(event("w-" + i, party, Channel.EMAIL, Purpose.ALL, ConsentAction.WITHDRAWN, at.plusSeconds(86_400), false));
      }
      if (i % 5 == 1) {
        events.add(event("s-" + i, party, Channel.SMS, Purpose.MARKETING, ConsentAction.GRANTED, at, false));
      }
    }
    store.repository(ConsentEvent.TYPE).insertAll(events);
    ledger = ConsentLedger.of(store, Clock.fixed(NOW, ZoneOffset.UTC));
    audience = new ArrayList<>(recipients);
    for (int i = 0; i < recipients; i++) {
      audience.add(new RecordRef("contact", "c-" + random.nextInt(PARTIES * 5 / 4)));
    }
    System.out.printf("%n[setup] %,d consent events over %,d contacts; audience %,d; allowed %,d%n",
        events.size(), PARTIES, recipients, bulk());
  }

  private static ConsentEvent event(String id, RecordRef party, Channel channel, Purpose purpose, ConsentAction action, Instant at,
      boolean doubleOptIn) {
    return new ConsentEvent(new ConsentEventId(id), TENANT, 0, party, channel, purpose, action, LegalBasis.CONSENT, "form", at,
        doubleOptIn, Optional.empty());
  }

  /** One {@code decide} per recipient: an indexed query each. */
  @Benchmark
  public long loop() {
    long allowed = 0;
    for (RecordRef p : audience) {
      if (ledger.decide(p, Channel.EMAIL, Purpose.NEWSLETTER, NOW).allowed()) {
        allowed++;
      }
    }
    return allowed;
  }

  /** {@code decideAll} over the audience: {@code in(party, ...)} chunks. */
  @Benchmark
  public long bulk() {
    return ledger.decideAll(audience, Channel.EMAIL, Purpose.NEWSLETTER, NOW).values().stream().filter(ConsentDecision::allowed).count();
  }

  /** {@code statesOnRecord}: the same stream as {@link #onRecord}, states only (what segments use). */
  @Benchmark
  public long statesOnRecord() {
    return ledger.statesOnRecord("contact", Channel.EMAIL, Purpose.NEWSLETTER, NOW).values().stream().filter(s -> s == ConsentState.GRANTED).count();
  }

  /** {@code decideOnRecord} over every contact on record (independent of the audience's size): one stream. */
  @Benchmark
  public long onRecord() {
    return ledger.decideOnRecord("contact", Channel.EMAIL, Purpose.NEWSLETTER, NOW).values().stream().filter(ConsentDecision::allowed).count();
  }
}
