package io.crmkit.marketing.schedule;

import io.crmkit.core.RecordRef;
import java.time.ZoneId;
import java.util.Objects;

/** Someone a step sends to (a contact or lead reference) and the IANA zone their local times are in. */
public record Recipient(RecordRef ref, ZoneId zone) {
  public Recipient {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(zone, "zone");
  }

  /** {@code new Recipient(RecordRef.parse(ref), ZoneId.of(zone))}. */
  public static Recipient of(String ref, String zone) {
    return new Recipient(RecordRef.parse(ref), ZoneId.of(zone));
  }
}
