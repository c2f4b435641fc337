package io.crmkit.sales.lead;

import io.crmkit.core.RecordRef;
import io.crmkit.sales.opportunity.OpportunityId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link ConversionParticipant} did: the opportunity it created, if it is the one that creates
 * opportunities, and every record it created or changed (for {@link LeadConverted}).
 *
 * <p>{@code return ConversionContribution.opportunity(id, List.of(RecordRef.of("opportunity", id)));}
 *
 * @param opportunity the opportunity created for the conversion, if this participant created it
 * @param records the records this participant created or changed, without repeats
 */
public record ConversionContribution(Optional<OpportunityId> opportunity, List<RecordRef> records) {
  public ConversionContribution {
    Objects.requireNonNull(opportunity, "opportunity");
    records = List.copyOf(records);
    io.crmkit.core.ValidationException.check(
        records.stream().distinct().count() == records.size(), "records", "must not name a record twice but was " + records);
  }

  /** Nothing was done. */
  public static ConversionContribution none() {
    return new ConversionContribution(Optional.empty(), List.of());
  }

  /** {@code records} were created or changed; no opportunity. */
  public static ConversionContribution records(List<RecordRef> records) {
    return new ConversionContribution(Optional.empty(), records);
  }

  /** The opportunity {@code id} was created, along with (or as one of) {@code records}. */
  public static ConversionContribution opportunity(OpportunityId id, List<RecordRef> records) {
    return new ConversionContribution(Optional.of(Objects.requireNonNull(id, "id")), records);
  }
}
