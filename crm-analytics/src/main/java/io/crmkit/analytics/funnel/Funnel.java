package io.crmkit.analytics.funnel;

import io.crmkit.core.ValidationException;
import io.crmkit.core.statemachine.StateChange;
import io.crmkit.core.statemachine.StateHistory;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A funnel: an ordered list of stages (state names) through which records move, analysed over their
 * {@link StateHistory}s. Use {@code Funnel.of(List.of("new", "working", "qualified", "converted"))
 * .analyse(histories, clock.instant())}.
 *
 * <p><b>Reach.</b> A record reached a stage when its history entered that stage or any later stage of the
 * funnel, so a record that skips a stage still counts as having passed it and reach never grows down the
 * funnel. States outside the funnel (say "disqualified") count towards nothing.
 *
 * <p><b>Time in stage.</b> For each record that has entered the stage and is no longer in it, the total time
 * of all its stays there ({@link StateHistory#timeIn}); records still in the stage are left out, because
 * their stay is not over (including them would bias the times downwards).
 */
public final class Funnel {
  private final List<String> stages;

  private Funnel(List<String> stages) {
    this.stages = stages;
  }

  /**
   * The funnel through {@code stages}, first to last.
   *
   * @throws ValidationException if there are no stages, or one is blank or repeated
   */
  public static Funnel of(List<String> stages) {
    List<String> copy = List.copyOf(stages);
    ValidationException.check(!copy.isEmpty(), "stages", "a funnel has at least one stage");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < copy.size(); i++) {
      ValidationException.check(!copy.get(i).isBlank(), "stages[" + i + "]", "must not be blank");
      ValidationException.check(seen.add(copy.get(i)), "stages[" + i + "]", "'" + copy.get(i) + "' is listed twice");
    }
    return new Funnel(copy);
  }

  public List<String> stages() {
    return stages;
  }

  /**
   * The statistics of every stage over {@code histories}, measuring open stays up to {@code now}.
   *
   * @throws ValidationException if {@code now} is before the last change of a history
   */
  public List<StageStatistics> analyse(List<StateHistory> histories, Instant now) {
    Objects.requireNonNull(histories, "histories");
    Objects.requireNonNull(now, "now");
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < stages.size(); i++) {
      position.put(stages.get(i), i);
    }
    int k = stages.size();
    int[] reached = new int[k];
    List<List<Duration>> times = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      times.add(new ArrayList<>());
    }
    for (StateHistory h : histories) {
      Objects.requireNonNull(h, "histories[]");
      int furthest = -1;
      for (StateChange c : h.changes()) {
        Integer p = position.get(c.to());
        if (p != null) {
          furthest = Math.max(furthest, p);
        }
      }
      for (int i = 0; i <= furthest; i++) {
        reached[i]++;
      }
      Map<String, Duration> spent = h.timeInStates(now);
      for (int i = 0; i < k; i++) {
        String stage = stages.get(i);
        if (spent.containsKey(stage) && !h.current().equals(stage)) {
          times.get(i).add(spent.get(stage));
        }
      }
    }
    List<StageStatistics> out = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      double step = i == 0 ? 1 : reached[i - 1] == 0 ? 0 : (double) reached[i] / reached[i - 1];
      double overall = reached[0] == 0 ? 0 : (double) reached[i] / reached[0];
      int dropOff = reached[i] - (i + 1 < k ? reached[i + 1] : 0);
      List<Duration> t = times.get(i);
      out.add(new StageStatistics(
          stages.get(i), reached[i], step, overall, dropOff, t.size(), mean(t), median(t)));
    }
    return List.copyOf(out);
  }

  static Optional<Duration> mean(List<Duration> ds) {
    if (ds.isEmpty()) {
      return Optional.empty();
    }
    BigInteger total = BigInteger.ZERO;
    for (Duration d : ds) {
      total = total.add(nanos(d));
    }
    return Optional.of(fromNanos(total.divide(BigInteger.valueOf(ds.size()))));
  }

  static Optional<Duration> median(List<Duration> ds) {
    if (ds.isEmpty()) {
      return Optional.empty();
    }
    List<Duration> sorted = new ArrayList<>(ds);
    sorted.sort(null);
    int n = sorted.size();
    if (n % 2 == 1) {
      return Optional.of(sorted.get(n / 2));
    }
    BigInteger sum = nanos(sorted.get(n / 2 - 1)).add(nanos(sorted.get(n / 2)));
    return Optional.of(fromNanos(sum.divide(BigInteger.TWO)));
  }

  private static BigInteger nanos(Duration d) {
    return BigInteger.valueOf(d.getSeconds()).multiply(BigInteger.valueOf(1_000_000_000L)).add(BigInteger.valueOf(d.getNano()));
  }

  private static Duration fromNanos(BigInteger n) {
    BigInteger[] qr = n.divideAndRemainder(BigInteger.valueOf(1_000_000_000L));
    return Duration.ofSeconds(qr[0].longValueExact(), qr[1].longValueExact());
  }
}
