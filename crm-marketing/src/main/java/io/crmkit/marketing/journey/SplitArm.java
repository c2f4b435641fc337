package io.crmkit.marketing.journey;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/** One arm of a {@link JourneyStep.Split}: a name, a positive weight and the step it leads to: {@code SplitArm.of("a", 50, "send-a")}. */
public record SplitArm(String name, int weight, StepId next) {
  public SplitArm {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(next, "next");
    ValidationException.check(!name.isBlank(), "arm.name", "must not be blank");
    ValidationException.check(weight > 0, "arm.weight", "must be positive but was " + weight);
  }

  /** An arm leading to the step {@code next}. */
  public static SplitArm of(String name, int weight, String next) {
    return new SplitArm(name, weight, new StepId(next));
  }
}
