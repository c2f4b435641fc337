/** Implementation details of {@link io.crmkit.marketing.schedule}: RRULE expansion with lib-recur; hosts must not use it. */
@NullMarked
package io.crmkit.marketing.schedule.internal;

import org.jspecify.annotations.NullMarked;
