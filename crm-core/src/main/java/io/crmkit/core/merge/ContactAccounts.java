package io.crmkit.core.merge;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.Repository;
import java.util.ArrayList;
import java.util.List;

/** For account merges: contacts whose account was merged away now belong to the surviving account. */
final class ContactAccounts implements MergeParticipant {
  static final String NAME = "contact_accounts";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Repointing> repoint(MergeContext ctx) {
    Repository<Contact, ContactId> repo = ctx.store().repository(Contact.TYPE);
    AccountId survivor = new AccountId(ctx.survivor().id());
    List<String> ids = ctx.mergedAway().stream().map(r -> r.id()).toList();
    List<Repointing> out = new ArrayList<>();
    for (Contact c : repo.query(Query.where(Criteria.in(ContactFields.ACCOUNT_ID, ids)).orderBy(Sort.byId()))) {
      Contact moved = c.withAccount(survivor);
      if (ctx.at().isAfter(c.updatedAt())) {
        moved = moved.withUpdatedAt(ctx.at());
      }
      Contact after = repo.update(moved);
      out.add(Repointing.repointed(
          NAME, RecordImage.of(c), after.version(), "account " + c.account().map(AccountId::value).orElse("-") + " → " + survivor));
    }
    return out;
  }
}
