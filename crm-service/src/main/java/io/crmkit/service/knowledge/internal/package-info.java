/**
 * The Lucene engine behind {@link io.crmkit.service.knowledge.KnowledgeIndex#inMemory()}: analysis per
 * language, boosted queries, excerpts and match reasons. Hosts must not use these types; Lucene stays in here.
 */
@NullMarked
package io.crmkit.service.knowledge.internal;

import org.jspecify.annotations.NullMarked;
