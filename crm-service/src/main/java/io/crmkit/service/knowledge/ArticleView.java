package io.crmkit.service.knowledge;

import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer read an article in a self-service portal session: the raw input of deflection tracking.
 *
 * <p>{@code new ArticleView("s-42", article.master(), clock.instant())}
 *
 * @param portalSession the host's id of the portal (or chat) session, 1 to 128 characters
 * @param article the article read (its master id, so that views of all its versions count together)
 */
public record ArticleView(String portalSession, ArticleId article, Instant viewedAt) {
  public ArticleView {
    Objects.requireNonNull(portalSession, "portalSession");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(viewedAt, "viewedAt");
    ValidationException.check(!portalSession.isBlank() && portalSession.length() <= 128, "portalSession", "must have 1 to 128 characters and not be blank");
  }
}
