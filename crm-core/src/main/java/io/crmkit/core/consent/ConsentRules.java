package io.crmkit.core.consent;

import io.crmkit.core.query.Values;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The pure decision over ledger events: what {@link ConsentLedger} asks after reading them. */
final class ConsentRules {
  private ConsentRules() {}

  /**
   * Ledger order: by time; at the same instant grants before confirmations before withdrawals (so a
   * withdrawal wins a tie), then by id. Never depends on the order events were stored in.
   */
  static final Comparator<ConsentEvent> LEDGER_ORDER =
      Comparator.comparing(ConsentEvent::at)
          .thenComparing(ConsentEvent::action)
          .thenComparing(e -> e.id().value(), Values.CODE_POINT_ORDER);

  /** The events in ledger order. */
  static List<ConsentEvent> sorted(List<ConsentEvent> events) {
    List<ConsentEvent> out = new ArrayList<>(events);
    out.sort(LEDGER_ORDER);
    return out;
  }

  /** Where the events leave one channel and purpose: the state, the event it rests on and the grant in force. */
  private record Fold(ConsentState state, @Nullable ConsentEvent basis, @Nullable ConsentEvent grant) {}

  /** The decision for one channel and purpose from the party's events, honouring only those at or before {@code at}. */
  static ConsentDecision decide(List<ConsentEvent> events, Channel channel, Purpose purpose, Instant at) {
    Fold f = fold(events, channel, purpose, at);
    return new ConsentDecision(
        channel, purpose, f.state() == ConsentState.GRANTED, f.state(), reason(f.state(), channel, purpose, f.basis(), f.grant()),
        Optional.ofNullable(f.basis()));
  }

  /** The state {@link #decide} would give, without its reason. */
  static ConsentState state(List<ConsentEvent> events, Channel channel, Purpose purpose, Instant at) {
    return fold(events, channel, purpose, at).state();
  }

  private static Fold fold(List<ConsentEvent> events, Channel channel, Purpose purpose, Instant at) {
    ConsentState state = ConsentState.NONE;
    @Nullable ConsentEvent basis = null;
    @Nullable ConsentEvent grant = null;
    for (ConsentEvent e : events.size() == 1 ? events : sorted(events)) {
      if (e.at().isAfter(at)
          || e.channel() != channel
          || !(e.purpose().equals(purpose) || e.purpose().isAll())) {
        continue;
      }
      switch (e.action()) {
        case GRANTED:
          if (e.doubleOptIn() && state == ConsentState.GRANTED) {
            break; // signing up again while subscribed keeps the permission in force
          }
          state = e.doubleOptIn() ? ConsentState.PENDING_CONFIRMATION : ConsentState.GRANTED;
          basis = e;
          grant = e;
          break;
        case CONFIRMED:
          if (state == ConsentState.PENDING_CONFIRMATION) {
            state = ConsentState.GRANTED;
            basis = e;
          }
          break;
        case WITHDRAWN:
          state = ConsentState.WITHDRAWN;
          basis = e;
          grant = null;
          break;
        default:
          throw new IllegalStateException("unknown action " + e.action());
      }
    }
    return new Fold(state, basis, grant);
  }

  private static String reason(
      ConsentState state, Channel channel, Purpose purpose, @Nullable ConsentEvent basis, @Nullable ConsentEvent grant) {
    if (state == ConsentState.NONE || basis == null) {
      return "no consent on record for " + channel + " / " + purpose;
    }
    switch (state) {
      case GRANTED:
        if (basis.action() == ConsentAction.CONFIRMED && grant != null) {
          return "granted on " + grant.at() + " via " + grant.source() + " (" + grant.legalBasis() + ") and confirmed on "
              + basis.at() + " via " + basis.source();
        }
        return "granted on " + basis.at() + " via " + basis.source() + " (" + basis.legalBasis() + ")";
      case PENDING_CONFIRMATION:
        return "granted on " + basis.at() + " via " + basis.source() + " but awaiting double opt-in confirmation";
      case WITHDRAWN:
        if (basis.purpose().isAll()) {
          return "every purpose on " + channel + " withdrawn on " + basis.at() + " via " + basis.source();
        }
        return "withdrawn on " + basis.at() + " via " + basis.source();
      default:
        return "no consent on record for " + channel + " / " + purpose;
    }
  }
}
