/**
 * The bridge from {@link io.crmkit.sales.followup.Recurrence} to lib-recur; hosts must not use it.
 */
@NullMarked
package io.crmkit.sales.followup.internal;

import org.jspecify.annotations.NullMarked;
