/**
 * Lead and opportunity scoring that explains itself: rule-based scores à la HubSpot (fit and engagement
 * groups, points with caps and an explicit decay, evaluated as of an instant), predictive lead scoring as
 * Odoo's CRM computes it (naive Bayes over a won/lost frequency table per team with a fallback to all
 * teams), an opportunity win probability from a stage's default probability and the same likelihoods, and
 * threshold crossings with hysteresis. Scored records are generic: features come through a
 * {@link io.crmkit.sales.scoring.ScoringExtractor}.
 */
@NullMarked
package io.crmkit.sales.scoring;

import org.jspecify.annotations.NullMarked;
