package io.crmkit.core.merge;

import io.crmkit.core.RecordRef;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How another module would plug in: re-points tickets' requesters, keeping described images core cannot name. */
final class TicketParticipant implements MergeParticipant {
  @Override
  public String name() {
    return "tickets";
  }

  @Override
  public List<Repointing> repoint(MergeContext context) {
    Repository<Ticket, Ticket.Id> repo = context.store().repository(Ticket.TYPE);
    List<Repointing> out = new ArrayList<>();
    for (Ticket t : repo.query(Criteria.in(Ticket.REQUESTER, context.mergedAwayTexts()))) {
      Ticket after = repo.update(t.withRequester(context.repoint(t.requester())));
      RecordImage before = new RecordImage.Described(
          RecordRef.of("ticket", t.id()), t.version(), Map.of("requester", t.requester().toString()));
      out.add(Repointing.repointed(name(), before, after.version(), "requester " + t.requester() + " → " + context.survivor()));
    }
    return out;
  }

  @Override
  public List<MergeConflict> conflicts(Repointing entry, TenantStore store) {
    Optional<Ticket> now = store.repository(Ticket.TYPE).find(new Ticket.Id(entry.record().id()));
    return now.isPresent() && now.get().version() == entry.versionAfter()
        ? List.of()
        : List.of(new MergeConflict(entry.record(), "ticket changed since the merge"));
  }

  @Override
  public void restore(Repointing entry, TenantStore store) {
    Repository<Ticket, Ticket.Id> repo = store.repository(Ticket.TYPE);
    Ticket now = repo.get(new Ticket.Id(entry.record().id()));
    RecordImage.Described d = (RecordImage.Described) entry.before();
    repo.update(now.withRequester(RecordRef.parse(d.state().get("requester"))));
  }
}
