package io.crmkit.marketing.channel;

/**
 * A hook for what an engagement changes outside journeys: campaign members' statuses, the consent ledger (an
 * unsubscribe), suppression (a hard bounce), scores. Registered with {@link EngagementRouter}.
 *
 * <p>{@code router.register(event -> { if (event.kind().withdrawsConsent()) ledger.withdraw(...); })}
 */
@FunctionalInterface
public interface EngagementListener {
  /** Reacts to one engagement event; must tolerate seeing the same event twice (providers redeliver). */
  void onEngagement(EngagementEvent event);
}
