package io.crmkit.service.routing;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * A skill a {@link WorkItem} asks for and the lowest level (1 to 10) an agent must have in it:
 * {@code SkillRequirement.of("french", 3)}. Whether it is required or optional is said by the list of the work
 * item that holds it.
 */
public record SkillRequirement(String skill, int minimumLevel) {
  /** The highest skill level. */
  public static final int MAX_LEVEL = 10;

  public SkillRequirement {
    Objects.requireNonNull(skill, "skill");
    ValidationException.check(!skill.isBlank(), "skill", "must not be blank");
    ValidationException.check(minimumLevel >= 1 && minimumLevel <= MAX_LEVEL, "minimumLevel",
        "must be 1 to " + MAX_LEVEL + " but was " + minimumLevel + " for skill '" + skill + "'");
  }

  /** {@code skill} at {@code minimumLevel} or above. */
  public static SkillRequirement of(String skill, int minimumLevel) {
    return new SkillRequirement(skill, minimumLevel);
  }

  /** Whether an agent with {@code level} in this skill (0: none) meets it. */
  public boolean metBy(int level) {
    return level >= minimumLevel;
  }

  @Override
  public String toString() {
    return skill + ">=" + minimumLevel;
  }
}
