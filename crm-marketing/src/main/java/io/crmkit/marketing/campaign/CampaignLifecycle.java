package io.crmkit.marketing.campaign;

import io.crmkit.core.statemachine.Guard;
import io.crmkit.core.statemachine.StateMachine;

/**
 * The campaign lifecycle on crm-core's state-machine engine: draft → scheduled → running ⇄ paused →
 * completed, and cancelled from any non-terminal state. Scheduling needs a start date.
 * {@code Campaign next = campaign.fire(CampaignLifecycle.SCHEDULE);}
 */
public final class CampaignLifecycle {
  public static final String DRAFT = "draft";
  public static final String SCHEDULED = "scheduled";
  public static final String RUNNING = "running";
  public static final String PAUSED = "paused";
  public static final String COMPLETED = "completed";
  public static final String CANCELLED = "cancelled";

  public static final String SCHEDULE = "schedule";
  public static final String START = "start";
  public static final String PAUSE = "pause";
  public static final String RESUME = "resume";
  public static final String COMPLETE = "complete";
  public static final String CANCEL = "cancel";

  private static final Guard<Campaign> HAS_START_DATE =
      Guard.of("has_start_date", c -> c.startDate().isPresent(), "the campaign has no start date");

  /** The machine; {@link Campaign#fire} uses it. */
  public static final StateMachine<Campaign> MACHINE = StateMachine.<Campaign>builder("campaign")
      .states(DRAFT, SCHEDULED, RUNNING, PAUSED, COMPLETED, CANCELLED)
      .initial(DRAFT)
      .terminal(COMPLETED, CANCELLED)
      .transition(DRAFT, SCHEDULE, SCHEDULED, HAS_START_DATE)
      .transition(SCHEDULED, START, RUNNING)
      .transition(RUNNING, PAUSE, PAUSED)
      .transition(PAUSED, RESUME, RUNNING)
      .transition(RUNNING, COMPLETE, COMPLETED)
      .transition(PAUSED, COMPLETE, COMPLETED)
      .fromAnyNonTerminal(CANCEL, CANCELLED)
      .build();

  private CampaignLifecycle() {}
}
