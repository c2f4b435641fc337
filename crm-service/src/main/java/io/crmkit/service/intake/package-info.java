/**
 * Multichannel intake: inbound messages (e-mail, web form, chat, phone, social) normalised into new cases or
 * replies on existing ones, with e-mail threading, auto-reply and mail-loop detection, and a decision that
 * explains itself.
 */
@NullMarked
package io.crmkit.service.intake;

import org.jspecify.annotations.NullMarked;
