package io.crmkit.sales.geo;

import java.util.Objects;

/**
 * A stop whose time window no visiting order can keep: even driving there first, straight from the start, the
 * salesperson would arrive after the window closes. The plan still visits it (late) and says so here.
 */
public record InfeasibleStop(String name, String reason) {
  public InfeasibleStop {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reason, "reason");
  }
}
