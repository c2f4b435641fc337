/**
 * Marketing: segments and lists, list imports, consent and subscriptions, campaigns with ROI, a durable
 * scheduler, journeys, frequency caps, A/B tests, templates and channels. Each feature lives in its own
 * sub-package ({@code io.crmkit.marketing.segment}, {@code io.crmkit.marketing.schedule}, ...).
 */
@NullMarked
package io.crmkit.marketing;

import org.jspecify.annotations.NullMarked;
