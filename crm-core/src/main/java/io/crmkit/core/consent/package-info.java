/**
 * The consent ledger: an append-only record of each party's permissions per contact channel and purpose
 * ({@link io.crmkit.core.consent.ConsentEvent}), and {@link io.crmkit.core.consent.ConsentLedger}, which
 * answers "may we contact this party on this channel for this purpose at this instant?" from the events at or
 * before that instant, with the reason and the event the answer rests on.
 */
@NullMarked
package io.crmkit.core.consent;

import org.jspecify.annotations.NullMarked;
