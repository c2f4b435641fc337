package io.crmkit.analytics.rules;

import java.util.Arrays;

/**
 * The FP-tree of Han, Pei and Yin ("Mining frequent patterns without candidate generation", 2000), in
 * parallel arrays: node 0 is the root, items are ranks (0 = most frequent), and each rank's nodes are chained
 * from {@code head} through {@code next}.
 */
final class FpTree {
  int[] item = new int[64];
  long[] count = new long[64];
  int[] parent = new int[64];
  int[] firstChild = new int[64];
  int[] sibling = new int[64];
  int[] next = new int[64];
  int size = 1;
  final int[] head;
  final long[] rankCount;

  FpTree(int ranks) {
    head = new int[ranks];
    Arrays.fill(head, -1);
    rankCount = new long[ranks];
    item[0] = -1;
    parent[0] = -1;
    firstChild[0] = -1;
    sibling[0] = -1;
  }

  /** Adds a path of ranks, ascending, {@code c} times. */
  void insert(int[] path, int len, long c) {
    int node = 0;
    for (int i = 0; i < len; i++) {
      int r = path[i];
      int child = firstChild[node];
      while (child >= 0 && item[child] != r) {
        child = sibling[child];
      }
      if (child < 0) {
        child = newNode(r, node);
      }
      count[child] += c;
      rankCount[r] += c;
      node = child;
    }
  }

  private int newNode(int r, int parentNode) {
    if (size == item.length) {
      int n = size * 2;
      item = Arrays.copyOf(item, n);
      count = Arrays.copyOf(count, n);
      parent = Arrays.copyOf(parent, n);
      firstChild = Arrays.copyOf(firstChild, n);
      sibling = Arrays.copyOf(sibling, n);
      next = Arrays.copyOf(next, n);
    }
    int id = size++;
    item[id] = r;
    count[id] = 0;
    parent[id] = parentNode;
    firstChild[id] = -1;
    sibling[id] = firstChild[parentNode];
    firstChild[parentNode] = id;
    next[id] = head[r];
    head[r] = id;
    return id;
  }
}
