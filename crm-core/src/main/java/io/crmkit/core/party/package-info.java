/**
 * Parties: the people and organisations a CRM is about, and how they relate.
 *
 * <p>A {@link io.crmkit.core.party.Contact} is a person ({@link io.crmkit.core.party.PersonName}), usually
 * working for an {@link io.crmkit.core.party.Account} (an organisation). Both carry normalised
 * {@link io.crmkit.core.party.ContactPoint}s (e-mail lower-cased, phones in E.164 via libphonenumber, postal
 * addresses, web sites, social handles; at most one primary per kind), an {@link io.crmkit.core.Owner}, a
 * {@link io.crmkit.core.party.RelationshipType} to the tenant's business, ids in outside systems and
 * {@link io.crmkit.core.field.CustomFields}. Typed links between parties — who works for which account, who
 * reports to whom, which account is the parent of which — are dated
 * {@link io.crmkit.core.party.PartyRelationship} records, from which an
 * {@link io.crmkit.core.party.OrgChart} of one account on one day is drawn. Contacts, accounts and
 * relationships are aggregates with {@code TYPE} descriptors for the stores, and records elsewhere point at
 * them as {@code RecordRef.of("contact", id)} or {@code RecordRef.of("account", id)}.
 *
 * <pre>{@code
 * Contact ada = Contact.builder(ids.next(ContactId::new), tenant)
 *     .name(PersonName.of("Ada", "Lovelace"))
 *     .owner(Owner.user("u-1"))
 *     .contactPoint(ContactPoint.email(" Ada@Example.COM ", ContactPoint.Purpose.WORK).asPrimary())
 *     .timestamps(clock)
 *     .build();
 * }</pre>
 */
@NullMarked
package io.crmkit.core.party;

import org.jspecify.annotations.NullMarked;
