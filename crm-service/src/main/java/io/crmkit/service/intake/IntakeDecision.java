package io.crmkit.service.intake;

import io.crmkit.core.ValidationException;
import io.crmkit.service.cases.CaseId;
import java.util.Objects;

/**
 * What {@link CaseIntake} decided for one inbound message, and why: a {@link NewCase}, a {@link Reply} on an
 * existing case, or {@link Ignored}. {@code System.out.println(result.decision().explain());}
 */
public sealed interface IntakeDecision permits IntakeDecision.NewCase, IntakeDecision.Reply, IntakeDecision.Ignored {
  /** Why, in words a person can check. */
  String reason();

  /** The decision and its reason as one sentence. */
  String explain();

  /** A new case was opened. */
  record NewCase(CaseId caseId, String reason) implements IntakeDecision {
    public NewCase {
      Objects.requireNonNull(caseId, "caseId");
      checkReason(reason);
    }

    @Override
    public String explain() {
      return "new case " + caseId + " because " + reason;
    }
  }

  /** The message was added to case {@code caseId} as a public reply; {@code reopened} when that moved its status. */
  record Reply(CaseId caseId, boolean reopened, String reason) implements IntakeDecision {
    public Reply {
      Objects.requireNonNull(caseId, "caseId");
      checkReason(reason);
    }

    @Override
    public String explain() {
      return "reply to case " + caseId + " because " + reason + (reopened ? "; the customer's reply reopened it" : "");
    }
  }

  /** Nothing was stored. */
  record Ignored(Cause cause, String reason) implements IntakeDecision {
    /** The kinds of message intake drops. */
    public enum Cause {
      /** An auto-reply (out of office, delivery report, bulk mail). */
      AUTO_REPLY,
      /** A mail loop: our own address, our loop marker, or too many messages from one sender. */
      MAIL_LOOP,
      /** A message already received (the same Message-ID). */
      DUPLICATE
    }

    public Ignored {
      Objects.requireNonNull(cause, "cause");
      checkReason(reason);
    }

    @Override
    public String explain() {
      return "ignored because " + reason;
    }
  }

  private static void checkReason(String reason) {
    Objects.requireNonNull(reason, "reason");
    ValidationException.check(!reason.isBlank(), "reason", "a decision must say why");
  }
}
