/**
 * The embedded default store: {@link io.crmkit.core.store.memory.InMemoryStore} keeps every tenant's
 * records in hash maps with hash indexes on the fields entity types mark as indexed, guards each tenant with
 * a read-write lock, and makes transactions all-or-nothing with an undo log. Everything but the store itself
 * is package-private.
 */
@NullMarked
package io.crmkit.core.store.memory;

import org.jspecify.annotations.NullMarked;
