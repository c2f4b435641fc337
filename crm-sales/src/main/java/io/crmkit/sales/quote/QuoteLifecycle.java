package io.crmkit.sales.quote;

import io.crmkit.core.statemachine.Guard;
import io.crmkit.core.statemachine.StateMachine;

/**
 * The lifecycle of a quote revision as a crm-core state machine: draft → presented → accepted | rejected |
 * expired, and revise (presented, rejected or expired → superseded, with a new draft revision). {@link Quote}
 * fires every event through it; hosts can read it, e.g. to offer the events {@code availableEvents} allows.
 *
 * <p>{@code Set<String> buttons = QuoteLifecycle.MACHINE.availableEvents("presented", facts);}
 */
public final class QuoteLifecycle {
  /** Events. */
  public static final String PRESENT = "present";
  public static final String ACCEPT = "accept";
  public static final String REJECT = "reject";
  public static final String EXPIRE = "expire";
  public static final String REVISE = "revise";

  static final Guard<QuoteFacts> WITHIN_VALIDITY = Guard.of(
      "within_validity", f -> !f.isPastValidity(), "the quote expired: it was valid until its validity date and that has passed");
  static final Guard<QuoteFacts> PAST_VALIDITY = Guard.of(
      "past_validity", QuoteFacts::isPastValidity, "the quote is still within its validity date");

  /** The machine {@code quote}. */
  public static final StateMachine<QuoteFacts> MACHINE = StateMachine.<QuoteFacts>builder("quote")
      .states("draft", "presented", "accepted", "rejected", "expired", "superseded")
      .initial("draft")
      .terminal("accepted", "superseded")
      .transition("draft", PRESENT, "presented", Guard.of("presentable",
          f -> !f.revision().lines().isEmpty() && !f.isPastValidity(),
          "the quote needs at least one line and a validity date that has not passed"))
      .transition("presented", ACCEPT, "accepted", WITHIN_VALIDITY)
      .transition("presented", REJECT, "rejected")
      .transition("draft", EXPIRE, "expired", PAST_VALIDITY)
      .transition("presented", EXPIRE, "expired", PAST_VALIDITY)
      .transition("presented", REVISE, "superseded")
      .transition("rejected", REVISE, "superseded")
      .transition("expired", REVISE, "superseded")
      .build();

  private QuoteLifecycle() {}
}
