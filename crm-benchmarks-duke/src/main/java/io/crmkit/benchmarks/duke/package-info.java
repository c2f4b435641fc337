/**
 * Duke 1.2 beside crmkit's deduplicator on the same synthetic contacts. A module of its own because Duke
 * needs Lucene 4, which cannot share a class path with the Lucene 9 of crm-service's knowledge base.
 */
@NullMarked
package io.crmkit.benchmarks.duke;

import org.jspecify.annotations.NullMarked;
