package io.crmkit.service.sla;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which warnings and breaches to raise now: a pure function of an evaluation and the keys already raised
 * (persisted by the host), so every alert is raised exactly once however often clocks are read.
 *
 * <p>{@code SlaAlerts.Due due = SlaAlerts.due(evaluation, raisedKeys); publish(due.alerts()); save(due.raised());}
 */
public final class SlaAlerts {
  private SlaAlerts() {}

  /** The alerts to raise, oldest first, and the raised keys afterwards. */
  public record Due(List<SlaAlert> alerts, Set<String> raised) {
    public Due {
      alerts = List.copyOf(Objects.requireNonNull(alerts, "alerts"));
      raised = Set.copyOf(Objects.requireNonNull(raised, "raised"));
    }
  }

  /** The alerts of {@code evaluation} whose keys are not in {@code alreadyRaised}. */
  public static Due due(SlaEvaluation evaluation, Set<String> alreadyRaised) {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(alreadyRaised, "alreadyRaised");
    List<SlaAlert> out = new ArrayList<>();
    Set<String> raised = new HashSet<>(alreadyRaised);
    for (SlaClockReading r : evaluation.clocks()) {
      r.warnedAt().ifPresent(at -> add(out, raised, new SlaAlert(evaluation.tenantId(), evaluation.caseId(), r.metric(), r.cycle(),
          SlaAlert.Kind.WARNING, at, r.target())));
      r.breachedAt().ifPresent(at -> add(out, raised, new SlaAlert(evaluation.tenantId(), evaluation.caseId(), r.metric(), r.cycle(),
          SlaAlert.Kind.BREACHED, at, r.target())));
    }
    out.sort(Comparator.comparing(SlaAlert::occurredAt).thenComparing(SlaAlert::key));
    return new Due(out, raised);
  }

  private static void add(List<SlaAlert> out, Set<String> raised, SlaAlert a) {
    if (raised.add(a.key())) {
      out.add(a);
    }
  }
}
