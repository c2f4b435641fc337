package io.crmkit.marketing.imports;

import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A known visitor's page view: the URL, when, and the referrer if known.
 * {@code new WebVisit("https://shop.example/pricing", at, Optional.empty())}
 */
public record WebVisit(String url, Instant at, Optional<String> referrer) {
  public WebVisit {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(referrer, "referrer");
    ValidationException.check(!url.isBlank() && url.length() <= 2000, "url", "must have 1 to 2000 characters");
  }
}
