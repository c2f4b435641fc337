package io.crmkit.sales.partner;

import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import java.util.Objects;
import java.util.Optional;

/**
 * The prospective customer of a registered deal: the company name (Unicode), optionally its web domain
 * (normalised as crm-core's {@code Account} does) and, when the partner or the channel manager knows it, the id of
 * the customer's existing account. Conflict detection matches customers on the account, the domain, or {@link
 * #nameKey()} (the name without case, punctuation and legal form).
 *
 * <p>{@code DealCustomer.of("Initech GmbH").withDomain("https://www.initech.example")}
 */
public record DealCustomer(String name, Optional<String> domain, Optional<AccountId> account) {
  public DealCustomer {
    name = PartnerText.required(name, "customer.name");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(account, "account");
    domain = domain.map(Account::normalizeDomain);
  }

  public static DealCustomer of(String name) {
    return new DealCustomer(name, Optional.empty(), Optional.empty());
  }

  /** This customer with the web domain {@code value} (a domain or a URL). */
  public DealCustomer withDomain(String value) {
    return new DealCustomer(name, Optional.of(value), account);
  }

  /** This customer as the existing account {@code value}. */
  public DealCustomer withAccount(AccountId value) {
    return new DealCustomer(name, domain, Optional.of(value));
  }

  /** The name as a matching key, e.g. {@code initech} for {@code "INITECH, GmbH"}. */
  public String nameKey() {
    return PartnerText.nameKey(name);
  }
}
