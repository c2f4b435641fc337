/**
 * Service: cases across channels, business calendars, SLA clocks, escalation, routing, contact-centre menus,
 * the knowledge base, CSAT and agent recognition. Each feature lives in its own sub-package
 * ({@code io.crmkit.service.cases}, {@code io.crmkit.service.sla}, ...).
 */
@NullMarked
package io.crmkit.service;

import org.jspecify.annotations.NullMarked;
