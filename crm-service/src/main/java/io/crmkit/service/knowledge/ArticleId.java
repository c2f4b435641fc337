package io.crmkit.service.knowledge;

import io.crmkit.core.EntityId;

/**
 * The id of one stored article version, unique within a tenant. The first version's id also names the whole
 * article (its {@link Article#master() master}), like Salesforce's KnowledgeArticleId:
 * {@code ArticleId id = ids.next(ArticleId::new);}
 */
public record ArticleId(String value) implements EntityId {
  public ArticleId {
    EntityId.checked(value, "articleId");
  }

  @Override
  public String toString() {
    return value;
  }
}
