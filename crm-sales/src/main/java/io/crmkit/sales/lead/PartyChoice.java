package io.crmkit.sales.lead;

import io.crmkit.core.EntityId;
import java.util.Objects;

/**
 * How a conversion finds the account or the contact a lead becomes, as in Salesforce's convert dialog: look
 * for an existing one with the {@link ConversionMatcher} and create one only when none matches (the default),
 * use a record the user picked, or always create a new one.
 *
 * <p>{@code request.withAccount(PartyChoice.existing(acmeId)).withContact(PartyChoice.createNew())}
 *
 * @param <I> the id type: {@link io.crmkit.core.party.AccountId} or {@link io.crmkit.core.party.ContactId}
 */
public sealed interface PartyChoice<I extends EntityId>
    permits PartyChoice.MatchOrCreate, PartyChoice.Existing, PartyChoice.CreateNew {

  /** Reuse the best match of the {@link ConversionMatcher}, or create a record when there is none. */
  record MatchOrCreate<I extends EntityId>() implements PartyChoice<I> {}

  /** Reuse the record with {@code id}; it must exist in the tenant. */
  record Existing<I extends EntityId>(I id) implements PartyChoice<I> {
    public Existing {
      Objects.requireNonNull(id, "id");
    }
  }

  /** Always create a new record. */
  record CreateNew<I extends EntityId>() implements PartyChoice<I> {}

  static <I extends EntityId> PartyChoice<I> matchOrCreate() {
    return new MatchOrCreate<>();
  }

  static <I extends EntityId> PartyChoice<I> existing(I id) {
    return new Existing<>(id);
  }

  static <I extends EntityId> PartyChoice<I> createNew() {
    return new CreateNew<>();
  }
}
