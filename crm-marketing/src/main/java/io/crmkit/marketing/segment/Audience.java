package io.crmkit.marketing.segment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The result of evaluating a segment at an instant: the members who may be targeted (sorted ids), those the
 * segment matched but a suppression list removed (with the entry that did it) and the seed recipients that
 * ride along on every send without being members.
 *
 * <p>{@code Audience a = segments.audience(segment.id()); a.members().size();}
 */
public record Audience(SegmentTarget target, Instant evaluatedAt, List<String> members, List<Suppressed> suppressed, List<String> seeds) {
  public Audience {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(evaluatedAt, "evaluatedAt");
    members = List.copyOf(members);
    suppressed = List.copyOf(suppressed);
    seeds = List.copyOf(seeds);
  }

  /** A record the segment matched that a suppression list removed, and why. */
  public record Suppressed(String id, ListId list, SuppressionEntry entry) {
    public Suppressed {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(list, "list");
      Objects.requireNonNull(entry, "entry");
    }
  }
}
