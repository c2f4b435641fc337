/**
 * The knowledge base: versioned articles (draft → published → archived) with categories, FAQs, locales and
 * keywords; full-text search and case suggestions through a {@link io.crmkit.service.knowledge.KnowledgeIndex}
 * (Apache Lucene in memory by default); and deflection tracking for self-service portals.
 */
@NullMarked
package io.crmkit.service.knowledge;

import org.jspecify.annotations.NullMarked;
