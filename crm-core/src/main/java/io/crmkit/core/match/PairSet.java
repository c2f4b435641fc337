package io.crmkit.core.match;

import java.util.Arrays;

/**
 * An open-addressing set of row pairs packed into longs ({@code i < j}); insertion order is kept, which keeps
 * the pairs of one block together: scoring them in that order finds the rows' values in the CPU cache.
 */
final class PairSet {
  private static final long EMPTY = -1L;
  private long[] slots = new long[1 << 12];
  private long[] order = new long[1 << 10];
  private int size;

  PairSet() {
    Arrays.fill(slots, EMPTY);
  }

  /** A set sized for about {@code expected} pairs, so that filling it never rehashes. */
  PairSet(long expected) {
    int capacity = Integer.highestOneBit((int) Math.min(1 << 30, Math.max(1 << 12, expected * 2 + 1))) << 1;
    slots = new long[Math.min(capacity, 1 << 30)];
    Arrays.fill(slots, EMPTY);
    order = new long[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(1 << 10, expected))];
  }

  static long pack(int a, int b) {
    int i = Math.min(a, b);
    int j = Math.max(a, b);
    return ((long) i << 32) | (j & 0xffffffffL);
  }

  static int left(long pair) {
    return (int) (pair >>> 32);
  }

  static int right(long pair) {
    return (int) pair;
  }

  /** Adds the pair; true when it was new. */
  boolean add(long pair) {
    if (size * 2 >= slots.length) {
      rehash();
    }
    int mask = slots.length - 1;
    int h = mix(pair) & mask;
    while (true) {
      long s = slots[h];
      if (s == EMPTY) {
        slots[h] = pair;
        if (size == order.length) {
          order = Arrays.copyOf(order, size * 2);
        }
        order[size++] = pair;
        return true;
      }
      if (s == pair) {
        return false;
      }
      h = (h + 1) & mask;
    }
  }

  boolean contains(long pair) {
    int mask = slots.length - 1;
    int h = mix(pair) & mask;
    while (true) {
      long s = slots[h];
      if (s == EMPTY) {
        return false;
      }
      if (s == pair) {
        return true;
      }
      h = (h + 1) & mask;
    }
  }

  int size() {
    return size;
  }

  long get(int index) {
    return order[index];
  }

  private void rehash() {
    long[] old = order;
    int n = size;
    slots = new long[slots.length * 2];
    Arrays.fill(slots, EMPTY);
    size = 0;
    order = new long[Math.max(16, old.length)];
    for (int i = 0; i < n; i++) {
      add(old[i]);
    }
  }

  private static int mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    return (int) x;
  }
}
