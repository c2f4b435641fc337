package io.crmkit.service.cases;

import java.util.List;
import java.util.Objects;

/**
 * What {@link CaseService#merge} did: the survivor as stored now, the merged cases (closed, read-only), the
 * re-parented children, and the {@link CasesMerged} event (published after every status and parent event).
 * {@code result.survivor().comments()}
 */
public record CaseMergeResult(Case survivor, List<Case> merged, List<Case> reparented, CasesMerged event) {
  public CaseMergeResult {
    Objects.requireNonNull(survivor, "survivor");
    merged = List.copyOf(merged);
    reparented = List.copyOf(reparented);
    Objects.requireNonNull(event, "event");
  }
}
