/**
 * Customer analytics: RFM, lifetime-value and churn models, cohorts, funnels, attribution and association
 * rules. This module is reserved in the build; its feature packages arrive with the analytics issue.
 */
@NullMarked
package io.crmkit.analytics;

import org.jspecify.annotations.NullMarked;
