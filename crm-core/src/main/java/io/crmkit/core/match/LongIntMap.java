package io.crmkit.core.match;

/**
 * A map from long keys to int values with open addressing and no boxing: the matcher's tables of millions of
 * entries (blocking-key hashes to block numbers, agreement patterns to counts). Not thread-safe.
 */
final class LongIntMap {
  private long[] keys = new long[1 << 10];
  private int[] values = new int[1 << 10];
  private boolean[] used = new boolean[1 << 10];
  private int size;

  /** The value of {@code key}, after storing {@code value} for it when it had none. */
  int putIfAbsent(long key, int value) {
    int slot = slot(key);
    if (!used[slot]) {
      if ((size + 1) * 2 > keys.length) {
        grow();
        slot = slot(key);
      }
      used[slot] = true;
      keys[slot] = key;
      values[slot] = value;
      size++;
    }
    return values[slot];
  }

  /** Adds one to the value of {@code key} (0 when absent). */
  void increment(long key) {
    int slot = slot(key);
    if (!used[slot]) {
      putIfAbsent(key, 1);
      return;
    }
    values[slot]++;
  }

  /** The value of {@code key}, or {@code absent}. */
  int get(long key, int absent) {
    int slot = slot(key);
    return used[slot] ? values[slot] : absent;
  }

  int size() {
    return size;
  }

  /** The keys, in no particular order. */
  long[] keys() {
    long[] out = new long[size];
    int k = 0;
    for (int i = 0; i < keys.length; i++) {
      if (used[i]) {
        out[k++] = keys[i];
      }
    }
    return out;
  }

  /** The slot holding {@code key}, or the empty slot where it belongs. */
  private int slot(long key) {
    int mask = keys.length - 1;
    int h = (int) mix(key) & mask;
    while (used[h] && keys[h] != key) {
      h = (h + 1) & mask;
    }
    return h;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    boolean[] oldUsed = used;
    keys = new long[oldKeys.length * 2];
    values = new int[keys.length];
    used = new boolean[keys.length];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldUsed[i]) {
        int slot = slot(oldKeys[i]);
        used[slot] = true;
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
