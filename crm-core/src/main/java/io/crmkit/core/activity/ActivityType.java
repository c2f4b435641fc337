package io.crmkit.core.activity;

import java.util.Locale;

/**
 * The kind of an {@link Activity}; it decides which of the activity's fields apply.
 *
 * <p>{@code activity.type() == ActivityType.TASK}
 */
public enum ActivityType {
  /** A phone call: direction, start, optional end, optional reminder. */
  CALL,
  /** An e-mail sent or received: direction; done when logged. */
  EMAIL,
  /** A meeting: start, end, optional reminder. */
  MEETING,
  /** A to-do: optional due date and reminder. */
  TASK,
  /** A note: text written at one instant; done when written. */
  NOTE;

  /** The name as a person reads it, e.g. {@code Call}. */
  public String label() {
    String n = name().toLowerCase(Locale.ROOT);
    return n.equals("email") ? "E-mail" : Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }
}
