package io.crmkit.testkit.arbitrary;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.field.CustomFieldSchema;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.RelationshipType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * New {@link Account}s (version 0) built through {@link Account#builder}: company names in many languages,
 * web domains typed as hosts type them (URLs, {@code www.}, upper case, international names), optional
 * industry, 0 to 5 contact points, 0 to 3 external ids, custom fields and {@code createdAt ≤ updatedAt}.
 *
 * <p>{@code CrmArbitraries.accounts().inTenant(TenantId.of("acme")).withoutDomain()}
 */
public final class AccountArbitrary extends ArbitraryDecorator<Account> {
  private Optional<TenantId> tenant = Optional.empty();
  private Optional<CustomFieldSchema> schema = Optional.empty();
  private boolean noDomain;

  AccountArbitrary() {}

  /** Accounts of {@code tenant} only. */
  public AccountArbitrary inTenant(TenantId tenant) {
    AccountArbitrary clone = typedClone();
    clone.tenant = Optional.of(Objects.requireNonNull(tenant, "tenant"));
    return clone;
  }

  /** Accounts without a web domain. */
  public AccountArbitrary withoutDomain() {
    AccountArbitrary clone = typedClone();
    clone.noDomain = true;
    return clone;
  }

  /** Accounts whose custom fields are valid for {@code schema}. */
  public AccountArbitrary withCustomFields(CustomFieldSchema schema) {
    AccountArbitrary clone = typedClone();
    clone.schema = Optional.of(Objects.requireNonNull(schema, "schema"));
    return clone;
  }

  @Override
  protected Arbitrary<Account> arbitrary() {
    Arbitrary<TenantId> tenants = tenant.<Arbitrary<TenantId>>map(Arbitraries::just).orElseGet(Records::tenantIds);
    Arbitrary<Optional<String>> domains = noDomain ? Arbitraries.just(Optional.empty()) : Parties.domains().optional(0.7);
    Arbitrary<CustomFields> fields = schema.map(Fields::customFields).orElseGet(Fields::anyCustomFields);
    Arbitrary<Head> heads =
        Combinators.combine(
                Texts.idTexts().map(AccountId::new),
                tenants,
                Parties.companyNames(),
                domains,
                Texts.words().optional(0.6),
                Parties.contactPointLists(5),
                Records.owners(),
                Arbitraries.of(RelationshipType.class))
            .as(Head::new);
    return Combinators.combine(heads, Parties.externalIds(), fields, Records.timestamps())
        .as(
            (h, ext, cf, ts) -> {
              Account.Builder b =
                  Account.builder(h.id, h.tenant)
                      .name(h.name)
                      .contactPoints(h.points)
                      .owner(h.owner)
                      .relationshipType(h.type)
                      .externalIds(ext)
                      .customFields(cf)
                      .createdAt(ts[0])
                      .updatedAt(ts[1]);
              h.domain.ifPresent(b::domain);
              h.industry.ifPresent(b::industry);
              return b.build();
            });
  }

  private record Head(
      AccountId id,
      TenantId tenant,
      String name,
      Optional<String> domain,
      Optional<String> industry,
      List<ContactPoint> points,
      Owner owner,
      RelationshipType type) {}
}
