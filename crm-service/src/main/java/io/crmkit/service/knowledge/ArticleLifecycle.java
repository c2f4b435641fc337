package io.crmkit.service.knowledge;

import io.crmkit.core.statemachine.StateMachine;

/**
 * The lifecycle of an article version on crm-core's state-machine engine: {@code draft --publish--> published
 * --archive--> archived}, and a draft may be archived (discarded) without ever being published. Archived versions
 * are terminal; a change to a published article is a new draft version, whose publication archives the old one.
 *
 * <p>{@code ArticleLifecycle.MACHINE.fireOrThrow(article.state(), ArticleLifecycle.PUBLISH, article)}
 */
public final class ArticleLifecycle {
  /** A version being written; agents can search it, customers cannot. */
  public static final String DRAFT = "draft";
  /** The version customers see; at most one per article. */
  public static final String PUBLISHED = "published";
  /** A version taken out of circulation; kept for history, never searched. */
  public static final String ARCHIVED = "archived";
  /** The event that publishes a draft. */
  public static final String PUBLISH = "publish";
  /** The event that archives a draft or a published version. */
  public static final String ARCHIVE = "archive";

  /** The definition: three states, two events, {@code archived} terminal. */
  public static final StateMachine<Article> MACHINE = StateMachine.<Article>builder("article")
      .states(DRAFT, PUBLISHED, ARCHIVED)
      .initial(DRAFT)
      .terminal(ARCHIVED)
      .transition(DRAFT, PUBLISH, PUBLISHED)
      .transition(DRAFT, ARCHIVE, ARCHIVED)
      .transition(PUBLISHED, ARCHIVE, ARCHIVED)
      .build();

  private ArticleLifecycle() {}
}
