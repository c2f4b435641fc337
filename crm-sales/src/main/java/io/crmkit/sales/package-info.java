/**
 * Sales: leads and their conversion, opportunities on configurable pipelines, forecasting and quotas,
 * territories and assignment, lead and opportunity scoring. This module is reserved in the build; its
 * feature packages arrive with the sales issue.
 */
@NullMarked
package io.crmkit.sales;

import org.jspecify.annotations.NullMarked;
