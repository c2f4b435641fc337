/**
 * Consent and subscriptions on crm-core's consent ledger: subscription types per channel and purpose, double
 * opt-in with single-use expiring confirmation tokens, HMAC-signed unsubscribe links bound to tenant, contact
 * and subscription type, global suppression, and the send-time check {@link
 * io.crmkit.marketing.subscription.Subscriptions#mayContact} with its explained decision.
 */
@NullMarked
package io.crmkit.marketing.subscription;

import org.jspecify.annotations.NullMarked;
