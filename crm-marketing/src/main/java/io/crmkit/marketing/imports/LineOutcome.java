package io.crmkit.marketing.imports;

import io.crmkit.core.ValidationException;
import io.crmkit.core.party.ContactId;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one data line of an import: the contact it created or updated (and how it was matched), or
 * why nothing was written.
 *
 * <p>{@code report.outcomes().stream().filter(o -> o.action() == LineOutcome.Action.UPDATED)}
 */
public record LineOutcome(long line, Action action, Optional<ContactId> contact, String detail) {

  /** The fate of a line. */
  public enum Action {
    /** A new contact was stored. */
    CREATED,
    /** A matched contact was changed. */
    UPDATED,
    /** A matched contact already had every value. */
    UNCHANGED,
    /** The line had problems; nothing was written for it. */
    REJECTED,
    /** The line was fine but its batch was rejected, so it was not written. */
    ROLLED_BACK,
    /** The import stopped at an earlier problem before reaching the line. */
    NOT_PROCESSED
  }

  public LineOutcome {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(detail, "detail");
    ValidationException.check(line >= 2, "line", "data lines start at 2 but was " + line);
  }

  /** Whether the line's contact is stored. */
  public boolean written() {
    return action == Action.CREATED || action == Action.UPDATED || action == Action.UNCHANGED;
  }
}
