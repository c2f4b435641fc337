/**
 * The compiled form of a calendar version (per-week open intervals as UTC nanoseconds) behind
 * {@link io.crmkit.service.calendar.BusinessCalendar}. Not for hosts; its types may change without notice.
 */
@NullMarked
package io.crmkit.service.calendar.internal;

import org.jspecify.annotations.NullMarked;
