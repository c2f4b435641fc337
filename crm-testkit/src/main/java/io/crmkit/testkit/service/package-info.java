/**
 * jqwik arbitraries for crm-service: cases, business calendars, SLA policies, routing inputs, menus and
 * knowledge-base articles. Every generated value goes through the real crm-service constructors.
 */
@NullMarked
package io.crmkit.testkit.service;

import org.jspecify.annotations.NullMarked;
