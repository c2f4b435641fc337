package io.crmkit.testkit.arbitrary;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.field.CustomFieldSchema;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.RelationshipType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * New {@link Contact}s (version 0) built through {@link Contact#builder}: Unicode names, with or without an
 * account and job title, 0 to 6 contact points of every kind (at most one primary per kind), 0 to 3
 * external ids, custom fields, and {@code createdAt ≤ updatedAt}. Ids are random, so they are distinct in
 * practice but not by guarantee: use {@code .list().uniqueElements(Contact::id)} when a test needs that.
 *
 * <p>{@code CrmArbitraries.contacts().inTenant(TenantId.of("acme")).withAccount(acmeId)}
 */
public final class ContactArbitrary extends ArbitraryDecorator<Contact> {
  private Optional<TenantId> tenant = Optional.empty();
  private Optional<Optional<AccountId>> account = Optional.empty();
  private Optional<CustomFieldSchema> schema = Optional.empty();
  private Optional<Owner> owner = Optional.empty();

  ContactArbitrary() {}

  /** Contacts of {@code tenant} only. */
  public ContactArbitrary inTenant(TenantId tenant) {
    ContactArbitrary clone = typedClone();
    clone.tenant = Optional.of(Objects.requireNonNull(tenant, "tenant"));
    return clone;
  }

  /** Contacts working for {@code account}. */
  public ContactArbitrary withAccount(AccountId account) {
    ContactArbitrary clone = typedClone();
    clone.account = Optional.of(Optional.of(Objects.requireNonNull(account, "account")));
    return clone;
  }

  /** Contacts without an account. */
  public ContactArbitrary withoutAccount() {
    ContactArbitrary clone = typedClone();
    clone.account = Optional.of(Optional.empty());
    return clone;
  }

  /** Contacts owned by {@code owner}. */
  public ContactArbitrary ownedBy(Owner owner) {
    ContactArbitrary clone = typedClone();
    clone.owner = Optional.of(Objects.requireNonNull(owner, "owner"));
    return clone;
  }

  /** Contacts whose custom fields are valid for {@code schema} ({@code schema.validate} accepts them). */
  public ContactArbitrary withCustomFields(CustomFieldSchema schema) {
    ContactArbitrary clone = typedClone();
    clone.schema = Optional.of(Objects.requireNonNull(schema, "schema"));
    return clone;
  }

  @Override
  protected Arbitrary<Contact> arbitrary() {
    Arbitrary<TenantId> tenants = tenant.<Arbitrary<TenantId>>map(Arbitraries::just).orElseGet(Records::tenantIds);
    Arbitrary<Optional<AccountId>> accounts =
        account.<Arbitrary<Optional<AccountId>>>map(Arbitraries::just)
            .orElseGet(() -> Texts.idTexts().map(AccountId::new).optional(0.6));
    Arbitrary<Owner> owners = owner.<Arbitrary<Owner>>map(Arbitraries::just).orElseGet(Records::owners);
    Arbitrary<CustomFields> fields = schema.map(Fields::customFields).orElseGet(Fields::anyCustomFields);
    Arbitrary<Head> heads =
        Combinators.combine(
                Texts.idTexts().map(ContactId::new),
                tenants,
                Parties.personNames(),
                accounts,
                Texts.phrases(3).optional(0.5),
                Parties.contactPointLists(6),
                owners,
                Arbitraries.of(RelationshipType.class))
            .as(Head::new);
    return Combinators.combine(heads, Parties.externalIds(), fields, Records.timestamps())
        .as(
            (h, ext, cf, ts) -> {
              Contact.Builder b =
                  Contact.builder(h.id, h.tenant)
                      .name(h.name)
                      .contactPoints(h.points)
                      .owner(h.owner)
                      .relationshipType(h.type)
                      .externalIds(ext)
                      .customFields(cf)
                      .createdAt(ts[0])
                      .updatedAt(ts[1]);
              h.account.ifPresent(b::account);
              h.jobTitle.ifPresent(b::jobTitle);
              return b.build();
            });
  }

  private record Head(
      ContactId id,
      TenantId tenant,
      PersonName name,
      Optional<AccountId> account,
      Optional<String> jobTitle,
      List<ContactPoint> points,
      Owner owner,
      RelationshipType type) {}
}
