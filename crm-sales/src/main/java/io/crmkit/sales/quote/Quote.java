package io.crmkit.sales.quote;

import io.crmkit.core.Aggregate;
import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.statemachine.Decision;
import io.crmkit.core.store.EntityType;
import io.crmkit.sales.opportunity.OpportunityId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quote for an opportunity, in one currency, with its revisions: the last is the current one, every older
 * one is {@link QuoteStatus#SUPERSEDED} and never changes again. Lines are snapshots ({@link QuoteLine}), so a
 * quote does not change when the opportunity's products do. Every status change goes through {@link
 * QuoteLifecycle#MACHINE}; a refusal throws {@link IllegalTransitionException} with the reason, e.g. when
 * accepting a quote whose validity date (in {@code zone}) has passed.
 *
 * <pre>{@code
 * Quote q = Quote.draft(ids.next(QuoteId::new), tenant, opportunityId, Money.currency("EUR"), ZoneId.of("Europe/Berlin"),
 *     lines, LocalDate.parse("2026-04-30"), clock.instant());
 * QuoteOutcome<QuoteAccepted> won = q.present(clock).accept(clock);
 * }</pre>
 */
public record Quote(
    QuoteId id,
    TenantId tenantId,
    long version,
    OpportunityId opportunityId,
    Currency currency,
    ZoneId zone,
    List<QuoteRevision> revisions,
    Instant createdAt,
    Instant updatedAt)
    implements Aggregate<QuoteId> {

  /** The entity type name, used in {@link io.crmkit.core.RecordRef}s. */
  public static final String TYPE_NAME = "quote";
  /** The opportunity's id; indexed. */
  public static final FieldRef<String> OPPORTUNITY = FieldRef.text("opportunity");
  /** The current revision's {@link QuoteStatus} by name; indexed. */
  public static final FieldRef<String> STATUS = FieldRef.text("status");
  /** The current revision's validity date at the end of the day in the quote's zone. */
  public static final FieldRef<Instant> VALID_UNTIL = FieldRef.instant("validUntil");

  /** The entity type {@code quote}. */
  public static final EntityType<Quote, QuoteId> TYPE =
      EntityType.builder(TYPE_NAME, Quote.class, QuoteId::new)
          .field(OPPORTUNITY, q -> q.opportunityId().value())
          .field(STATUS, q -> q.current().status().name())
          .field(VALID_UNTIL, Quote::validityEnd)
          .index(OPPORTUNITY, STATUS)
          .build();

  public Quote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(opportunityId, "opportunityId");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    revisions = List.copyOf(revisions);
    ValidationException.checkNotNegative(version, "version");
    ValidationException.check(
        !(zone instanceof ZoneOffset), "zone", "must be an IANA time zone such as Europe/Berlin, not the fixed offset " + zone);
    ValidationException.check(!revisions.isEmpty(), "revisions", "must hold at least the first revision");
    for (int i = 0; i < revisions.size(); i++) {
      QuoteRevision r = revisions.get(i);
      ValidationException.check(r.number() == i + 1, "revisions[" + i + "].number", "must be " + (i + 1) + " but was " + r.number());
      boolean last = i == revisions.size() - 1;
      ValidationException.check(
          last != (r.status() == QuoteStatus.SUPERSEDED),
          "revisions[" + i + "].status",
          last ? "the current revision cannot be superseded" : "every revision but the current one must be superseded");
      for (int j = 0; j < r.lines().size(); j++) {
        Currency c = r.lines().get(j).unitPrice().currency();
        ValidationException.check(c.equals(currency), "revisions[" + i + "].lines[" + j + "].unitPrice",
            "must be in the quote's currency " + currency.getCurrencyCode() + " but was " + c.getCurrencyCode());
      }
    }
    ValidationException.check(!updatedAt.isBefore(createdAt), "updatedAt", "must not be before createdAt " + createdAt);
  }

  /** A new quote with one draft revision. */
  public static Quote draft(
      QuoteId id, TenantId tenantId, OpportunityId opportunityId, Currency currency, ZoneId zone, List<QuoteLine> lines,
      LocalDate validUntil, Instant createdAt) {
    return new Quote(
        id, tenantId, 0, opportunityId, currency, zone, List.of(QuoteRevision.draft(1, lines, validUntil, createdAt)), createdAt, createdAt);
  }

  @Override
  public Quote withVersion(long version) {
    return new Quote(id, tenantId, version, opportunityId, currency, zone, revisions, createdAt, updatedAt);
  }

  /** The current revision: the only one that can still change. */
  public QuoteRevision current() {
    return revisions.get(revisions.size() - 1);
  }

  /** Revision {@code number} (1 for the first), current or superseded. */
  public Optional<QuoteRevision> revision(int number) {
    return number >= 1 && number <= revisions.size() ? Optional.of(revisions.get(number - 1)) : Optional.empty();
  }

  /** The totals of the current revision. */
  public QuoteTotals totals() {
    return QuoteTotals.of(current().lines(), currency);
  }

  /** The totals of revision {@code number}. */
  public Optional<QuoteTotals> totals(int number) {
    return revision(number).map(r -> QuoteTotals.of(r.lines(), currency));
  }

  /** The end of the current revision's validity date in the quote's zone: it expires after this instant. */
  public Instant validityEnd() {
    return current().validUntil().plusDays(1).atStartOfDay(zone).toInstant();
  }

  /**
   * The current status as of the clock: a draft or presented quote past its validity date reads as
   * {@link QuoteStatus#EXPIRED} even before {@link #expire} stored it.
   */
  public QuoteStatus statusAt(Clock clock) {
    QuoteStatus s = current().status();
    boolean open = s == QuoteStatus.DRAFT || s == QuoteStatus.PRESENTED;
    return open && facts(clock).isPastValidity() ? QuoteStatus.EXPIRED : s;
  }

  /**
   * Replaces the current draft's lines.
   *
   * @throws IllegalTransitionException unless the current revision is a draft
   */
  public Quote withLines(List<QuoteLine> lines, Instant at) {
    Objects.requireNonNull(lines, "lines");
    requireDraft("edit");
    return replaceCurrent(current().withLines(lines), at);
  }

  /**
   * Moves the current draft's validity date.
   *
   * @throws IllegalTransitionException unless the current revision is a draft
   */
  public Quote withValidUntil(LocalDate validUntil, Instant at) {
    Objects.requireNonNull(validUntil, "validUntil");
    requireDraft("edit");
    return replaceCurrent(current().withValidUntil(validUntil), at);
  }

  /**
   * Presents the draft to the customer.
   *
   * @throws IllegalTransitionException if it is not a draft, has no lines or is past its validity date
   */
  public Quote present(Clock clock) {
    return move(QuoteLifecycle.PRESENT, clock, Optional.empty());
  }

  /**
   * The customer accepts the presented quote.
   *
   * @throws IllegalTransitionException if it is not presented (e.g. already rejected or expired) or its validity
   *     date has passed
   */
  public QuoteOutcome<QuoteAccepted> accept(Clock clock) {
    Quote accepted = move(QuoteLifecycle.ACCEPT, clock, Optional.empty());
    QuoteRevision r = accepted.current();
    return new QuoteOutcome<>(
        accepted, new QuoteAccepted(tenantId, id, opportunityId, r.number(), accepted.totals().grandTotal(), r.decidedAt().orElseThrow()));
  }

  /**
   * The customer rejects the presented quote, with their reason when given.
   *
   * @throws IllegalTransitionException if it is not presented
   */
  public QuoteOutcome<QuoteRejected> reject(Optional<String> reason, Clock clock) {
    Objects.requireNonNull(reason, "reason");
    Quote rejected = move(QuoteLifecycle.REJECT, clock, reason);
    QuoteRevision r = rejected.current();
    return new QuoteOutcome<>(rejected, new QuoteRejected(tenantId, id, opportunityId, r.number(), reason, r.decidedAt().orElseThrow()));
  }

  /**
   * Stores the expiry of a draft or presented quote whose validity date has passed.
   *
   * @throws IllegalTransitionException if it is still valid or not open
   */
  public Quote expire(Clock clock) {
    return move(QuoteLifecycle.EXPIRE, clock, Optional.empty());
  }

  /**
   * Revises a presented, rejected or expired quote: the current revision becomes superseded (read-only) and a
   * new draft revision with {@code lines} and {@code validUntil} becomes current. A draft is edited instead.
   *
   * @throws IllegalTransitionException if the current revision cannot be revised (a draft or an accepted quote)
   */
  public Quote revise(List<QuoteLine> lines, LocalDate validUntil, Clock clock) {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(validUntil, "validUntil");
    Instant now = clock.instant();
    Decision.Accepted d = QuoteLifecycle.MACHINE.fireOrThrow(current().status().stateName(), QuoteLifecycle.REVISE, facts(clock));
    List<QuoteRevision> next = new ArrayList<>(revisions.subList(0, revisions.size() - 1));
    next.add(current().moved(QuoteStatus.ofState(d.to()), now, Optional.empty()));
    next.add(QuoteRevision.draft(revisions.size() + 1, lines, validUntil, now));
    return new Quote(id, tenantId, version, opportunityId, currency, zone, next, createdAt, later(updatedAt, now));
  }

  private Quote move(String event, Clock clock, Optional<String> note) {
    Objects.requireNonNull(clock, "clock");
    Instant now = clock.instant();
    Decision.Accepted d = QuoteLifecycle.MACHINE.fireOrThrow(current().status().stateName(), event, facts(clock));
    return replaceCurrent(current().moved(QuoteStatus.ofState(d.to()), now, note), now);
  }

  private QuoteFacts facts(Clock clock) {
    return new QuoteFacts(current(), LocalDate.ofInstant(clock.instant(), zone));
  }

  private Quote replaceCurrent(QuoteRevision r, Instant at) {
    List<QuoteRevision> next = new ArrayList<>(revisions.subList(0, revisions.size() - 1));
    next.add(r);
    return new Quote(id, tenantId, version, opportunityId, currency, zone, next, createdAt, later(updatedAt, at));
  }

  private void requireDraft(String event) {
    if (current().status() != QuoteStatus.DRAFT) {
      throw new IllegalTransitionException(current().status().stateName(), event, "only a draft can be edited; revise the quote instead");
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
