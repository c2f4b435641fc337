package io.crmkit.benchmarks.marketing;

import io.crmkit.benchmarks.SampleContacts;
import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentAction;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.consent.ConsentEventId;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.ConsentState;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.party.Contact;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.marketing.segment.Audience;
import io.crmkit.marketing.segment.GeoPoint;
import io.crmkit.marketing.segment.Segment;
import io.crmkit.marketing.segment.SegmentCondition;
import io.crmkit.marketing.segment.SegmentId;
import io.crmkit.marketing.segment.SegmentTarget;
import io.crmkit.marketing.segment.Segments;
import io.crmkit.marketing.segment.SizeEstimate;
import io.crmkit.marketing.segment.SuppressionEntry;
import io.crmkit.marketing.segment.SuppressionList;
import java.math.BigDecimal;
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
 * Segment evaluation over 1,000,000 contacts in the in-memory store, one thread. The contacts are
 * {@link SampleContacts} plus coordinates ({@code lat}/{@code lon} DECIMAL custom fields, uniform over
 * Europe, 35–60°N, 10°W–30°E); 100,000 of them have a newsletter grant on e-mail (a tenth of those withdrawn
 * later) and 50,000 a web-visit note in the last 60 days. Segments:
 *
 * <ul>
 *   <li>{@code criteriaOnly}: gold or platinum with score ≥ 70 — plain custom-field criteria, a scan.
 *   <li>{@code radius}: gold within 100 km of Berlin — bounding box in the store, great-circle second pass.
 *   <li>{@code realistic}: consent GRANTED for the newsletter, tier gold/platinum, score ≥ 50, and (a web visit
 *       in the last 30 days or within 300 km of Berlin), minus a suppression list by domain — compile (reads
 *       the ledger and the activities) + store evaluation + suppression, the full {@code audience} call.
 *   <li>{@code realisticEstimate}: the same segment's store count (an upper bound because of the radius).
 * </ul>
 *
 * <p>{@code java -Xmx6g -jar crm-benchmarks/target/benchmarks.jar SegmentEvaluation -f 1 -wi 1 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SegmentEvaluationBenchmark {
  /** How many contacts the store holds. */
  @Param("1000000")
  public int contacts;

  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final GeoPoint BERLIN = GeoPoint.of(52.52, 13.405);

  private Segments segments;
  private Segment criteriaOnly;
  private Segment radius;
  private Segment realistic;

  /** Loads the contacts, consent events, notes and segments (outside any measurement). */
  @Setup(Level.Trial)
  public void load() {
    long t0 = System.nanoTime();
    Random random = new Random(7);
    List<Contact> people = new ArrayList<>(contacts);
    for (Contact c : SampleContacts.generate(contacts)) {
      double lat = 35 + random.nextDouble() * 25;
      double lon = -10 + random.nextDouble() * 40;
      people.add(c.withCustomFields(c.customFields()
          .with("lat", FieldValue.decimal(BigDecimal.valueOf(Math.round(lat * 1e4) / 1e4)))
          .with("lon", FieldValue.decimal(BigDecimal.valueOf(Math.round(lon * 1e4) / 1e4)))));
    }
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    TenantStore store = InMemoryStore.create().forTenant(SampleContacts.TENANT);
    store.repository(Contact.TYPE).insertAll(people);
    List<ConsentEvent> events = new ArrayList<>();
    List<Activity> notes = new ArrayList<>();
    for (int i = 0; i < people.size(); i += 10) {
      Contact c = people.get(i);
      Instant at = NOW.minus(Duration.ofDays(1 + random.nextInt(700)));
      events.add(new ConsentEvent(new ConsentEventId("g-" + i), SampleContacts.TENANT, 0, c.ref(), Channel.EMAIL, Purpose.NEWSLETTER,
          ConsentAction.GRANTED, LegalBasis.CONSENT, "form", at, false, Optional.empty()));
      if (i % 100 == 0) {
        events.add(new ConsentEvent(new ConsentEventId("w-" + i), SampleContacts.TENANT, 0, c.ref(), Channel.EMAIL, Purpose.ALL,
            ConsentAction.WITHDRAWN, LegalBasis.CONSENT, "link", at.plusSeconds(3600), false, Optional.empty()));
      }
    }
    for (int i = 3; i < people.size(); i += 20) {
      notes.add(Activity.note(new ActivityId("n-" + i), SampleContacts.TENANT, "Web visit: https://shop.example/pricing", "url",
          Owner.user("capture"), List.of(people.get(i).ref()), NOW.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)))));
    }
    store.repository(ConsentEvent.TYPE).insertAll(events);
    store.repository(Activity.TYPE).insertAll(notes);
    segments = new Segments(store, ConsentLedger.of(store, clock), clock, IdGenerator.uuidV7(clock));

    FieldRef<String> tier = FieldRef.text("custom.tier");
    FieldRef<Long> score = FieldRef.number("custom.score");
    SuppressionList rivals = segments.createSuppressionList("rivals", List.of(SuppressionEntry.domain("corp.test")));
    criteriaOnly = Segment.of(new SegmentId("criteria"), SampleContacts.TENANT, "gold+ 70", SegmentTarget.CONTACTS,
        SegmentCondition.matches(Criteria.and(Criteria.in(tier, "gold", "platinum"), Criteria.atLeast(score, 70L))), NOW);
    radius = Segment.of(new SegmentId("radius"), SampleContacts.TENANT, "gold Berlin 100 km", SegmentTarget.CONTACTS,
        SegmentCondition.allOf(SegmentCondition.matches(Criteria.eq(tier, "gold")), SegmentCondition.within(BERLIN, 100, "lat", "lon")), NOW);
    realistic = Segment.of(new SegmentId("realistic"), SampleContacts.TENANT, "engaged subscribers", SegmentTarget.CONTACTS,
        SegmentCondition.allOf(
            SegmentCondition.consent(Channel.EMAIL, Purpose.NEWSLETTER, ConsentState.GRANTED),
            SegmentCondition.matches(Criteria.and(Criteria.in(tier, "gold", "platinum"), Criteria.atLeast(score, 50L))),
            SegmentCondition.anyOf(
                SegmentCondition.hasActivity(ActivityType.NOTE, NOW.minus(Duration.ofDays(30))),
                SegmentCondition.within(BERLIN, 300, "lat", "lon"))),
        NOW).withSuppressionLists(List.of(rivals.id()));
    long t1 = System.nanoTime();
    System.out.printf("%n[setup] %,d contacts, %,d consent events, %,d notes in %,d ms; sizes: criteria %,d, radius %,d, realistic %,d%n",
        contacts, events.size(), notes.size(), (t1 - t0) / 1_000_000, criteriaOnly().size(), radius().size(), realistic().members().size());
  }

  /** Plain custom-field criteria: a scan of every contact. */
  @Benchmark
  public List<String> criteriaOnly() {
    return segments.members(criteriaOnly, NOW);
  }

  /** A radius with a criteria: bounding box in the store, exact distance on its candidates. */
  @Benchmark
  public List<String> radius() {
    return segments.members(radius, NOW);
  }

  /** Consent, criteria, activity or radius, and suppression: compile, evaluate and suppress. */
  @Benchmark
  public Audience realistic() {
    return segments.audience(realistic, NOW);
  }

  /** The realistic segment's size as the store counts it (compile + count). */
  @Benchmark
  public SizeEstimate realisticEstimate() {
    return segments.estimate(realisticId());
  }

  private SegmentId realisticId() {
    return segments.find(realistic.id()).map(Segment::id).orElseGet(() -> {
      Segment stored = segments.create(realistic.name(), realistic.target(), realistic.condition());
      realistic = segments.update(stored.withSuppressionLists(realistic.suppressionLists()));
      return realistic.id();
    });
  }
}
