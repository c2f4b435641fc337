package io.crmkit.core.consent;

/**
 * A way of reaching a party that consent is given or withdrawn for.
 *
 * <p>{@code ledger.decide(party, Channel.EMAIL, Purpose.of("newsletter"), now)}
 */
public enum Channel {
  EMAIL,
  SMS,
  PHONE,
  POST,
  WHATSAPP,
  PUSH,
  IN_APP
}
