/** Campaigns: hierarchy, lifecycle, budget and ROI, members with per-campaign statuses, responses, influence. */
@NullMarked
package io.crmkit.marketing.campaign;

import org.jspecify.annotations.NullMarked;
