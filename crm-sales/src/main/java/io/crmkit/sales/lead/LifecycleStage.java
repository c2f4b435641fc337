package io.crmkit.sales.lead;

import java.util.Objects;

/**
 * How far a person has come on the way to being a customer, in HubSpot's lifecycle stages. Stages are
 * ordered as declared and a record only moves forward ({@link #canAdvanceTo}); going back needs an explicit
 * reset with a reason ({@link Lead#resetStage}). {@link #OTHER} is last, as in HubSpot: any stage may move to
 * it, and leaving it for an earlier stage is a reset.
 *
 * <p>{@code if (lead.stage().canAdvanceTo(LifecycleStage.SALES_QUALIFIED_LEAD)) ...}
 */
public enum LifecycleStage {
  /** Opted in to hear more (a newsletter, a blog). */
  SUBSCRIBER,
  /** Showed interest beyond subscribing (a form, a download). */
  LEAD,
  /** Marketing deems the person ready for sales. */
  MARKETING_QUALIFIED_LEAD,
  /** Sales accepted the person as a potential customer. */
  SALES_QUALIFIED_LEAD,
  /** A deal is open. */
  OPPORTUNITY,
  /** A deal was won. */
  CUSTOMER,
  /** A customer who promotes the business. */
  EVANGELIST,
  /** Outside the sales funnel (a partner, a journalist, a candidate). */
  OTHER;

  /** Whether moving from this stage to {@code next} is forward (or staying put). */
  public boolean canAdvanceTo(LifecycleStage next) {
    Objects.requireNonNull(next, "next");
    return next.ordinal() >= ordinal();
  }

  /** The later of this stage and {@code other}. */
  public LifecycleStage atLeast(LifecycleStage other) {
    Objects.requireNonNull(other, "other");
    return other.ordinal() > ordinal() ? other : this;
  }
}
