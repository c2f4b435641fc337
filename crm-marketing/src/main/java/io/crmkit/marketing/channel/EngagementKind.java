package io.crmkit.marketing.channel;

/**
 * What a recipient (or the provider) did with a message. {@code kind.endsSending()} says whether the address
 * must not be sent to again; {@code kind.withdrawsConsent()} whether the consent ledger must record a withdrawal.
 */
public enum EngagementKind {
  /** The provider delivered it. */
  DELIVERED,
  /** A permanent failure (no such mailbox, invalid number): stop sending to the address. */
  BOUNCED_HARD,
  /** A temporary failure (mailbox full, phone off). */
  BOUNCED_SOFT,
  /** The recipient opened it. */
  OPENED,
  /** The recipient followed a link in it. */
  CLICKED,
  /** The recipient answered it. */
  REPLIED,
  /** The recipient unsubscribed through it. */
  UNSUBSCRIBED,
  /** The recipient marked it as spam. */
  COMPLAINED;

  /** Whether the recipient engaged positively: opened, clicked or replied. */
  public boolean isPositive() {
    return this == OPENED || this == CLICKED || this == REPLIED;
  }

  /** Whether nothing more may be sent to the address or the person: a hard bounce, an unsubscribe, a complaint. */
  public boolean endsSending() {
    return this == BOUNCED_HARD || this == UNSUBSCRIBED || this == COMPLAINED;
  }

  /** Whether the consent ledger must record a withdrawal: an unsubscribe or a complaint. */
  public boolean withdrawsConsent() {
    return this == UNSUBSCRIBED || this == COMPLAINED;
  }

  /** Whether it implies the message was opened (a click or a reply does). */
  public boolean implies(EngagementKind other) {
    if (this == other) {
      return true;
    }
    return other == OPENED && (this == CLICKED || this == REPLIED);
  }
}
