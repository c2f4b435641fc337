package io.crmkit.sales.lead;

import io.crmkit.core.EntityId;
import io.crmkit.core.match.IncrementalMatcher;
import io.crmkit.core.match.MatchRecord;
import io.crmkit.core.match.PartyExtractors;
import io.crmkit.core.match.ScoredPair;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** {@link ConversionMatchers#incremental}: the host's Fellegi–Sunter matchers. */
final class IncrementalConversionMatcher implements ConversionMatcher {
  private final IncrementalMatcher contacts;
  private final IncrementalMatcher accounts;

  IncrementalConversionMatcher(IncrementalMatcher contacts, IncrementalMatcher accounts) {
    this.contacts = contacts;
    this.accounts = accounts;
  }

  @Override
  public Optional<PartyMatch<AccountId>> account(TenantStore store, Lead lead) {
    if (lead.company().isEmpty() && lead.companyDomain().isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> v = new HashMap<>();
    lead.company().ifPresent(x -> v.put("name", x));
    lead.companyDomain().ifPresent(x -> v.put("domain", x));
    address(lead, v);
    return best(accounts, new MatchRecord(probeId(lead), v), store.repository(Account.TYPE), AccountId::new);
  }

  @Override
  public Optional<PartyMatch<ContactId>> contact(TenantStore store, Lead lead, Optional<AccountId> account) {
    Map<String, String> v = new HashMap<>();
    lead.name().givenName().ifPresent(x -> v.put("given_name", x));
    lead.name().familyName().ifPresent(x -> v.put("family_name", x));
    lead.email().ifPresent(x -> v.put("email", x.normalized()));
    lead.phone().ifPresent(x -> v.put("phone", x.normalized()));
    address(lead, v);
    return best(contacts, new MatchRecord(probeId(lead), v), store.repository(Contact.TYPE), ContactId::new);
  }

  @Override
  public void converted(Account account, Contact contact) {
    accounts.upsert(PartyExtractors.accounts().extract(account));
    contacts.upsert(PartyExtractors.contacts().extract(contact));
  }

  private static String probeId(Lead lead) {
    // never an id of the base: contact and account ids are opaque, but "lead:" cannot start a UUID
    return "lead:" + lead.id().value();
  }

  private static void address(Lead lead, Map<String, String> v) {
    lead.address().ifPresent(a -> {
      v.put("street", String.join(" ", a.lines()));
      v.put("city", a.locality());
      a.postcode().ifPresent(x -> v.put("postcode", x));
      v.put("country", a.countryCode());
    });
  }

  /** The best pair whose record still exists in the store (the matcher's base may lag behind it). */
  private static <I extends EntityId> Optional<PartyMatch<I>> best(
      IncrementalMatcher matcher, MatchRecord probe, Repository<?, I> repo, Function<String, I> id) {
    if (matcher.size() < 2) {
      return Optional.empty();
    }
    for (ScoredPair pair : matcher.match(probe)) {
      I candidate = id.apply(pair.rightId());
      if (repo.find(candidate).isPresent()) {
        return Optional.of(new PartyMatch<>(candidate, pair.probability(), pair.explanation().waterfall()));
      }
    }
    return Optional.empty();
  }
}
