package io.crmkit.marketing.journey;

import io.crmkit.core.ValidationException;
import io.crmkit.core.consent.Purpose;
import io.crmkit.marketing.channel.ChannelKind;
import io.crmkit.marketing.template.TemplateId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One step of a {@link Journey}: send a template on a channel, wait, branch on a condition, split at random
 * (deterministically, by hashing), or exit. Each names the step(s) it leads to.
 *
 * <p>{@code JourneyStep.send("welcome", new TemplateId("t-welcome"), ChannelKind.EMAIL, "wait-2d")}
 */
public sealed interface JourneyStep {

  /** The step's id. */
  StepId id();

  /** The steps it can lead to, in order. */
  List<StepId> targets();

  /** A send step for marketing purposes. */
  static Send send(String id, TemplateId template, ChannelKind channel, String next) {
    return new Send(new StepId(id), template, channel, Purpose.MARKETING, new StepId(next));
  }

  /** A wait step. */
  static Wait await(String id, WaitCondition until, String next) {
    return new Wait(new StepId(id), until, new StepId(next));
  }

  /** A branch step. */
  static Branch branch(String id, BranchCondition condition, String ifTrue, String ifFalse) {
    return new Branch(new StepId(id), condition, new StepId(ifTrue), new StepId(ifFalse));
  }

  /** A random split. */
  static Split split(String id, List<SplitArm> arms) {
    return new Split(new StepId(id), arms);
  }

  /** An exit step. */
  static Exit exit(String id) {
    return new Exit(new StepId(id));
  }

  /** Sends {@code template} on {@code channel} for {@code purpose} (checked against consent when sent), then {@code next}. */
  record Send(StepId id, TemplateId template, ChannelKind channel, Purpose purpose, StepId next) implements JourneyStep {
    public Send {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(purpose, "purpose");
      Objects.requireNonNull(next, "next");
    }

    @Override
    public List<StepId> targets() {
      return List.of(next);
    }
  }

  /** Holds the recipient until the condition's due time, then {@code next}. */
  record Wait(StepId id, WaitCondition until, StepId next) implements JourneyStep {
    public Wait {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(until, "until");
      Objects.requireNonNull(next, "next");
    }

    @Override
    public List<StepId> targets() {
      return List.of(next);
    }
  }

  /** Goes to {@code ifTrue} or {@code ifFalse}; both are required, so a branch is always complete. */
  record Branch(StepId id, BranchCondition condition, StepId ifTrue, StepId ifFalse) implements JourneyStep {
    public Branch {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(condition, "condition");
      Objects.requireNonNull(ifTrue, "ifTrue");
      Objects.requireNonNull(ifFalse, "ifFalse");
    }

    @Override
    public List<StepId> targets() {
      return List.of(ifTrue, ifFalse);
    }
  }

  /** Sends each recipient down one arm, by hashing (tenant, journey, step, contact) against the arms' weights. */
  record Split(StepId id, List<SplitArm> arms) implements JourneyStep {
    public Split {
      Objects.requireNonNull(id, "id");
      arms = List.copyOf(Objects.requireNonNull(arms, "arms"));
      ValidationException.check(arms.size() >= 2, "steps." + id + ".arms", "a split needs at least two arms");
      Set<String> names = new HashSet<>();
      for (SplitArm arm : arms) {
        ValidationException.check(names.add(arm.name()), "steps." + id + ".arms", "arm '" + arm.name() + "' is listed twice");
      }
    }

    @Override
    public List<StepId> targets() {
      return arms.stream().map(SplitArm::next).toList();
    }

    /** The arms' weights, in order. */
    public List<Integer> weights() {
      return arms.stream().map(SplitArm::weight).toList();
    }
  }

  /** Ends the enrolment. */
  record Exit(StepId id) implements JourneyStep {
    public Exit {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public List<StepId> targets() {
      return List.of();
    }
  }
}
