package io.crmkit.sales.pipeline;

import java.util.Locale;

/**
 * An opportunity field a {@link Stage} can require before an opportunity may enter it: the stage's guard
 * refuses the move while the field is empty. E.g. {@code Stage.open("proposal", ...).requiring(RequiredField.AMOUNT)}.
 */
public enum RequiredField {
  /** A non-zero amount (set directly or from line items). */
  AMOUNT,
  /** At least one line item. */
  LINE_ITEMS,
  /** A next step. */
  NEXT_STEP,
  /** A primary contact role. */
  PRIMARY_CONTACT,
  /** At least one competitor. */
  COMPETITORS,
  /** A won or lost reason (for closed stages). */
  CLOSE_REASON;

  /** Lower snake case, as used in guard refusals, e.g. {@code next_step}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
