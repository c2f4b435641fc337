package io.crmkit.core.merge;

import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.consent.ConsentEventId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.Repository;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves consent ledger entries of merged-away parties to the survivor. Entries are append-only facts; only
 * the party reference changes (instant, source and evidence stay), and the change is recorded for unmerge, so
 * the survivor's consent is answered from the whole history of everyone merged into it.
 */
final class ConsentParties implements MergeParticipant {
  static final String NAME = "consent";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Repointing> repoint(MergeContext ctx) {
    Repository<ConsentEvent, ConsentEventId> repo = ctx.store().repository(ConsentEvent.TYPE);
    List<Repointing> out = new ArrayList<>();
    for (ConsentEvent e : repo.query(Query.where(Criteria.in(ConsentEvent.PARTY, ctx.mergedAwayTexts())).orderBy(Sort.byId()))) {
      ConsentEvent moved = new ConsentEvent(
          e.id(), e.tenantId(), e.version(), ctx.survivor(), e.channel(), e.purpose(), e.action(), e.legalBasis(), e.source(),
          e.at(), e.doubleOptIn(), e.evidence());
      ConsentEvent after = repo.update(moved);
      out.add(Repointing.repointed(NAME, RecordImage.of(e), after.version(), "party " + e.party() + " → " + ctx.survivor()));
    }
    return out;
  }
}
