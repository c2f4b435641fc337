package io.crmkit.marketing.template;

import io.crmkit.core.ValidationException;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a template is rendered for: the contact, their account if any, and extra values the sending part supplies
 * ({@code extra.unsubscribeUrl}, {@code extra.offerCode}) under names of letters and digits.
 *
 * <p>{@code MergeContext.of(contact).withAccount(acme).withExtra("unsubscribeUrl", link)}
 */
public record MergeContext(Contact contact, Optional<Account> account, Map<String, String> extras) {
  public MergeContext {
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(account, "account");
    extras = Map.copyOf(Objects.requireNonNull(extras, "extras"));
    for (String key : extras.keySet()) {
      ValidationException.check(key.matches("[a-zA-Z][a-zA-Z0-9_]*"), "extras",
          "keys are letters, digits and '_' starting with a letter, but one was '" + key + "'");
    }
    account.ifPresent(a -> ValidationException.check(a.tenantId().equals(contact.tenantId()), "account",
        "belongs to tenant " + a.tenantId() + ", not to the contact's tenant " + contact.tenantId()));
  }

  /** The contact alone. */
  public static MergeContext of(Contact contact) {
    return new MergeContext(contact, Optional.empty(), Map.of());
  }

  /** The same context with {@code value} as the account. */
  public MergeContext withAccount(Account value) {
    return new MergeContext(contact, Optional.of(value), extras);
  }

  /** The same context with {@code extra.<key>} set to {@code value}. */
  public MergeContext withExtra(String key, String value) {
    java.util.Map<String, String> copy = new java.util.HashMap<>(extras);
    copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return new MergeContext(contact, account, copy);
  }
}
