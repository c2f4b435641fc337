/**
 * Service: cases across channels, business calendars, SLA clocks, escalation, routing, knowledge base and
 * CSAT. This module is reserved in the build; its feature packages arrive with the service issue.
 */
@NullMarked
package io.crmkit.service;

import org.jspecify.annotations.NullMarked;
