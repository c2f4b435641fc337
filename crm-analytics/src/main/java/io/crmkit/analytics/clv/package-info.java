/**
 * Customer lifetime-value and churn models fitted by maximum likelihood: BG/NBD, MBG/NBD and Pareto/NBD
 * (non-contractual, continuous time), Gamma-Gamma (spend per purchase), BG/BB (non-contractual, discrete
 * opportunities) and the shifted-beta-geometric (contractual retention). Every model is a record of its
 * parameters implementing {@link io.crmkit.analytics.clv.ClvModel}; each has a static {@code fit} that takes
 * compressed input (unique patterns with weights, so the cost of a fit does not grow with the number of
 * customers) and returns a {@link io.crmkit.analytics.clv.FittedModel} with the log-likelihood (the total over
 * customers, in the papers' form) and standard errors. Example:
 * {@code FittedModel<BgNbd> fit = BgNbd.fit(PurchaseHistories.of(summaries)); fit.model().probabilityAlive(h);}
 */
@NullMarked
package io.crmkit.analytics.clv;

import org.jspecify.annotations.NullMarked;
