/** Journeys (drip and nurture sequences): validated step graphs, persisted enrolments and a pure {@link io.crmkit.marketing.journey.JourneyEngine#advance advance} function that explains itself. */
@NullMarked
package io.crmkit.marketing.journey;

import org.jspecify.annotations.NullMarked;
