/** Outbound messages (e-mail, SMS, push, social post), the {@link io.crmkit.marketing.channel.Channel} SPI hosts implement to deliver them, inbound engagement events and the {@link io.crmkit.marketing.channel.RecordingChannel} for tests. */
@NullMarked
package io.crmkit.marketing.channel;

import org.jspecify.annotations.NullMarked;
