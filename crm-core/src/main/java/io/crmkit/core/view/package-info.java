/**
 * The single customer view: everything known about one contact or account assembled in one call — the party
 * itself, its account or its people, relationships, contact points, open activities, the timeline, the
 * consent panel and sections other modules contribute through {@link
 * io.crmkit.core.view.CustomerViewContributor}. {@link io.crmkit.core.view.CustomerViews} assembles and caches
 * views per tenant and drops a cached view when a {@link io.crmkit.core.event.DomainEvent} touches anything
 * it was read from; {@link io.crmkit.core.view.CustomerViewText} renders one as plain text.
 */
@NullMarked
package io.crmkit.core.view;

import org.jspecify.annotations.NullMarked;
