/** Leads: the lead aggregate, its lifecycle, and conversion into an account, a contact and an opportunity. */
@NullMarked
package io.crmkit.sales.lead;

import org.jspecify.annotations.NullMarked;
