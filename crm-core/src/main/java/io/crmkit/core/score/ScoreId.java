package io.crmkit.core.score;

import io.crmkit.core.EntityId;

/** The id of a {@link Score}, e.g. {@code ids.next(ScoreId::new)}. */
public record ScoreId(String value) implements EntityId {
  public ScoreId {
    EntityId.checked(value, "scoreId");
  }

  @Override
  public String toString() {
    return value;
  }
}
