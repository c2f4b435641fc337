package io.crmkit.core.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The blocking keys derived from a schema's kinds, and pair generation from them. Keys on exact identifiers
 * (e-mail, phone, id number) are never capped, so no pair sharing one is ever dropped; the other keys skip
 * blocks larger than the cap and say so in the report.
 */
final class Blocker {
  private static final int TRAINING_PAIRS_PER_KEY = 200_000;
  private static final int BANDS = 5;
  private static final int ROWS = 4;
  private static final long[] SEEDS = new long[BANDS * ROWS];

  static {
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SEEDS.length; i++) {
      s += 0x9E3779B97F4A7C15L;
      long z = s;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      SEEDS[i] = z ^ (z >>> 31);
    }
  }

  /** One blocking key: a name, whether the size cap applies, and how to compute a row's key values. */
  abstract static class Key {
    final String name;
    final boolean capped;
    final int[] fields;

    Key(String name, boolean capped, int... fields) {
      this.name = name;
      this.capped = capped;
      this.fields = fields;
    }

    abstract void emit(RecordTable t, int row, List<String> out);

    /**
     * The row's key values as 64-bit hashes, for grouping rows into blocks without building strings' maps.
     * Two different values sharing a hash (odds about one in 10^12 for a million values) would only add pairs.
     */
    void hashes(RecordTable t, int row, List<String> scratch, LongList out) {
      scratch.clear();
      emit(t, row, scratch);
      for (String v : scratch) {
        out.add(hash(v));
      }
    }
  }

  /** A 64-bit hash of a key value. */
  static long hash(String v) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < v.length(); i++) {
      h = (h ^ v.charAt(i)) * 0x100000001b3L;
    }
    return mix64(h);
  }

  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  final List<Key> keys;
  final int maxBlockSize;

  Blocker(List<Key> keys, int maxBlockSize) {
    this.keys = List.copyOf(keys);
    this.maxBlockSize = maxBlockSize;
  }

  static Blocker standard(MatchSchema schema, int maxBlockSize) {
    List<Key> keys = new ArrayList<>();
    List<MatchField> fields = schema.fields();
    for (int f = 0; f < fields.size(); f++) {
      FieldKind k = fields.get(f).kind();
      if (k == FieldKind.EMAIL || k == FieldKind.PHONE || k == FieldKind.ID_NUMBER) {
        int field = f;
        keys.add(new Key("exact " + fields.get(f).name(), false, field) {
          @Override
          void emit(RecordTable t, int row, List<String> out) {
            String v = t.columns[field].norm[row];
            if (v != null) {
              out.add(v);
            }
          }
        });
      }
    }
    Optional<Integer> family = schema.firstOf(FieldKind.FAMILY_NAME);
    Optional<Integer> given = schema.firstOf(FieldKind.GIVEN_NAME);
    Optional<Integer> full = schema.firstOf(FieldKind.FULL_NAME);
    Optional<Integer> company = schema.firstOf(FieldKind.COMPANY);
    if (family.isPresent()) {
      int fam = family.get();
      int giv = given.orElse(-1);
      keys.add(new Key("phonetic " + fields.get(fam).name() + " + initial", true, giv < 0 ? new int[] {fam} : new int[] {fam, giv}) {
        @Override
        void emit(RecordTable t, int row, List<String> out) {
          String p = t.columns[fam].phonetic[row];
          if (p != null) {
            out.add(p + "|" + (giv < 0 ? "" : initial(t.columns[giv].norm[row])));
          }
        }
      });
    } else if (full.isPresent()) {
      int fn = full.get();
      keys.add(new Key("phonetic last word + initial of " + fields.get(fn).name(), true, fn) {
        @Override
        void emit(RecordTable t, int row, List<String> out) {
          String p = t.columns[fn].phonetic[row];
          if (p != null) {
            out.add(p + "|" + initial(t.columns[fn].norm[row]));
          }
        }
      });
    }
    Optional<Integer> nameForPrefix = family.or(() -> full).or(() -> company);
    Optional<Integer> postcode = schema.firstOf(FieldKind.POSTCODE);
    if (postcode.isPresent() && nameForPrefix.isPresent()) {
      int pc = postcode.get();
      int nm = nameForPrefix.get();
      boolean last = fields.get(nm).kind() == FieldKind.FULL_NAME;
      keys.add(new Key(fields.get(pc).name() + " + name prefix", true, pc, nm) {
        @Override
        void emit(RecordTable t, int row, List<String> out) {
          String p = t.columns[pc].norm[row];
          String n = t.columns[nm].norm[row];
          if (p != null && n != null) {
            String w = last ? RecordTable.lastWord(n) : n;
            out.add(p + "|" + w.substring(0, Math.min(2, w.length())));
          }
        }
      });
    }
    // a birth date alone makes blocks that grow with the base (a million people share ~27k dates, ~37 each);
    // with the initial of either name they stay small, and a swap of given and family name still meets
    int[] initials = java.util.stream.IntStream.of(given.orElse(-1), family.or(() -> full).orElse(-1))
        .filter(f -> f >= 0).toArray();
    for (int f = 0; f < fields.size(); f++) {
      if (fields.get(f).kind() == FieldKind.DATE) {
        int field = f;
        String name = "exact " + fields.get(f).name() + (initials.length == 0 ? "" : " + initial");
        // only the date is forced to agree; an initial says little about the name's comparison level
        keys.add(new Key(name, true, field) {
          @Override
          void emit(RecordTable t, int row, List<String> out) {
            String v = t.columns[field].norm[row];
            if (v == null) {
              return;
            }
            if (initials.length == 0) {
              out.add(v);
              return;
            }
            for (int n : initials) {
              String i = initial(t.columns[n].norm[row]);
              if (!i.isEmpty() && !out.contains(v + "|" + i)) {
                out.add(v + "|" + i);
              }
            }
          }
        });
      }
    }
    Optional<Integer> street = schema.firstOf(FieldKind.STREET);
    if (street.isPresent()) {
      int st = street.get();
      int nr = schema.firstOf(FieldKind.STREET_NUMBER).orElse(-1);
      keys.add(new Key(fields.get(st).name() + " prefix + number", true, nr < 0 ? new int[] {st} : new int[] {st, nr}) {
        @Override
        void emit(RecordTable t, int row, List<String> out) {
          String s = t.columns[st].norm[row];
          if (s != null) {
            String n = nr < 0 ? null : t.columns[nr].norm[row];
            out.add(s.substring(0, Math.min(5, s.length())) + "|" + (n == null ? "" : n));
          }
        }
      });
    }
    if (company.isPresent()) {
      int co = company.get();
      keys.add(new Key("phonetic first word of " + fields.get(co).name(), true, co) {
        @Override
        void emit(RecordTable t, int row, List<String> out) {
          String p = t.columns[co].phonetic[row];
          if (p != null) {
            out.add(p);
          }
        }
      });
    }
    List<Integer> names = new ArrayList<>();
    for (int f = 0; f < fields.size(); f++) {
      if (fields.get(f).kind().isName()) {
        names.add(f);
      }
    }
    if (!names.isEmpty()) {
      int[] nameFields = names.stream().mapToInt(Integer::intValue).toArray();
      keys.add(new Key("minhash-lsh on name bigrams", true, nameFields) {
        @Override
        void emit(RecordTable t, int row, List<String> out) {
          long[] bands = minHashBands(t, row, nameFields);
          for (int b = 0; b < bands.length; b++) {
            out.add(b + ":" + Long.toHexString(bands[b]));
          }
        }

        @Override
        void hashes(RecordTable t, int row, List<String> scratch, LongList out) {
          long[] bands = minHashBands(t, row, nameFields);
          for (int b = 0; b < bands.length; b++) {
            out.add(mix64(bands[b] + b));
          }
        }
      });
    }
    return new Blocker(keys, maxBlockSize);
  }

  private static String initial(String norm) {
    return norm == null || norm.isEmpty() ? "" : norm.substring(0, 1);
  }

  /** MinHash of the character bigrams of the row's name words (sorted, so swapped names hash alike), banded. */
  static long[] minHashBands(RecordTable t, int row, int[] fields) {
    List<String> words = new ArrayList<>();
    for (int f : fields) {
      String v = t.columns[f].norm[row];
      if (v != null) {
        for (String w : v.split(" ")) {
          if (!w.isEmpty()) {
            words.add(w);
          }
        }
      }
    }
    if (words.isEmpty()) {
      return NO_BANDS;
    }
    words.sort(null);
    String s = " " + String.join(" ", words) + " ";
    if (s.length() < 4) {
      return NO_BANDS;
    }
    long[] min = new long[SEEDS.length];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (int i = 0; i + 1 < s.length(); i++) {
      long gram = ((long) s.charAt(i) << 16) | s.charAt(i + 1);
      for (int h = 0; h < SEEDS.length; h++) {
        long z = (gram + SEEDS[h]) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 29)) * 0xBF58476D1CE4E5B9L;
        z ^= z >>> 32;
        if (z < min[h]) {
          min[h] = z;
        }
      }
    }
    long[] bands = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) {
        h = h * 31 + min[b * ROWS + r];
      }
      bands[b] = h;
    }
    return bands;
  }

  private static final long[] NO_BANDS = new long[0];

  /** Candidate pairs of the live rows of {@code t}, and the report, on the calling thread. */
  Candidates candidates(RecordTable t) {
    return candidates(t, false);
  }

  /**
   * Candidate pairs of the live rows of {@code t}, and the report. Each key groups the rows into blocks and
   * lists its pairs (on its own core when {@code parallel}); the lists are then merged in key order. The result
   * does not depend on threads.
   */
  Candidates candidates(RecordTable t, boolean parallel) {
    java.util.stream.IntStream range = java.util.stream.IntStream.range(0, keys.size());
    KeyPairs[] perKeyPairs = (parallel ? range.parallel() : range)
        .mapToObj(k -> keyPairs(t, k))
        .toArray(KeyPairs[]::new);
    long produced = 0;
    for (KeyPairs kp : perKeyPairs) {
      produced += kp.pairs.size;
    }
    // pairs in the order the keys produced them, a pair found by several keys new for the first of them
    PairSet pairs = new PairSet(produced);
    long[] fresh = new long[keys.size()];
    for (int k = 0; k < perKeyPairs.length; k++) {
      LongList list = perKeyPairs[k].pairs;
      long n = 0;
      for (int i = 0; i < list.size; i++) {
        if (pairs.add(list.items[i])) {
          n++;
        }
      }
      fresh[k] = n;
      perKeyPairs[k] = new KeyPairs(new LongList(), perKeyPairs[k].sample, perKeyPairs[k].skipped, list.size);
    }
    Map<String, Long> perKey = new LinkedHashMap<>();
    Map<String, Long> newPerKey = new LinkedHashMap<>();
    Map<String, Integer> oversized = new LinkedHashMap<>();
    List<Session> sessions = new ArrayList<>();
    for (int k = 0; k < keys.size(); k++) {
      Key key = keys.get(k);
      KeyPairs kp = perKeyPairs[k];
      sessions.add(new Session(key.fields, kp.sample));
      perKey.put(key.name, kp.produced);
      newPerKey.put(key.name, fresh[k]);
      oversized.put(key.name, kp.skipped);
    }
    long live = t.liveCount;
    return new Candidates(pairs, sessions, new BlockingReport(perKey, newPerKey, oversized, pairs.size(), live * (live - 1) / 2));
  }

  /** One key's pairs in block order, a sample of them, the blocks it skipped and the pairs it produced. */
  private record KeyPairs(LongList pairs, long[] sample, int skipped, long produced) {}

  private KeyPairs keyPairs(RecordTable t, int k) {
    Key key = keys.get(k);
    Blocks blocks = Blocks.of(t, key);
    LongList pairs = new LongList();
    long[] sample = new long[1024];
    int sampled = 0;
    long produced = 0;
    int skipped = 0;
    java.util.SplittableRandom random = new java.util.SplittableRandom(7 + k);
    for (int b = 0; b < blocks.count; b++) {
      int from = blocks.start[b];
      int to = blocks.start[b + 1];
      int n = to - from;
      if (n < 2) {
        continue;
      }
      if (key.capped && n > maxBlockSize) {
        skipped++;
        continue;
      }
      for (int i = from; i < to; i++) {
        for (int j = i + 1; j < to; j++) {
          long pair = PairSet.pack(blocks.rows[i], blocks.rows[j]);
          produced++;
          pairs.add(pair);
          // reservoir sample of this key's pairs, for fitting the model per blocking key
          if (sampled < TRAINING_PAIRS_PER_KEY) {
            if (sampled == sample.length) {
              sample = java.util.Arrays.copyOf(sample, sampled * 2);
            }
            sample[sampled++] = pair;
          } else {
            long slot = random.nextLong(produced);
            if (slot < TRAINING_PAIRS_PER_KEY) {
              sample[(int) slot] = pair;
            }
          }
        }
      }
    }
    return new KeyPairs(pairs, java.util.Arrays.copyOf(sample, sampled), skipped, produced);
  }

  /** The rows of a key's blocks, block after block (rows ascending in each), and where each block starts. */
  private static final class Blocks {
    final int count;
    final int[] start;
    final int[] rows;

    private Blocks(int count, int[] start, int[] rows) {
      this.count = count;
      this.start = start;
      this.rows = rows;
    }

    static Blocks of(RecordTable t, Key key) {
      LongIntMap blockOf = new LongIntMap();
      IntList entryBlock = new IntList();
      IntList entryRow = new IntList();
      LongList hashes = new LongList();
      List<String> scratch = new ArrayList<>();
      for (int row = 0; row < t.size; row++) {
        if (!t.live[row]) {
          continue;
        }
        hashes.size = 0;
        key.hashes(t, row, scratch, hashes);
        for (int h = 0; h < hashes.size; h++) {
          long v = hashes.items[h];
          if (!hashes.containsBefore(h, v)) {
            entryBlock.add(blockOf.putIfAbsent(v, blockOf.size()));
            entryRow.add(row);
          }
        }
      }
      int count = blockOf.size();
      int[] start = new int[count + 1];
      for (int e = 0; e < entryBlock.size; e++) {
        start[entryBlock.items[e] + 1]++;
      }
      for (int b = 0; b < count; b++) {
        start[b + 1] += start[b];
      }
      int[] fill = java.util.Arrays.copyOf(start, count);
      int[] rows = new int[entryRow.size];
      for (int e = 0; e < entryBlock.size; e++) {
        rows[fill[entryBlock.items[e]]++] = entryRow.items[e];
      }
      return new Blocks(count, start, rows);
    }
  }

  /** A growable list of longs. */
  static final class LongList {
    long[] items = new long[16];
    int size;

    void add(long v) {
      if (size == items.length) {
        items = java.util.Arrays.copyOf(items, size * 2);
      }
      items[size++] = v;
    }

    boolean containsBefore(int end, long v) {
      for (int i = 0; i < end; i++) {
        if (items[i] == v) {
          return true;
        }
      }
      return false;
    }
  }

  /** The keys of one row for each blocking key, for the incremental index. */
  List<List<String>> keysOf(RecordTable t, int row) {
    List<List<String>> out = new ArrayList<>(keys.size());
    for (Key key : keys) {
      List<String> buffer = new ArrayList<>(4);
      key.emit(t, row, buffer);
      out.add(buffer);
    }
    return out;
  }

  /** The pairs one key produced (a sample) and the fields the key is built from. */
  record Session(int[] blockedFields, long[] pairs) {}

  record Candidates(PairSet pairs, List<Session> sessions, BlockingReport report) {}

  /** A growable list of ints. */
  static final class IntList {
    int[] items = new int[4];
    int size;

    void add(int v) {
      if (size == items.length) {
        items = java.util.Arrays.copyOf(items, size * 2);
      }
      items[size++] = v;
    }

    boolean remove(int v) {
      for (int i = 0; i < size; i++) {
        if (items[i] == v) {
          items[i] = items[--size];
          return true;
        }
      }
      return false;
    }
  }
}
