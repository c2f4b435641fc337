/**
 * Business calendars: weekly open hours in an IANA zone, holidays and special hours, versioned by an
 * effective-from instant, with {@code isOpen}, {@code nextOpen}, {@code add} and {@code diff} that hold their
 * laws across daylight-saving changes and midnight. Start at {@link io.crmkit.service.calendar.BusinessCalendar}.
 */
@NullMarked
package io.crmkit.service.calendar;

import org.jspecify.annotations.NullMarked;
