package io.crmkit.core.consent;

/**
 * The lawful basis for processing that a grant rests on (GDPR article 6(1) a to f).
 *
 * <p>{@code ledger.grant(party, Channel.EMAIL, Purpose.SERVICE, LegalBasis.CONTRACT, "signup", false, Optional.empty())}
 */
public enum LegalBasis {
  /** The party agreed (article 6(1)(a)). */
  CONSENT,
  /** Needed to perform a contract with the party (b). */
  CONTRACT,
  /** Needed for a legal obligation (c). */
  LEGAL_OBLIGATION,
  /** Protects someone's vital interests (d). */
  VITAL_INTEREST,
  /** A task in the public interest (e). */
  PUBLIC_TASK,
  /** The controller's legitimate interest, balanced against the party's rights (f). */
  LEGITIMATE_INTEREST
}
