package io.crmkit.core.audit;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.EventPublisher;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * How audited repositories record writes: who the actor is (fixed, or asked for on every write, e.g. from the
 * host's security context), the clock that stamps entries, where {@link io.crmkit.core.event.RecordChanged}
 * events go, and how audit entry ids are made.
 *
 * <pre>{@code
 * Auditor auditor = Auditor.custom()
 *     .actor(() -> security.currentUserId())
 *     .clock(clock)
 *     .events(publisher)
 *     .build();
 * }</pre>
 */
public final class Auditor {
  private final Supplier<String> actor;
  private final Clock clock;
  private final EventPublisher events;
  private final IdGenerator ids;

  private Auditor(Builder b) {
    this.actor = Objects.requireNonNull(b.actor, "actor");
    this.clock = Objects.requireNonNull(b.clock, "clock");
    this.events = b.events == null ? EventPublisher.discarding() : b.events;
    this.ids = b.ids == null ? IdGenerator.uuidV7(clock) : b.ids;
  }

  /** Starts a configuration; {@link Builder#actor} and {@link Builder#clock} are required. */
  public static Builder custom() {
    return new Builder();
  }

  /** An auditor with a fixed actor, the given clock and publisher, and UUIDv7 entry ids. */
  public static Auditor of(String actor, Clock clock, EventPublisher events) {
    return custom().actor(actor).clock(clock).events(events).build();
  }

  /** The actor of the write happening now. */
  String currentActor() {
    String a = actor.get();
    Objects.requireNonNull(a, "the actor supplier returned null");
    ValidationException.check(!a.isBlank(), "actor", "the actor supplier must name who writes (a user id, 'system', ...)");
    return a;
  }

  Clock clock() {
    return clock;
  }

  EventPublisher events() {
    return events;
  }

  IdGenerator ids() {
    return ids;
  }

  /** Builds an {@link Auditor}. */
  public static final class Builder {
    private @Nullable Supplier<String> actor;
    private @Nullable Clock clock;
    private @Nullable EventPublisher events;
    private @Nullable IdGenerator ids;

    private Builder() {}

    /** The same actor for every write, e.g. {@code "system"} for an import. */
    public Builder actor(String actor) {
      Objects.requireNonNull(actor, "actor");
      ValidationException.check(!actor.isBlank(), "actor", "must name who writes (a user id, 'system', ...)");
      this.actor = () -> actor;
      return this;
    }

    /** Asks for the actor on every write (e.g. the signed-in user of the current request). */
    public Builder actor(Supplier<String> actor) {
      this.actor = Objects.requireNonNull(actor, "actor");
      return this;
    }

    /** The clock that stamps audit entries and events. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Where change events go; by default they are discarded. */
    public Builder events(EventPublisher events) {
      this.events = Objects.requireNonNull(events, "events");
      return this;
    }

    /** How audit entry ids are made; by default UUIDv7 from the clock. */
    public Builder ids(IdGenerator ids) {
      this.ids = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /** The auditor; fails when the actor or the clock is missing. */
    public Auditor build() {
      Objects.requireNonNull(actor, "actor: call actor(...) before build()");
      Objects.requireNonNull(clock, "clock: call clock(...) before build()");
      return new Auditor(this);
    }
  }
}
