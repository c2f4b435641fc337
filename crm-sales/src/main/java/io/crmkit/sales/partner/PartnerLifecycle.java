package io.crmkit.sales.partner;

import io.crmkit.core.statemachine.Guard;
import io.crmkit.core.statemachine.StateMachine;

/**
 * The status of a partner programme membership as a crm-core state machine: prospect → active (once it has at
 * least one partner user) ⇄ suspended, and terminate from any of them to the terminal terminated. {@link
 * PartnerProgram#changeStatus} fires every change through it.
 *
 * <p>{@code Set<String> buttons = PartnerLifecycle.MACHINE.availableEvents(partner.status(), partner);}
 */
public final class PartnerLifecycle {
  public static final String PROSPECT = "prospect";
  public static final String ACTIVE = "active";
  public static final String SUSPENDED = "suspended";
  public static final String TERMINATED = "terminated";

  /** Events. */
  public static final String ACTIVATE = "activate";
  public static final String SUSPEND = "suspend";
  public static final String REINSTATE = "reinstate";
  public static final String TERMINATE = "terminate";

  static final Guard<Partner> HAS_USERS =
      Guard.of("has_partner_users", p -> !p.users().isEmpty(), "an active partner needs at least one partner user");

  /** The machine {@code partner_status}. */
  public static final StateMachine<Partner> MACHINE = StateMachine.<Partner>builder("partner_status")
      .states(PROSPECT, ACTIVE, SUSPENDED, TERMINATED)
      .initial(PROSPECT)
      .terminal(TERMINATED)
      .transition(PROSPECT, ACTIVATE, ACTIVE, HAS_USERS)
      .transition(ACTIVE, SUSPEND, SUSPENDED)
      .transition(SUSPENDED, REINSTATE, ACTIVE, HAS_USERS)
      .fromAnyNonTerminal(TERMINATE, TERMINATED)
      .build();

  private PartnerLifecycle() {}
}
