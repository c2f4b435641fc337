package io.crmkit.sales.lead;

import static io.crmkit.core.match.MatchRule.all;
import static io.crmkit.core.match.MatchRule.any;
import static io.crmkit.core.match.MatchRule.field;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.match.FieldKind;
import io.crmkit.core.match.MatchMethod;
import io.crmkit.core.match.MatchRecord;
import io.crmkit.core.match.MatchRule;
import io.crmkit.core.match.MatchSchema;
import io.crmkit.core.match.RuleMatcher;
import io.crmkit.core.match.RuleOutcome;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountFields;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** {@link ConversionMatchers#rules()}: index-found candidates judged by declarative rules. */
final class RuleConversionMatcher implements ConversionMatcher {
  /** How many candidates one index lookup may bring; more than that is a key too common to match on. */
  static final int MAX_CANDIDATES = 200;

  static final MatchSchema CONTACT_SCHEMA = MatchSchema.builder()
      .field("given_name", FieldKind.GIVEN_NAME)
      .field("family_name", FieldKind.FAMILY_NAME)
      .field("email", FieldKind.EMAIL)
      .field("phone", FieldKind.PHONE)
      .field("account", FieldKind.TEXT)
      .build();

  static final MatchSchema ACCOUNT_SCHEMA = MatchSchema.builder()
      .field("name", FieldKind.COMPANY)
      .field("domain", FieldKind.TEXT)
      .build();

  private static final MatchRule SIMILAR_GIVEN =
      any(field("given_name", MatchMethod.PHONETIC, 1.0), field("given_name", MatchMethod.JARO_WINKLER, 0.88));

  static final MatchRule CONTACT_RULE = any(
      all(field("email", MatchMethod.EXACT, 1.0),
          any(field("given_name", MatchMethod.JARO_WINKLER, 0.85), field("family_name", MatchMethod.JARO_WINKLER, 0.85))),
      all(SIMILAR_GIVEN, field("family_name", MatchMethod.EXACT, 1.0), field("phone", MatchMethod.EXACT, 1.0)),
      all(SIMILAR_GIVEN, field("family_name", MatchMethod.EXACT, 1.0), field("account", MatchMethod.EXACT, 1.0)));

  static final MatchRule ACCOUNT_RULE =
      any(field("domain", MatchMethod.EXACT, 1.0), field("name", MatchMethod.EXACT, 1.0));

  private final RuleMatcher contactRule = RuleMatcher.of(CONTACT_SCHEMA, CONTACT_RULE);
  private final RuleMatcher accountRule = RuleMatcher.of(ACCOUNT_SCHEMA, ACCOUNT_RULE);

  // declared after the schemas and rules its constructor reads
  static final RuleConversionMatcher STANDARD = new RuleConversionMatcher();

  private RuleConversionMatcher() {}

  @Override
  public Optional<PartyMatch<AccountId>> account(TenantStore store, Lead lead) {
    Repository<Account, AccountId> accounts = store.repository(Account.TYPE);
    Map<String, Account> candidates = new LinkedHashMap<>();
    lead.companyDomain().ifPresent(d -> add(candidates, accounts, Criteria.eq(AccountFields.DOMAIN, d), a -> a.id().value()));
    lead.company().ifPresent(company -> {
      add(candidates, accounts, Criteria.eq(AccountFields.NAME, company), a -> a.id().value());
      String first = company.split("[\\s,.]+", 2)[0];
      if (first.codePointCount(0, first.length()) >= 3) {
        // text criteria are case-sensitive: ask for the first word as typed, in lower, upper and title case
        for (String variant : caseVariants(first)) {
          add(candidates, accounts, Criteria.prefix(AccountFields.NAME, variant), a -> a.id().value());
        }
      }
    });
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    MatchRecord probe = accountRecord("lead-" + lead.id().value(), lead.company(), lead.companyDomain());
    return best(candidates.values(), a -> accountRecord(a.id().value(), Optional.of(a.name()), a.domain()),
        Account::id, probe, accountRule);
  }

  @Override
  public Optional<PartyMatch<ContactId>> contact(TenantStore store, Lead lead, Optional<AccountId> account) {
    Repository<Contact, ContactId> contacts = store.repository(Contact.TYPE);
    Map<String, Contact> candidates = new LinkedHashMap<>();
    lead.email().ifPresent(e -> add(candidates, contacts, Criteria.eq(ContactFields.EMAIL, e.normalized()), c -> c.id().value()));
    lead.phone().ifPresent(p -> add(candidates, contacts, Criteria.eq(ContactFields.PHONE, p.normalized()), c -> c.id().value()));
    account.ifPresent(a -> add(candidates, contacts, Criteria.eq(ContactFields.ACCOUNT_ID, a.value()), c -> c.id().value()));
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> v = new HashMap<>();
    lead.name().givenName().ifPresent(x -> v.put("given_name", x));
    lead.name().familyName().ifPresent(x -> v.put("family_name", x));
    lead.email().ifPresent(x -> v.put("email", x.normalized()));
    lead.phone().ifPresent(x -> v.put("phone", x.normalized()));
    account.ifPresent(a -> v.put("account", a.value()));
    MatchRecord probe = new MatchRecord("lead-" + lead.id().value(), v);
    return best(candidates.values(), RuleConversionMatcher::contactRecord, Contact::id, probe, contactRule);
  }

  static MatchRecord contactRecord(Contact c) {
    Map<String, String> v = new HashMap<>();
    c.name().givenName().ifPresent(x -> v.put("given_name", x));
    c.name().familyName().ifPresent(x -> v.put("family_name", x));
    c.emails().stream().findFirst().ifPresent(x -> v.put("email", x));
    c.phones().stream().findFirst().ifPresent(x -> v.put("phone", x));
    c.account().ifPresent(a -> v.put("account", a.value()));
    return new MatchRecord(c.id().value(), v);
  }

  static Set<String> caseVariants(String word) {
    Set<String> out = new LinkedHashSet<>();
    out.add(word);
    out.add(word.toLowerCase(Locale.ROOT));
    out.add(word.toUpperCase(Locale.ROOT));
    int first = word.codePointAt(0);
    int split = Character.charCount(first);
    out.add(new StringBuilder().appendCodePoint(Character.toTitleCase(first)).append(word.substring(split).toLowerCase(Locale.ROOT))
        .toString());
    return out;
  }

  private static MatchRecord accountRecord(String id, Optional<String> name, Optional<String> domain) {
    Map<String, String> v = new HashMap<>();
    name.ifPresent(x -> v.put("name", x));
    domain.ifPresent(x -> v.put("domain", x));
    return new MatchRecord(id, v);
  }

  private static <T extends Aggregate<I>, I extends EntityId> void add(
      Map<String, T> into, Repository<T, I> repo, Criteria where, Function<T, String> id) {
    for (T t : repo.query(Query.where(where).orderBy(Sort.byId()).limit(MAX_CANDIDATES))) {
      into.putIfAbsent(id.apply(t), t);
    }
  }

  private static <T, I extends EntityId> Optional<PartyMatch<I>> best(
      Iterable<T> candidates, Function<T, MatchRecord> extract, Function<T, I> idOf, MatchRecord probe, RuleMatcher rule) {
    PartyMatch<I> best = null;
    for (T candidate : candidates) {
      RuleOutcome outcome = evaluate(rule, probe, candidate, extract);
      if (!outcome.matched()) {
        continue;
      }
      double score = outcome.conditions().stream().mapToDouble(RuleOutcome.ConditionResult::similarity).average().orElse(1.0);
      PartyMatch<I> match = new PartyMatch<>(idOf.apply(candidate), Math.max(0, Math.min(1, score)), outcome.explain());
      if (best == null || BY_SCORE_THEN_ID.compare(match, best) < 0) {
        best = match;
      }
    }
    return Optional.ofNullable(best);
  }

  private static <T> RuleOutcome evaluate(RuleMatcher rule, MatchRecord probe, T candidate, Function<T, MatchRecord> extract) {
    if (candidate instanceof Contact c) {
      // a contact may have several e-mails and phones: try each, keep the first pairing that matches
      RuleOutcome first = null;
      for (String email : orBlank(c.emails())) {
        for (String phone : orBlank(c.phones())) {
          MatchRecord r = with(with(contactRecord(c), "email", email), "phone", phone);
          RuleOutcome o = rule.evaluate(probe, r);
          if (o.matched()) {
            return o;
          }
          if (first == null) {
            first = o;
          }
        }
      }
      return first;
    }
    return rule.evaluate(probe, extract.apply(candidate));
  }

  private static List<String> orBlank(List<String> values) {
    return values.isEmpty() ? List.of("") : values;
  }

  private static MatchRecord with(MatchRecord r, String field, String value) {
    return value.isEmpty() ? r : r.withValue(field, value);
  }

  private static final Comparator<PartyMatch<?>> BY_SCORE_THEN_ID =
      Comparator.<PartyMatch<?>>comparingDouble(PartyMatch::score).reversed().thenComparing(m -> m.id().value());
}
