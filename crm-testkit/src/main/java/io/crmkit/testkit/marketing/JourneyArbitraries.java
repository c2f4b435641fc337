package io.crmkit.testkit.marketing;

import io.crmkit.core.TenantId;
import io.crmkit.marketing.channel.ChannelKind;
import io.crmkit.marketing.journey.EntryRule;
import io.crmkit.marketing.journey.Journey;
import io.crmkit.marketing.journey.JourneyId;
import io.crmkit.marketing.journey.JourneyStep;
import io.crmkit.marketing.journey.ReEntryPolicy;
import io.crmkit.marketing.journey.SplitArm;
import io.crmkit.marketing.journey.WaitCondition;
import io.crmkit.marketing.template.TemplateId;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for journeys: valid random step graphs built through the real {@link Journey} builder — a
 * chain of sends, waits (durations and local times of day) and weighted splits, ending in an exit, optionally
 * looping back through a wait. {@code @Provide Arbitrary<Journey> journeys() { return JourneyArbitraries.journeys(tenant); }}
 */
public final class JourneyArbitraries {
  private JourneyArbitraries() {}

  /** Valid journeys of {@code tenant} with 1 to 8 stages. */
  public static Arbitrary<Journey> journeys(TenantId tenant) {
    Arbitrary<List<Integer>> kinds = Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(8);
    return Combinators.combine(kinds, Arbitraries.integers().between(1, 240), Arbitraries.of(ReEntryPolicy.values()),
            Arbitraries.of(ChannelKind.values()), Arbitraries.integers().between(1, 9).list().ofSize(2))
        .as((stages, hours, reEntry, channel, weights) -> build(tenant, stages, hours, reEntry, channel, weights));
  }

  /** Wait conditions that always take time. */
  public static Arbitrary<WaitCondition> waits() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 24 * 30).map(h -> WaitCondition.forDuration(Duration.ofHours(h))),
        Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> WaitCondition.untilTimeOfDay(LocalTime.of(m / 60, m % 60))));
  }

  private static Journey build(TenantId tenant, List<Integer> stages, int hours, ReEntryPolicy reEntry, ChannelKind channel, List<Integer> weights) {
    Journey.Builder b = Journey.builder(new JourneyId("j-" + stages.size() + "-" + hours), tenant, "generated")
        .entry(EntryRule.anyone().withReEntry(reEntry));
    List<JourneyStep> steps = new ArrayList<>();
    for (int i = 0; i < stages.size(); i++) {
      String id = "s" + i;
      String next = i + 1 < stages.size() ? "s" + (i + 1) : "out";
      switch (stages.get(i)) {
        case 0 -> steps.add(JourneyStep.send(id, new TemplateId("t" + i), channel, next));
        case 1 -> steps.add(JourneyStep.await(id, WaitCondition.forDuration(Duration.ofHours(hours)), next));
        case 2 -> steps.add(JourneyStep.await(id, WaitCondition.untilTimeOfDay(LocalTime.of(hours % 24, 0)), next));
        default -> steps.add(JourneyStep.split(id, List.of(SplitArm.of("a", weights.get(0), next), SplitArm.of("b", weights.get(1), next))));
      }
    }
    steps.forEach(b::step);
    b.step(JourneyStep.exit("out"));
    return b.build();
  }
}
