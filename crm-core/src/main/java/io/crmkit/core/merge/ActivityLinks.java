package io.crmkit.core.merge;

import io.crmkit.core.RecordRef;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.Repository;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Re-points activities' links from merged-away records to the survivor (a link named twice is kept once). */
final class ActivityLinks implements MergeParticipant {
  static final String NAME = "activities";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Repointing> repoint(MergeContext ctx) {
    Repository<Activity, ActivityId> repo = ctx.store().repository(Activity.TYPE);
    List<Repointing> out = new ArrayList<>();
    for (Activity a : repo.query(Query.where(Criteria.in(Activity.LINKS, ctx.mergedAwayTexts())).orderBy(Sort.byId()))) {
      LinkedHashSet<RecordRef> links = new LinkedHashSet<>();
      a.links().forEach(l -> links.add(ctx.repoint(l)));
      List<RecordRef> newLinks = List.copyOf(links);
      Activity after = repo.update(a.relink(newLinks, ctx.at()));
      out.add(Repointing.repointed(NAME, RecordImage.of(a), after.version(), "links " + a.links() + " → " + newLinks));
    }
    return out;
  }
}
