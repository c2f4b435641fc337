package io.crmkit.marketing.campaign;

import io.crmkit.core.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The member statuses of one campaign, validated: labels unique (ignoring case), exactly one default, and at
 * least one that counts as responded. {@code MemberStatuses.standard()} is Sent (default) and Responded.
 */
public record MemberStatuses(List<MemberStatus> statuses) {
  public MemberStatuses {
    statuses = List.copyOf(statuses);
    Set<String> labels = new HashSet<>();
    for (MemberStatus s : statuses) {
      ValidationException.check(labels.add(s.label().toLowerCase(java.util.Locale.ROOT)), "memberStatuses",
          "labels must be unique but '" + s.label() + "' appears twice");
    }
    long defaults = statuses.stream().filter(MemberStatus::isDefault).count();
    ValidationException.check(defaults == 1, "memberStatuses", "must have exactly one default status but has " + defaults);
    ValidationException.check(statuses.stream().anyMatch(MemberStatus::responded), "memberStatuses",
        "must have at least one status that counts as responded");
  }

  /** Sent (the default) and Responded. */
  public static MemberStatuses standard() {
    return new MemberStatuses(List.of(new MemberStatus("Sent", true, false), new MemberStatus("Responded", false, true)));
  }

  /** The status new members get. */
  public MemberStatus defaultStatus() {
    return statuses.stream().filter(MemberStatus::isDefault).findFirst().orElseThrow();
  }

  /** The status labelled {@code label} (exact, ignoring case). */
  public Optional<MemberStatus> find(String label) {
    return statuses.stream().filter(s -> s.label().equalsIgnoreCase(label.strip())).findFirst();
  }
}
