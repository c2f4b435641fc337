package io.crmkit.marketing.campaign;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * One member status a campaign offers (Salesforce's campaign member status): its label, whether new members
 * get it, and whether it counts as a response, e.g. {@code new MemberStatus("Registered", false, true)}.
 */
public record MemberStatus(String label, boolean isDefault, boolean responded) {
  public MemberStatus {
    Objects.requireNonNull(label, "label");
    label = label.strip();
    ValidationException.check(!label.isEmpty() && label.length() <= 80, "memberStatus.label", "must have 1 to 80 characters");
  }
}
