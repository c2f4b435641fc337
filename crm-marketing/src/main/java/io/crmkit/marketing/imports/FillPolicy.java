package io.crmkit.marketing.imports;

/**
 * What an import does to a contact it matched: fill only what the contact lacks, or overwrite with the file's
 * values. E-mails and phones are always added as contact points (never removed); under {@link #OVERWRITE} the
 * file's becomes the primary one. An empty cell never erases anything.
 *
 * <p>{@code ImportOptions.of(mapping).withFillPolicy(FillPolicy.OVERWRITE)}
 */
public enum FillPolicy {
  /** Keep the contact's values; set only fields it does not have. */
  FILL_BLANKS,
  /** Replace the contact's values with the file's non-empty ones. */
  OVERWRITE
}
