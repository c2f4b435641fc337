/**
 * Modules wired together where neither may depend on the other: campaign memberships (crm-marketing) that follow a
 * lead through its conversion (crm-sales), {@link io.crmkit.examples.integration.CampaignMembershipOnConversion}.
 */
@NullMarked
package io.crmkit.examples.integration;

import org.jspecify.annotations.NullMarked;
