/**
 * Marketing: segments and lists, suppression, campaigns, the durable campaign scheduler, journeys,
 * frequency caps, A/B tests and attribution. This module is reserved in the build; its feature packages
 * arrive with the marketing issue.
 */
@NullMarked
package io.crmkit.marketing;

import org.jspecify.annotations.NullMarked;
