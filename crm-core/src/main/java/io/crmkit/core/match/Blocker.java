package io.crmkit.core.match;

import java.util.ArrayList;
import java.util.HashMap;
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
          minHashBands(t, row, nameFields, out);
        }
      });
    }
    return new Blocker(keys, maxBlockSize);
  }

  private static String initial(String norm) {
    return norm == null || norm.isEmpty() ? "" : norm.substring(0, 1);
  }

  /** MinHash of the character bigrams of the row's name words (sorted, so swapped names hash alike), banded. */
  static void minHashBands(RecordTable t, int row, int[] fields, List<String> out) {
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
      return;
    }
    words.sort(null);
    String s = " " + String.join(" ", words) + " ";
    if (s.length() < 4) {
      return;
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
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) {
        h = h * 31 + min[b * ROWS + r];
      }
      out.add(b + ":" + Long.toHexString(h));
    }
  }

  /** Candidate pairs of the live rows of {@code t}, and the report. */
  Candidates candidates(RecordTable t) {
    PairSet pairs = new PairSet();
    Map<String, Long> perKey = new LinkedHashMap<>();
    Map<String, Long> newPerKey = new LinkedHashMap<>();
    Map<String, Integer> oversized = new LinkedHashMap<>();
    List<String> buffer = new ArrayList<>();
    List<Session> sessions = new ArrayList<>();
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (Key key : keys) {
      long[] sample = new long[1024];
      int sampled = 0;
      Map<String, IntList> blocks = new HashMap<>();
      for (int row = 0; row < t.size; row++) {
        if (!t.live[row]) {
          continue;
        }
        buffer.clear();
        key.emit(t, row, buffer);
        for (String k : buffer) {
          blocks.computeIfAbsent(k, x -> new IntList()).add(row);
        }
      }
      long produced = 0;
      long fresh = 0;
      int skipped = 0;
      for (IntList block : blocks.values()) {
        int n = block.size;
        if (n < 2) {
          continue;
        }
        if (key.capped && n > maxBlockSize) {
          skipped++;
          continue;
        }
        for (int i = 0; i < n; i++) {
          for (int j = i + 1; j < n; j++) {
            produced++;
            long pair = PairSet.pack(block.items[i], block.items[j]);
            if (pairs.add(pair)) {
              fresh++;
            }
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
      sessions.add(new Session(key.fields, java.util.Arrays.copyOf(sample, sampled)));
      perKey.put(key.name, produced);
      newPerKey.put(key.name, fresh);
      oversized.put(key.name, skipped);
    }
    long live = t.liveCount;
    return new Candidates(pairs, sessions, new BlockingReport(perKey, newPerKey, oversized, pairs.size(), live * (live - 1) / 2));
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
