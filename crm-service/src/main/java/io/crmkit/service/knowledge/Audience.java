package io.crmkit.service.knowledge;

import java.util.Set;

/**
 * Who is searching, which decides the article versions they may find: customers (a portal, a chat bot) see
 * published versions only; agents also see drafts. Archived versions are never searched.
 *
 * <p>{@code kb.search(KnowledgeQuery.of("reset password", Audience.CUSTOMER))}
 */
public enum Audience {
  /** A customer in a portal or chat: published versions only. */
  CUSTOMER(Set.of(ArticleLifecycle.PUBLISHED)),
  /** A service agent: published versions and drafts. */
  AGENT(Set.of(ArticleLifecycle.PUBLISHED, ArticleLifecycle.DRAFT));

  private final Set<String> visibleStates;

  Audience(Set<String> visibleStates) {
    this.visibleStates = visibleStates;
  }

  /** The lifecycle states this audience may find. */
  public Set<String> visibleStates() {
    return visibleStates;
  }

  /** Whether this audience may find {@code article}. */
  public boolean maySee(Article article) {
    return visibleStates.contains(article.state());
  }
}
