/**
 * Customer feedback and agent recognition: CSAT and NPS surveys per case with their history, score reports
 * over time per agent and team, and points for solved cases, met SLAs and good ratings (rules as data, every
 * award explained) summed into leaderboards per period.
 */
@NullMarked
package io.crmkit.service.feedback;

import org.jspecify.annotations.NullMarked;
