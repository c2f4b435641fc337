package io.crmkit.sales.quote;

import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a {@link Quote}: its lines, validity date and status, numbered from 1. Only the current
 * (last) revision of a quote changes; older ones are {@link QuoteStatus#SUPERSEDED} and read-only.
 *
 * <p>{@code QuoteRevision first = quote.revision(1).orElseThrow();}
 *
 * @param validUntil the last day (in the quote's zone) on which the quote can be accepted
 * @param decidedAt when the customer accepted or rejected it, or it expired or was superseded
 * @param decisionNote the customer's reason for a rejection, when given
 */
public record QuoteRevision(
    int number,
    List<QuoteLine> lines,
    LocalDate validUntil,
    QuoteStatus status,
    Instant createdAt,
    Optional<Instant> presentedAt,
    Optional<Instant> decidedAt,
    Optional<String> decisionNote) {
  public QuoteRevision {
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(presentedAt, "presentedAt");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(decisionNote, "decisionNote");
    lines = List.copyOf(lines);
    ValidationException.check(number >= 1, "revision.number", "must be 1 or more but was " + number);
    ValidationException.check(lines.size() <= 500, "lines", "must have at most 500 entries");
    ValidationException.check(
        decisionNote.isEmpty() || !decisionNote.get().isBlank(), "decisionNote", "must not be blank when present; use Optional.empty()");
    ValidationException.check(
        decisionNote.isEmpty() || status == QuoteStatus.REJECTED || status == QuoteStatus.SUPERSEDED,
        "decisionNote", "only a rejection carries a note, not a " + status + " quote");
    ValidationException.check(
        presentedAt.isEmpty() || status != QuoteStatus.DRAFT, "presentedAt", "a draft has not been presented");
    ValidationException.check(
        (status == QuoteStatus.ACCEPTED || status == QuoteStatus.REJECTED) ? presentedAt.isPresent() : true,
        "presentedAt", "a " + status + " quote must have been presented");
    ValidationException.check(
        decidedAt.isPresent() == (status != QuoteStatus.DRAFT && status != QuoteStatus.PRESENTED),
        "decidedAt", "must be present exactly when the quote is decided (status " + status + ")");
  }

  /** A new draft revision. */
  static QuoteRevision draft(int number, List<QuoteLine> lines, LocalDate validUntil, Instant createdAt) {
    return new QuoteRevision(number, lines, validUntil, QuoteStatus.DRAFT, createdAt, Optional.empty(), Optional.empty(), Optional.empty());
  }

  QuoteRevision moved(QuoteStatus to, Instant at, Optional<String> note) {
    Optional<Instant> presented = to == QuoteStatus.PRESENTED ? Optional.of(at) : presentedAt;
    Optional<Instant> decided = to == QuoteStatus.PRESENTED ? Optional.empty() : Optional.of(at);
    return new QuoteRevision(number, lines, validUntil, to, createdAt, presented, decided, note.or(() -> decisionNote));
  }

  QuoteRevision withLines(List<QuoteLine> newLines) {
    return new QuoteRevision(number, newLines, validUntil, status, createdAt, presentedAt, decidedAt, decisionNote);
  }

  QuoteRevision withValidUntil(LocalDate date) {
    return new QuoteRevision(number, lines, date, status, createdAt, presentedAt, decidedAt, decisionNote);
  }
}
