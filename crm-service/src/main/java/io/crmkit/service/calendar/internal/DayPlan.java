package io.crmkit.service.calendar.internal;

import io.crmkit.core.ValidationException;
import io.crmkit.core.annotation.Internal;
import io.crmkit.service.calendar.OpenInterval;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns local open intervals into sorted, merged {@code [start, end)} pairs of seconds of the day, moving the
 * part of a night shift after midnight to the next day and refusing overlaps.
 */
@Internal
public final class DayPlan {
  private DayPlan() {}

  /**
   * The seven days (index 0 = Monday) of a week as flattened {@code [s0, e0, s1, e1, ...]} seconds of the day,
   * with intervals crossing midnight split (Sunday's spill goes to Monday); throws a
   * {@link ValidationException} naming the day when two intervals overlap.
   */
  public static int[][] weekSeconds(Map<DayOfWeek, List<OpenInterval>> weekly) {
    List<List<int[]>> days = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      days.add(new ArrayList<>());
    }
    weekly.forEach((day, intervals) -> {
      int d = day.getValue() - 1;
      for (OpenInterval i : intervals) {
        if (i.crossesMidnight()) {
          days.get(d).add(new int[] {i.startSecond(), OpenInterval.DAY_SECONDS});
          if (i.endSecond() > 0) {
            days.get((d + 1) % 7).add(new int[] {0, i.endSecond()});
          }
        } else {
          days.get(d).add(new int[] {i.startSecond(), i.endSecond()});
        }
      }
    });
    int[][] out = new int[7][];
    for (int d = 0; d < 7; d++) {
      out[d] = merged(days.get(d), "weeklyHours." + DayOfWeek.of(d + 1));
    }
    return out;
  }

  /** One day's intervals (none crossing midnight) as merged seconds pairs; refuses overlaps. */
  public static int[] daySeconds(List<OpenInterval> intervals, String field) {
    List<int[]> pairs = new ArrayList<>();
    for (OpenInterval i : intervals) {
      pairs.add(new int[] {i.startSecond(), i.endSecond()});
    }
    return merged(pairs, field);
  }

  private static int[] merged(List<int[]> pairs, String field) {
    pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    int[] out = new int[pairs.size() * 2];
    int n = 0;
    for (int[] p : pairs) {
      if (n > 0 && p[0] < out[n - 1]) {
        throw new ValidationException(field, "intervals must not overlap but "
            + hhmm(p[0]) + "-" + hhmm(p[1]) + " starts before " + hhmm(out[n - 1]));
      }
      if (n > 0 && p[0] == out[n - 1]) {
        out[n - 1] = p[1];
      } else {
        out[n++] = p[0];
        out[n++] = p[1];
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static String hhmm(int seconds) {
    return String.format("%02d:%02d", seconds / 3600, seconds / 60 % 60);
  }
}
