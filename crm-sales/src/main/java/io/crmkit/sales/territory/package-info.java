/**
 * Sales territories with Salesforce Enterprise Territory Management semantics: a validated
 * {@link io.crmkit.sales.territory.TerritoryModel} (one tree per tenant), rules on account fields deciding which
 * accounts belong, memberships that say which rule matched, and re-evaluation after an account changes.
 */
@NullMarked
package io.crmkit.sales.territory;

import org.jspecify.annotations.NullMarked;
