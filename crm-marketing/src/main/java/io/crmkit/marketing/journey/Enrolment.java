package io.crmkit.marketing.journey;

import io.crmkit.core.Aggregate;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One contact's way through one {@link Journey}, persisted as this record: the current step and when it was
 * entered, every move with its reason ({@link #history()}), the messages sent, the engagements and triggers seen,
 * and why the contact is where they are now ({@link #position()}). Only {@link JourneyEngine} changes it.
 *
 * <pre>{@code
 * EntryDecision entry = JourneyEngine.enter(journey, contact, zone, previous, Optional.of("signup"), id, now);
 * JourneyAdvance step = JourneyEngine.advance(journey, entry.enrolment().orElseThrow(), contact, List.of(), now);
 * repository.insert(step.enrolment());   // then deliver step.actions()
 * }</pre>
 *
 * @param zone the recipient's zone, for waits until a local time
 * @param stepEnteredAt when the current step was entered (for a wait: when its clock started)
 * @param position why the contact is where they are, in words
 */
public record Enrolment(
    EnrolmentId id, TenantId tenantId, long version, JourneyId journeyId, ContactId contact, ZoneId zone,
    Instant enteredAt, EnrolmentStatus status, StepId currentStep, Instant stepEnteredAt, Optional<Instant> exitedAt,
    String position, List<HistoryEntry> history, List<SentMessage> sent, List<RecordedSignal> signals)
    implements Aggregate<EnrolmentId> {

  /** The entity type name. */
  public static final String TYPE_NAME = "journey_enrolment";
  /** The journey's id; indexed. */
  public static final FieldRef<String> JOURNEY = FieldRef.text("journey");
  /** The contact's id; indexed. */
  public static final FieldRef<String> CONTACT = FieldRef.text("contact");
  /** The status by name; indexed. */
  public static final FieldRef<String> STATUS = FieldRef.text("status");
  /** The current step. */
  public static final FieldRef<String> STEP = FieldRef.text("step");

  /** The entity type {@code journey_enrolment}, for any store. */
  public static final EntityType<Enrolment, EnrolmentId> TYPE =
      EntityType.builder(TYPE_NAME, Enrolment.class, EnrolmentId::new)
          .field(JOURNEY, e -> e.journeyId().value())
          .field(CONTACT, e -> e.contact().value())
          .field(STATUS, e -> e.status().name())
          .field(STEP, e -> e.currentStep().value())
          .index(JOURNEY, CONTACT, STATUS)
          .build();

  public Enrolment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    ValidationException.checkNotNegative(version, "version");
    Objects.requireNonNull(journeyId, "journeyId");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(enteredAt, "enteredAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(currentStep, "currentStep");
    Objects.requireNonNull(stepEnteredAt, "stepEnteredAt");
    Objects.requireNonNull(exitedAt, "exitedAt");
    Objects.requireNonNull(position, "position");
    history = List.copyOf(Objects.requireNonNull(history, "history"));
    sent = List.copyOf(Objects.requireNonNull(sent, "sent"));
    signals = List.copyOf(Objects.requireNonNull(signals, "signals"));
    ValidationException.check(!stepEnteredAt.isBefore(enteredAt), "stepEnteredAt", "must not be before enteredAt");
    ValidationException.check(exitedAt.isPresent() == (status == EnrolmentStatus.EXITED), "exitedAt",
        "is set exactly when the enrolment has exited");
  }

  @Override
  public Enrolment withVersion(long value) {
    return new Enrolment(id, tenantId, value, journeyId, contact, zone, enteredAt, status, currentStep, stepEnteredAt,
        exitedAt, position, history, sent, signals);
  }

  /** Whether the enrolment is still in the journey. */
  public boolean isActive() {
    return status == EnrolmentStatus.ACTIVE;
  }

  /** The latest message sent at {@code step}. */
  public Optional<SentMessage> lastSentAt(StepId step) {
    for (int i = sent.size() - 1; i >= 0; i--) {
      if (sent.get(i).step().equals(step)) {
        return Optional.of(sent.get(i));
      }
    }
    return Optional.empty();
  }

  Enrolment moveTo(StepId to, Instant at, String why) {
    List<HistoryEntry> h = new ArrayList<>(history);
    h.add(new HistoryEntry(at, Optional.of(currentStep), Optional.of(to), why));
    return new Enrolment(id, tenantId, version, journeyId, contact, zone, enteredAt, status, to, at, exitedAt,
        "at '" + to + "' since " + at + ": " + why, h, sent, signals);
  }

  Enrolment exit(Instant at, String why) {
    List<HistoryEntry> h = new ArrayList<>(history);
    h.add(new HistoryEntry(at, Optional.of(currentStep), Optional.empty(), why));
    return new Enrolment(id, tenantId, version, journeyId, contact, zone, enteredAt, EnrolmentStatus.EXITED, currentStep,
        stepEnteredAt, Optional.of(at), "exited at " + at + ": " + why, h, sent, signals);
  }

  Enrolment withSent(SentMessage message) {
    List<SentMessage> s = new ArrayList<>(sent);
    s.add(message);
    return new Enrolment(id, tenantId, version, journeyId, contact, zone, enteredAt, status, currentStep, stepEnteredAt,
        exitedAt, position, history, s, signals);
  }

  Enrolment withSignals(List<RecordedSignal> value) {
    return new Enrolment(id, tenantId, version, journeyId, contact, zone, enteredAt, status, currentStep, stepEnteredAt,
        exitedAt, position, history, sent, value);
  }

  Enrolment withPosition(String value) {
    return new Enrolment(id, tenantId, version, journeyId, contact, zone, enteredAt, status, currentStep, stepEnteredAt,
        exitedAt, value, history, sent, signals);
  }
}
