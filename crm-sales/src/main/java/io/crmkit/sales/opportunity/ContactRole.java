package io.crmkit.sales.opportunity;

import io.crmkit.core.party.ContactId;
import java.util.Objects;

/**
 * The part a contact plays in an opportunity (Salesforce's opportunity contact roles); an opportunity has at
 * most one primary contact role.
 *
 * <p>{@code ContactRole.primary(ada.id(), ContactRole.Role.DECISION_MAKER)}
 *
 * @param contact the contact
 * @param role what the contact does in the deal
 * @param primary whether this is the opportunity's primary contact
 */
public record ContactRole(ContactId contact, Role role, boolean primary) {
  /** The roles Salesforce offers by default. */
  public enum Role {
    BUSINESS_USER,
    DECISION_MAKER,
    ECONOMIC_BUYER,
    ECONOMIC_DECISION_MAKER,
    EVALUATOR,
    EXECUTIVE_SPONSOR,
    INFLUENCER,
    TECHNICAL_BUYER,
    OTHER
  }

  public ContactRole {
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(role, "role");
  }

  /** A primary contact role. */
  public static ContactRole primary(ContactId contact, Role role) {
    return new ContactRole(contact, role, true);
  }

  /** A contact role that is not primary. */
  public static ContactRole of(ContactId contact, Role role) {
    return new ContactRole(contact, role, false);
  }

  /** This role, primary or not. */
  public ContactRole withPrimary(boolean value) {
    return new ContactRole(contact, role, value);
  }
}
