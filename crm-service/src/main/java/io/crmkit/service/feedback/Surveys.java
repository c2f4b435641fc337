package io.crmkit.service.feedback;

import io.crmkit.core.event.ChangeKind;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.event.RecordChanged;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.service.cases.CaseId;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One tenant's CSAT and NPS surveys: at most one response per case and kind; answering again replaces the
 * score and comment and keeps the earlier answer in the response's history. Writes use optimistic versions
 * (two racing answers: one wins, the other gets a {@link io.crmkit.core.ConcurrencyConflictException} and may
 * retry).
 *
 * <pre>{@code
 * Surveys surveys = Surveys.of(acme, clock);
 * surveys.answer(SurveySubmission.of(caseId, SurveyKind.CSAT, 4).byAgent("u-7"));
 * }</pre>
 */
public final class Surveys {
  private final TenantStore store;
  private final Repository<SurveyResponse, SurveyResponseId> responses;
  private final Clock clock;
  private final EventPublisher events;

  private Surveys(TenantStore store, Clock clock, EventPublisher events) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.events = Objects.requireNonNull(events, "events");
    this.responses = store.repository(SurveyResponse.TYPE);
  }

  /** Surveys over {@code store}, stamping answers with {@code clock}. */
  public static Surveys of(TenantStore store, Clock clock) {
    return new Surveys(store, clock, EventPublisher.discarding());
  }

  /** Surveys that also publish a {@link RecordChanged} for every answer. */
  public static Surveys of(TenantStore store, Clock clock, EventPublisher events) {
    return new Surveys(store, clock, events);
  }

  /** Records an answer: the case's first of this kind, or a re-answer that keeps the previous one in history. */
  public SurveyResponse answer(SurveySubmission s) {
    Objects.requireNonNull(s, "submission");
    SurveyAnswer answer = new SurveyAnswer(s.score(), s.comment(), clock.instant());
    SurveyResponseId id = SurveyResponseId.of(s.caseId(), s.kind());
    Optional<SurveyResponse> existing = responses.find(id);
    SurveyResponse saved = existing
        .map(r -> responses.update(r.reanswered(answer, s.agent(), s.team())))
        .orElseGet(() -> responses.insert(new SurveyResponse(id, store.tenantId(), 0, s.caseId(), s.kind(), answer, s.agent(), s.team(), List.of())));
    events.publish(new RecordChanged(store.tenantId(), saved.ref(), existing.isPresent() ? ChangeKind.UPDATED : ChangeKind.CREATED,
        Set.of(), s.agent().orElse("customer"), answer.answeredAt()));
    return saved;
  }

  /** The response of {@code kind} for the case, if it was answered. */
  public Optional<SurveyResponse> find(CaseId caseId, SurveyKind kind) {
    return responses.find(SurveyResponseId.of(caseId, kind));
  }

  /** Every response of the case (at most one per kind). */
  public List<SurveyResponse> forCase(CaseId caseId) {
    return responses.query(Criteria.eq(SurveyResponse.CASE, Objects.requireNonNull(caseId, "caseId").value()));
  }

  /** Every response of this tenant, for reports; close the stream (try-with-resources). */
  public Stream<SurveyResponse> all() {
    return responses.stream(Criteria.all());
  }
}
