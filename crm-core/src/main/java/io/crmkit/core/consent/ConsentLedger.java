package io.crmkit.core.consent;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One tenant's consent ledger: appends {@link ConsentEvent}s and answers from them. History is honoured: a
 * decision at an instant uses only the events at or before it, so asking about last year gives last year's
 * answer. Rules: a grant allows unless it asks for double opt-in, which stays pending until a later
 * confirmation; a withdrawal revokes, and a withdrawal of {@link Purpose#ALL} revokes every purpose on its
 * channel; with no event nothing is allowed.
 *
 * <pre>{@code
 * ConsentLedger ledger = ConsentLedger.of(tenantStore, clock);
 * ledger.grant(party, Channel.EMAIL, Purpose.NEWSLETTER, LegalBasis.CONSENT, "form", true, Optional.empty());
 * boolean ok = ledger.decide(party, Channel.EMAIL, Purpose.NEWSLETTER, clock.instant()).allowed();
 * }</pre>
 */
public final class ConsentLedger {
  /** How many parties one {@code in(party, ...)} query of {@link #decideAll} names at most. */
  static final int PARTY_CHUNK = 1_000;

  private final TenantId tenant;
  private final Repository<ConsentEvent, ConsentEventId> events;
  private final Clock clock;
  private final IdGenerator ids;
  private final EventPublisher publisher;

  /**
   * A ledger over {@code events} (the consent events of {@code tenant}), stamping new events from {@code clock}
   * and publishing each one appended.
   */
  public ConsentLedger(
      TenantId tenant, Repository<ConsentEvent, ConsentEventId> events, Clock clock, IdGenerator ids, EventPublisher publisher) {
    this.tenant = Objects.requireNonNull(tenant, "tenant");
    this.events = Objects.requireNonNull(events, "events");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
  }

  /** A ledger over the consent events of {@code store}, with UUIDv7 ids and no publishing. */
  public static ConsentLedger of(TenantStore store, Clock clock) {
    return new ConsentLedger(store.tenantId(), store.repository(ConsentEvent.TYPE), clock, IdGenerator.uuidV7(clock), EventPublisher.discarding());
  }

  /** Records that {@code party} grants permission now; with {@code doubleOptIn} it is pending until {@link #confirm}ed. */
  public ConsentEvent grant(
      RecordRef party, Channel channel, Purpose purpose, LegalBasis basis, String source, boolean doubleOptIn, Optional<String> evidence) {
    return append(newEvent(party, channel, purpose, ConsentAction.GRANTED, basis, source, doubleOptIn, evidence));
  }

  /**
   * Records that {@code party} confirmed a pending double-opt-in grant now.
   *
   * @throws IllegalTransitionException if no grant awaits confirmation (nothing is written)
   */
  public ConsentEvent confirm(RecordRef party, Channel channel, Purpose purpose, String source, Optional<String> evidence) {
    Instant now = clock.instant();
    ConsentDecision current = decide(party, channel, purpose, now);
    if (current.state() != ConsentState.PENDING_CONFIRMATION) {
      throw new IllegalTransitionException(current.state().name(), "confirm", "no double-opt-in grant awaits confirmation: " + current.reason());
    }
    LegalBasis basis = current.basis().map(ConsentEvent::legalBasis).orElse(LegalBasis.CONSENT);
    return append(newEvent(party, channel, purpose, ConsentAction.CONFIRMED, basis, source, false, evidence));
  }

  /** Records that {@code party} withdraws permission now; {@link Purpose#ALL} withdraws every purpose on the channel. */
  public ConsentEvent withdraw(RecordRef party, Channel channel, Purpose purpose, String source, Optional<String> evidence) {
    return append(newEvent(party, channel, purpose, ConsentAction.WITHDRAWN, LegalBasis.CONSENT, source, false, evidence));
  }

  /** Appends an event as it is, e.g. one imported with its historical instant; it must be new (version 0). */
  public ConsentEvent append(ConsentEvent event) {
    Objects.requireNonNull(event, "event");
    ValidationException.check(event.version() == 0, "version", "append a new event (version 0); ledger entries are never updated");
    ValidationException.check(
        event.tenantId().equals(tenant), "tenantId", "the event belongs to tenant " + event.tenantId() + ", this ledger to " + tenant);
    ConsentEvent saved = events.insert(event);
    publisher.publish(saved);
    return saved;
  }

  /** Whether {@code party} may be contacted on {@code channel} for {@code purpose} at {@code at}, and why. */
  public ConsentDecision decide(RecordRef party, Channel channel, Purpose purpose, Instant at) {
    checkQuestion(channel, purpose, at);
    return ConsentRules.decide(
        events.query(Criteria.and(
            Criteria.eq(ConsentEvent.PARTY, party.toString()),
            Criteria.eq(ConsentEvent.CHANNEL, channel.name()),
            Criteria.in(ConsentEvent.PURPOSE, purpose.value(), Purpose.ALL.value()))),
        channel,
        purpose,
        at);
  }

  /**
   * The decisions for many parties at once on {@code channel} for {@code purpose} at {@code at}: one entry per
   * distinct party asked, in the order first asked, each equal to what {@link #decide} answers for that party
   * (NONE for a party with nothing on record). The events are read in a few {@code in(party, ...)} queries of
   * {@value #PARTY_CHUNK} parties rather than one query per party; an empty collection gives an empty map.
   *
   * <p>{@code ledger.decideAll(recipients, Channel.EMAIL, Purpose.NEWSLETTER, at).get(ada).allowed()}
   */
  public Map<RecordRef, ConsentDecision> decideAll(Collection<RecordRef> parties, Channel channel, Purpose purpose, Instant at) {
    Objects.requireNonNull(parties, "parties");
    checkQuestion(channel, purpose, at);
    LinkedHashSet<RecordRef> asked = new LinkedHashSet<>();
    for (RecordRef p : parties) {
      asked.add(Objects.requireNonNull(p, "parties contains null"));
    }
    Map<RecordRef, List<ConsentEvent>> byParty = new HashMap<>();
    List<String> chunk = new ArrayList<>(Math.min(PARTY_CHUNK, asked.size()));
    for (RecordRef p : asked) {
      chunk.add(p.toString());
      if (chunk.size() == PARTY_CHUNK) {
        readInto(byParty, Criteria.in(ConsentEvent.PARTY, chunk), channel, purpose, at);
        chunk.clear();
      }
    }
    if (!chunk.isEmpty()) {
      readInto(byParty, Criteria.in(ConsentEvent.PARTY, chunk), channel, purpose, at);
    }
    Map<RecordRef, ConsentDecision> out = new LinkedHashMap<>();
    for (RecordRef p : asked) {
      out.put(p, ConsentRules.decide(byParty.getOrDefault(p, List.of()), channel, purpose, at));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The decisions on {@code channel} for {@code purpose} at {@code at} of every party of type {@code partyType}
   * ({@code contact}, {@code lead}, ...) with an event on record for them at or before {@code at}, read in one
   * stream over the ledger; each equals what {@link #decide} answers for that party. Every other party of the
   * type is NONE. What a segment over all contacts asks: it names the parties on record without knowing them.
   *
   * <p>{@code ledger.decideOnRecord("contact", Channel.EMAIL, Purpose.NEWSLETTER, at).size()}
   */
  public Map<RecordRef, ConsentDecision> decideOnRecord(String partyType, Channel channel, Purpose purpose, Instant at) {
    Map<RecordRef, ConsentDecision> out = new HashMap<>();
    onRecord(partyType, channel, purpose, at).forEach((p, list) -> out.put(p, ConsentRules.decide(list, channel, purpose, at)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * {@link #decideOnRecord} without the reasons: the state of every party of type {@code partyType} on record
   * at {@code at} (each equal to {@code decide(...).state()}), for callers that select by state, such as
   * segments, and need not explain each party.
   *
   * <p>{@code ledger.statesOnRecord("contact", Channel.EMAIL, Purpose.NEWSLETTER, at).get(ada)}
   */
  public Map<RecordRef, ConsentState> statesOnRecord(String partyType, Channel channel, Purpose purpose, Instant at) {
    Map<RecordRef, ConsentState> out = new HashMap<>();
    onRecord(partyType, channel, purpose, at).forEach((p, list) -> out.put(p, ConsentRules.state(list, channel, purpose, at)));
    return Collections.unmodifiableMap(out);
  }

  private Map<RecordRef, List<ConsentEvent>> onRecord(String partyType, Channel channel, Purpose purpose, Instant at) {
    Objects.requireNonNull(partyType, "partyType");
    checkQuestion(channel, purpose, at);
    ValidationException.check(
        partyType.matches("[a-z][a-z0-9_]{0,63}"), "partyType", "must be a lower-case entity type name but was '" + partyType + "'");
    Map<RecordRef, List<ConsentEvent>> byParty = new HashMap<>();
    readInto(byParty, Criteria.prefix(ConsentEvent.PARTY, partyType + ":"), channel, purpose, at);
    return byParty;
  }

  /** Streams the events of the parties {@code parties} selects for the question into {@code byParty}. */
  private void readInto(Map<RecordRef, List<ConsentEvent>> byParty, Criteria parties, Channel channel, Purpose purpose, Instant at) {
    try (Stream<ConsentEvent> s = events.stream(Criteria.and(
        parties,
        Criteria.eq(ConsentEvent.CHANNEL, channel.name()),
        Criteria.in(ConsentEvent.PURPOSE, purpose.value(), Purpose.ALL.value()),
        Criteria.atMost(ConsentEvent.AT, at)))) {
      s.forEach(e -> byParty.computeIfAbsent(e.party(), k -> new ArrayList<>(2)).add(e));
    }
  }

  private static void checkQuestion(Channel channel, Purpose purpose, Instant at) {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(at, "at");
    ValidationException.check(!purpose.isAll(), "purpose", "ask about a specific purpose, not '*'");
  }

  /**
   * The decision at {@code at} for every channel and purpose that {@code party}'s events up to then name, by
   * channel then purpose: the consent panel of the customer view.
   */
  public List<ConsentDecision> summary(RecordRef party, Instant at) {
    Objects.requireNonNull(at, "at");
    List<ConsentEvent> all = history(party);
    Map<Channel, TreeSet<Purpose>> pairs = new TreeMap<>();
    for (ConsentEvent e : all) {
      if (!e.at().isAfter(at) && !e.purpose().isAll()) {
        pairs.computeIfAbsent(e.channel(), c -> new TreeSet<>()).add(e.purpose());
      }
    }
    List<ConsentDecision> out = new ArrayList<>();
    pairs.forEach((channel, purposes) -> purposes.forEach(p -> out.add(ConsentRules.decide(all, channel, p, at))));
    return List.copyOf(out);
  }

  /** Every event of {@code party}, in ledger order (oldest first). */
  public List<ConsentEvent> history(RecordRef party) {
    Objects.requireNonNull(party, "party");
    return List.copyOf(ConsentRules.sorted(events.query(Criteria.eq(ConsentEvent.PARTY, party.toString()))));
  }

  private ConsentEvent newEvent(
      RecordRef party, Channel channel, Purpose purpose, ConsentAction action, LegalBasis basis, String source, boolean doubleOptIn,
      Optional<String> evidence) {
    return new ConsentEvent(
        ids.next(ConsentEventId::new), tenant, 0, party, channel, purpose, action, basis,
        source, clock.instant(), doubleOptIn, evidence);
  }
}
