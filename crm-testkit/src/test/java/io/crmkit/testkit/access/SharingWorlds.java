package io.crmkit.testkit.access;

import io.crmkit.core.TenantId;
import io.crmkit.core.access.Directory;
import io.crmkit.core.access.Principal;
import io.crmkit.core.access.RecordShare;
import io.crmkit.core.access.SharingModel;
import io.crmkit.core.access.SharingModelSpec;
import io.crmkit.core.access.SharingRule;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.query.Criteria;
import io.crmkit.testkit.arbitrary.CrmArbitraries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** One random question to a random sharing model over contacts, with one more rule and one more share to add. */
final class SharingWorlds {
  private SharingWorlds() {}

  static final TenantId TENANT = TenantId.of("acme");
  static final List<String> FIELDS = List.of("email", "phone", "jobTitle", "familyName", "owner", "custom.tier");

  record World(SharingModelSpec spec, List<RecordShare> shares, List<Contact> contacts, Principal principal, Instant at,
      SharingRule extraRule, RecordShare extraShare) {
    SharingModel model() {
      return SharingModel.of(spec).withShares(shares);
    }
  }

  static Arbitrary<Criteria> criteria(Directory d) {
    Arbitrary<Criteria> leaf = Arbitraries.oneOf(
        Arbitraries.of(SharingArbitraries.ownersOf(d)).set().ofMinSize(1).ofMaxSize(3).map(o -> Criteria.in(ContactFields.OWNER, o)),
        Arbitraries.of("A", "M", "Z", "Ø", "Mü").map(p -> Criteria.prefix(ContactFields.FAMILY_NAME, p)),
        Arbitraries.just(Criteria.isNull(ContactFields.ACCOUNT_ID)),
        Arbitraries.of(SharingArbitraries.ACCOUNTS).map(a -> Criteria.eq(ContactFields.ACCOUNT_ID, a)),
        Arbitraries.just(Criteria.isPresent(ContactFields.JOB_TITLE)));
    return Arbitraries.oneOf(
        leaf,
        leaf.map(c -> Criteria.not(c)),
        Combinators.combine(leaf, leaf).as((x, y) -> Criteria.and(x, y)),
        Combinators.combine(leaf, leaf).as((x, y) -> Criteria.or(x, y)));
  }

  static Arbitrary<Contact> contacts(Directory d) {
    return Combinators.combine(
            CrmArbitraries.contacts().inTenant(TENANT),
            SharingArbitraries.owners(d),
            Arbitraries.of(SharingArbitraries.ACCOUNTS).optional(0.5))
        .as((c, owner, account) -> account.map(a -> c.withAccount(new AccountId(a))).orElseGet(c::withoutAccount).withOwner(owner));
  }

  static Arbitrary<World> worlds() {
    return SharingArbitraries.directories().flatMap(d -> Combinators.combine(
            SharingArbitraries.specs(TENANT, d, "contact", Optional.of("accountId"), criteria(d), FIELDS),
            contacts(d).list().ofMaxSize(10))
        .as(Tuple::of)
        .flatMap(pair -> {
          SharingModelSpec spec = pair.get1();
          List<Contact> contacts = pair.get2();
          List<String> ids = new ArrayList<>();
          contacts.forEach(c -> ids.add(c.id().value()));
          ids.add("c-unknown");
          return Combinators.combine(
                  SharingArbitraries.shares(TENANT, d, "contact", ids),
                  SharingArbitraries.principals(TENANT, d),
                  SharingArbitraries.instants(),
                  SharingArbitraries.rules(d, "contact", criteria(d), "extra"),
                  SharingArbitraries.share(TENANT, d, "contact", ids, "sh-extra"))
              .as((shares, p, at, extra, extraShare) -> new World(spec, shares, contacts, p, at, extra, extraShare));
        }));
  }
}
