package io.crmkit.core.privacy;

import java.time.Instant;
import java.util.Objects;

/**
 * Why a candidate person must not be created: which of its identifiers ({@code e-mail} or {@code phone}, by
 * kind only) matched which erasure, when that erasure ran. {@link #reason()} is the text an import reports.
 */
public record ErasureMatch(ErasureSuppressionId erasure, String matchedBy, Instant erasedAt) {
  public ErasureMatch {
    Objects.requireNonNull(erasure, "erasure");
    Objects.requireNonNull(matchedBy, "matchedBy");
    Objects.requireNonNull(erasedAt, "erasedAt");
  }

  /** E.g. {@code its e-mail matches a person erased on 2026-01-15T10:00:00Z (erasure e-1)}. */
  public String reason() {
    return "its " + matchedBy + " matches a person erased on " + erasedAt + " (erasure " + erasure.value() + ")";
  }
}
