package io.crmkit.sales.partner;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadFields;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityFields;
import java.util.List;
import java.util.Objects;

/**
 * What partner visibility keys on: leads ({@link LeadFields#PARTNER}), opportunities ({@link
 * OpportunityFields#PARTNER}) and deal registrations ({@link DealRegistration#PARTNER}) carry the id of the partner
 * account they are shared with in the queryable, indexed text field {@code partner}. A sharing model (an {@code
 * io.crmkit.core.access.AccessPolicy}) gives a partner user the records whose {@code partner} equals the account of
 * the partner the user belongs to ({@link PartnerProgram#partnerOfUser}) — and nothing else; this class gives it
 * the criteria, so the policy's decision can be pushed into the store.
 *
 * <pre>{@code
 * Criteria mine = PartnerSharing.visibleTo(program.partnerOfUser("p-1").orElseThrow());  // partner = <account id>
 * List<Lead> leads = acme.repository(Lead.TYPE).query(mine);
 * }</pre>
 */
public final class PartnerSharing {
  /** The field name, {@code partner}, the same on every shared type. */
  public static final String FIELD = "partner";

  /** The entity types shared with partners through the {@code partner} field. */
  public static final List<EntityType<?, ?>> SHARED_TYPES = List.of(Lead.TYPE, Opportunity.TYPE, DealRegistration.TYPE);

  private static final FieldRef<String> PARTNER = FieldRef.text(FIELD);

  private PartnerSharing() {}

  /** The records shared with the partner account {@code account}: {@code eq(partner, account)}. */
  public static Criteria visibleTo(AccountId account) {
    Objects.requireNonNull(account, "account");
    return Criteria.eq(PARTNER, account.value());
  }

  /** The records shared with {@code partner}: {@code eq(partner, partner.account())}. */
  public static Criteria visibleTo(Partner partner) {
    Objects.requireNonNull(partner, "partner");
    return visibleTo(partner.account());
  }

  /** Whether {@code type} is shared with partners, i.e. has the {@code partner} field. */
  public static boolean isShared(EntityType<?, ?> type) {
    Objects.requireNonNull(type, "type");
    return type.fields().containsKey(FIELD);
  }
}
