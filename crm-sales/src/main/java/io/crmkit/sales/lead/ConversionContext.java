package io.crmkit.sales.lead;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.store.TenantStore;
import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link ConversionParticipant} sees: the tenant store (writes join the conversion's transaction),
 * the lead as it was before conversion, the request, the account and contact as now stored, the conversion
 * instant, the owner for new records and the id generator.
 *
 * <p>{@code OpportunityId id = context.ids().next(OpportunityId::new);}
 *
 * @param store the tenant store, inside the conversion's transaction
 * @param lead the lead before conversion
 * @param request what was asked
 * @param account the account the lead is converted into, as stored
 * @param contact the contact the lead is converted into, as stored
 * @param at the conversion instant (from the conversion's clock)
 * @param recordOwner the owner of records the conversion creates
 * @param ids makes ids for new records
 */
public record ConversionContext(
    TenantStore store, Lead lead, ConversionRequest request, Account account, Contact contact, Instant at, Owner recordOwner,
    IdGenerator ids) {
  public ConversionContext {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(recordOwner, "recordOwner");
    Objects.requireNonNull(ids, "ids");
  }

  /** The converting user's id. */
  public String convertedBy() {
    return request.convertedBy();
  }
}
