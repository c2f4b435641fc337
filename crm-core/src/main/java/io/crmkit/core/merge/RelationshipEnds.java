package io.crmkit.core.merge;

import io.crmkit.core.RecordRef;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.party.RelationshipId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.Repository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-points the ends of party relationships from merged-away records to the survivor. A relationship that
 * would relate the survivor to itself is removed; so is one that would duplicate a relationship the survivor
 * already has (same ends, role and dates). Both removals are recorded with the full relationship.
 */
final class RelationshipEnds implements MergeParticipant {
  static final String NAME = "relationships";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Repointing> repoint(MergeContext ctx) {
    Repository<PartyRelationship, RelationshipId> repo = ctx.store().repository(PartyRelationship.TYPE);
    List<PartyRelationship> hits =
        repo.query(Query.where(Criteria.in(PartyRelationship.PARTY, ctx.mergedAwayTexts())).orderBy(Sort.byId()));
    Map<String, RelationshipId> existing = new HashMap<>();
    for (PartyRelationship r : repo.query(Query.where(Criteria.eq(PartyRelationship.PARTY, ctx.survivor().toString())).orderBy(Sort.byId()))) {
      if (!ctx.isMergedAway(r.from()) && !ctx.isMergedAway(r.to())) {
        existing.putIfAbsent(key(r.from(), r.to(), r), r.id());
      }
    }
    List<Repointing> out = new ArrayList<>();
    for (PartyRelationship r : hits) {
      RecordRef from = ctx.repoint(r.from());
      RecordRef to = ctx.repoint(r.to());
      String change = r.role() + " " + r.from() + " → " + r.to() + " becomes " + from + " → " + to;
      if (from.equals(to)) {
        repo.delete(r.id(), r.version());
        out.add(Repointing.removed(NAME, RecordImage.of(r), change + ", a relationship with itself"));
        continue;
      }
      String key = key(from, to, r);
      RelationshipId twin = existing.get(key);
      if (twin != null) {
        repo.delete(r.id(), r.version());
        out.add(Repointing.removed(NAME, RecordImage.of(r), change + ", a duplicate of relationship " + twin));
        continue;
      }
      PartyRelationship after = repo.update(
          new PartyRelationship(r.id(), r.tenantId(), r.version(), from, to, r.role(), r.fromDate(), r.thruDate(), r.title()));
      existing.put(key, r.id());
      out.add(Repointing.repointed(NAME, RecordImage.of(r), after.version(), change));
    }
    return out;
  }

  private static String key(RecordRef from, RecordRef to, PartyRelationship r) {
    return from + "|" + to + "|" + r.role() + "|" + r.fromDate().map(Object::toString).orElse("") + "|"
        + r.thruDate().map(Object::toString).orElse("");
  }
}
