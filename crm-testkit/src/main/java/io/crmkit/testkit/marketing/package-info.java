/**
 * jqwik arbitraries for crm-marketing: segments, campaigns, schedules, journeys and templates. Every generated
 * value goes through the real crm-marketing constructors.
 */
@NullMarked
package io.crmkit.testkit.marketing;

import org.jspecify.annotations.NullMarked;
