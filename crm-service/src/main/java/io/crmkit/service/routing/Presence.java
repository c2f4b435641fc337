package io.crmkit.service.routing;

/**
 * An agent's presence status, as in Omni-Channel: only {@link #AVAILABLE} agents receive new work; busy agents
 * keep what they have but get nothing new, away and offline agents are skipped too.
 * {@code agent.withPresence(Presence.AWAY)}.
 */
public enum Presence {
  /** Signed in and taking new work. */
  AVAILABLE,
  /** Signed in, working on what they have, not taking new work. */
  BUSY,
  /** Signed in but away from the desk (break, meeting). */
  AWAY,
  /** Not signed in. */
  OFFLINE;

  /** Whether an agent with this presence may receive new work. */
  public boolean acceptsWork() {
    return this == AVAILABLE;
  }
}
