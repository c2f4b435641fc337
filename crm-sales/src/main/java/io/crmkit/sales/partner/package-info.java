/**
 * Partner relationship management, after Salesforce PRM: {@link io.crmkit.sales.partner.Partner} is an account's
 * membership of the partner programme (type, tier, status lifecycle, territories, partner users) run by
 * {@link io.crmkit.sales.partner.PartnerProgram}; {@link io.crmkit.sales.partner.LeadDistribution} hands leads to a
 * partner's users; {@link io.crmkit.sales.partner.DealRegistration}s are partner-registered deals with conflict
 * detection, approval and conversion into opportunities ({@link io.crmkit.sales.partner.DealRegistrations});
 * {@link io.crmkit.sales.partner.PartnerPerformance} measures and ranks partners; and
 * {@link io.crmkit.sales.partner.PartnerSharing} states the {@code partner} field partner visibility keys on.
 */
@NullMarked
package io.crmkit.sales.partner;

import org.jspecify.annotations.NullMarked;
