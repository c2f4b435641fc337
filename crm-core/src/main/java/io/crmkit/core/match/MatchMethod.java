package io.crmkit.core.match;

/**
 * How a {@link MatchRule} condition compares one field, after normalisation by the field's kind; each gives a
 * similarity in {@code [0, 1]} that the condition's threshold applies to.
 */
public enum MatchMethod {
  /** 1 when the normalised values are equal, else 0. */
  EXACT,
  /** Jaro-Winkler similarity. */
  JARO_WINKLER,
  /** {@code 1 - levenshtein / longer length}. */
  LEVENSHTEIN,
  /** Jaccard similarity of the sets of words, so order does not matter. */
  TOKEN_SET,
  /** 1 when the values sound alike (Double Metaphone) or are nicknames of one name, else 0. */
  PHONETIC
}
