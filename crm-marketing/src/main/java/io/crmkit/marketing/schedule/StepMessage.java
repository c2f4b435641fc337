package io.crmkit.marketing.schedule;

import io.crmkit.core.ValidationException;
import io.crmkit.core.consent.Purpose;
import io.crmkit.marketing.channel.ChannelKind;
import io.crmkit.marketing.template.CompiledTemplate;
import java.util.Objects;

/**
 * What a {@link SendWorker} sends for the jobs of one {@link SendStep}: the compiled template, the kind of
 * message and the consent purpose checked at send time, e.g.
 * {@code new StepMessage("tips", Templates.compile(tips), ChannelKind.EMAIL, Purpose.NEWSLETTER)}.
 *
 * @param step the {@link SendStep#id()} whose jobs this applies to (the job payload's {@code step})
 */
public record StepMessage(String step, CompiledTemplate template, ChannelKind kind, Purpose purpose) {
  public StepMessage {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(purpose, "purpose");
    ValidationException.check(!step.isBlank(), "step", "must not be blank");
    ValidationException.check(kind.consentChannel().isPresent(), "kind",
        "must be addressed to a contact (e-mail, SMS or push) but was " + kind);
  }
}
