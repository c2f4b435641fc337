package io.crmkit.service.routing;

/**
 * The priority of a {@link WorkItem}, lowest first, so that {@code compareTo} orders by urgency;
 * {@code WorkPriority.NORMAL.raised()} is {@code HIGH}.
 */
public enum WorkPriority {
  LOW,
  NORMAL,
  HIGH,
  URGENT;

  /** The next higher priority, or this one when it is already {@link #URGENT}. */
  public WorkPriority raised() {
    return this == URGENT ? URGENT : values()[ordinal() + 1];
  }
}
