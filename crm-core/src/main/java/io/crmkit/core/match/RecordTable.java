package io.crmkit.core.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.jspecify.annotations.Nullable;

/**
 * Records prepared once for matching: per field the normalised value, its phonetic code, its int-coded sorted
 * words, nickname groups and value counts (for term frequencies). Rows are addressed by index; a removed row
 * keeps its index with no values. Not thread-safe; callers synchronise.
 */
final class RecordTable {
  private static final int[] NO_INTS = new int[0];
  private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(() -> {
    DoubleMetaphone m = new DoubleMetaphone();
    m.setMaxCodeLen(6);
    return m;
  });

  final MatchSchema schema;
  final Normalizer normalizer;
  final FieldKind[] kinds;
  final Column[] columns;
  final Map<String, Integer> tokenIds = new HashMap<>();
  final Map<String, Integer> rowById = new HashMap<>();
  final int givenField;
  final int familyField;
  String[] ids = new String[16];
  boolean[] live = new boolean[16];
  /** The records as given, for explanations in their own words; kept only when {@link #keepInputs}. */
  @Nullable MatchRecord[] inputs = new MatchRecord[16];
  boolean keepInputs;
  int size;
  int liveCount;

  RecordTable(MatchSchema schema, Normalizer normalizer) {
    this.schema = schema;
    this.normalizer = normalizer;
    int n = schema.fields().size();
    this.kinds = new FieldKind[n];
    this.columns = new Column[n];
    for (int f = 0; f < n; f++) {
      kinds[f] = schema.fields().get(f).kind();
      columns[f] = new Column(kinds[f]);
    }
    this.givenField = schema.firstOf(FieldKind.GIVEN_NAME).orElse(-1);
    this.familyField = schema.firstOf(FieldKind.FAMILY_NAME).orElse(-1);
  }

  /** Whether rows {@code a} and {@code b} have the same two names with given and family name swapped. */
  boolean namesSwapped(int a, int b) {
    if (givenField < 0 || familyField < 0) {
      return false;
    }
    String ga = columns[givenField].norm[a];
    String fa = columns[familyField].norm[a];
    String gb = columns[givenField].norm[b];
    String fb = columns[familyField].norm[b];
    return ga != null && fa != null && gb != null && fb != null && !ga.equals(fa) && ga.equals(fb) && fa.equals(gb);
  }

  /** Whether field {@code f} is the given or the family name that {@link #namesSwapped} looks at. */
  boolean isSwappable(int f) {
    return f == givenField || f == familyField;
  }

  /** Prepared values of one field for every row. */
  static final class Column {
    final FieldKind kind;
    @Nullable String[] norm = new String[16];
    @Nullable String[] phonetic = new String[16];
    /** A second precomputed form: a date's digits, an e-mail's mailbox (the part before '@'). */
    @Nullable String[] alt = new String[16];
    int[][] tokens = new int[16][];
    int[][] nicknames = new int[16][];
    @Nullable Value[] value = new Value[16];
    /** The distinct values and how many live rows hold each; rows share one {@link Value} per text. */
    final Map<String, Value> counts = new HashMap<>();
    int nonNull;

    Column(FieldKind kind) {
      this.kind = kind;
    }

    void grow(int capacity) {
      norm = Arrays.copyOf(norm, capacity);
      phonetic = Arrays.copyOf(phonetic, capacity);
      alt = Arrays.copyOf(alt, capacity);
      tokens = Arrays.copyOf(tokens, capacity);
      nicknames = Arrays.copyOf(nicknames, capacity);
      value = Arrays.copyOf(value, capacity);
    }

    /** The share of non-empty values equal to {@code text}, at least {@code 1 / nonNull}. */
    double frequency(String text) {
      Value v = counts.get(text);
      return share(v == null ? 0 : v.count);
    }

    /** The share of non-empty values equal to row {@code row}'s, without a lookup (the scorer's path). */
    double frequencyOf(int row) {
      Value v = value[row];
      return share(v == null ? 0 : v.count);
    }

    private double share(int count) {
      return nonNull == 0 ? 1.0 : Math.max(1, count) / (double) nonNull;
    }
  }

  /** One distinct normalised value of a column: its text (shared by every row holding it) and its count. */
  static final class Value {
    final String text;
    int count;

    Value(String text) {
      this.text = text;
    }
  }

  int add(MatchRecord record) {
    Integer existing = rowById.get(record.id());
    if (existing != null) {
      set(existing, record);
      return existing;
    }
    int row = append(record);
    rowById.put(record.id(), row);
    return row;
  }

  private int append(MatchRecord record) {
    if (size == ids.length) {
      int cap = size * 2;
      ids = Arrays.copyOf(ids, cap);
      live = Arrays.copyOf(live, cap);
      inputs = Arrays.copyOf(inputs, cap);
      for (Column c : columns) {
        c.grow(cap);
      }
    }
    int row = size++;
    ids[row] = record.id();
    fill(row, record);
    return row;
  }

  /** A row outside the id map, for probing one record against the table; starts empty. */
  int addDetached() {
    int row = append(new MatchRecord("detached", java.util.Map.of()));
    clear(row);
    return row;
  }

  /** Fills a detached row with {@code record}'s values (counted in term frequencies until cleared). */
  void fillDetached(int row, MatchRecord record) {
    clear(row);
    ids[row] = record.id();
    fill(row, record);
    inputs[row] = record;
  }

  /** Empties a detached row. */
  void clearDetached(int row) {
    clear(row);
  }

  void set(int row, MatchRecord record) {
    clear(row);
    fill(row, record);
  }

  void remove(int row) {
    clear(row);
    rowById.remove(ids[row]);
  }

  private void clear(int row) {
    if (!live[row]) {
      return;
    }
    live[row] = false;
    liveCount--;
    inputs[row] = null;
    for (Column c : columns) {
      Value v = c.value[row];
      if (v != null) {
        if (--v.count == 0) {
          c.counts.remove(v.text);
        }
        c.nonNull--;
      }
      c.value[row] = null;
      c.norm[row] = null;
      c.phonetic[row] = null;
      c.alt[row] = null;
      c.tokens[row] = NO_INTS;
      c.nicknames[row] = NO_INTS;
    }
  }

  private void fill(int row, MatchRecord record) {
    fill(row, prepare(record));
    if (keepInputs) {
      inputs[row] = record;
    }
  }

  /**
   * A record's values normalised, with their phonetic codes, second forms and nickname groups: the costly,
   * pure part of adding a record, safe to run on many threads before {@link #addAll} puts the rows in order.
   */
  Prepared prepare(MatchRecord record) {
    int n = columns.length;
    String[] norm = new String[n];
    String[] phonetic = new String[n];
    String[] alt = new String[n];
    int[][] nicknames = new int[n][];
    for (int f = 0; f < n; f++) {
      FieldKind kind = kinds[f];
      String raw = record.values().get(schema.fields().get(f).name());
      String v = raw == null ? "" : normalizer.normalize(kind, raw);
      if (v.isEmpty()) {
        nicknames[f] = NO_INTS;
        continue;
      }
      norm[f] = v;
      phonetic[f] = phoneticKey(kind, v);
      alt[f] = kind == FieldKind.DATE ? v.replace("-", "")
          : kind == FieldKind.EMAIL && v.lastIndexOf('@') > 0 ? v.substring(0, v.lastIndexOf('@'))
          : null;
      nicknames[f] = kind == FieldKind.GIVEN_NAME || kind == FieldKind.FULL_NAME
          ? Nicknames.standard().groups(firstWord(v))
          : NO_INTS;
    }
    return new Prepared(record, norm, phonetic, alt, nicknames);
  }

  /** A record prepared by {@link #prepare}, not yet in the table. */
  static final class Prepared {
    final MatchRecord record;
    final String id;
    final @Nullable String[] norm;
    final @Nullable String[] phonetic;
    final @Nullable String[] alt;
    final int[][] nicknames;

    Prepared(MatchRecord record, @Nullable String[] norm, @Nullable String[] phonetic, @Nullable String[] alt,
        int[][] nicknames) {
      this.record = record;
      this.id = record.id();
      this.norm = norm;
      this.phonetic = phonetic;
      this.alt = alt;
      this.nicknames = nicknames;
    }
  }

  /** Appends prepared records whose ids are not in the table yet, in order. */
  void addAll(List<Prepared> prepared) {
    for (Prepared p : prepared) {
      if (size == ids.length) {
        int cap = size * 2;
        ids = Arrays.copyOf(ids, cap);
        live = Arrays.copyOf(live, cap);
        inputs = Arrays.copyOf(inputs, cap);
        for (Column c : columns) {
          c.grow(cap);
        }
      }
      int row = size++;
      ids[row] = p.id;
      rowById.put(p.id, row);
      fill(row, p);
      if (keepInputs) {
        inputs[row] = p.record;
      }
    }
  }

  private void fill(int row, Prepared p) {
    live[row] = true;
    liveCount++;
    for (int f = 0; f < columns.length; f++) {
      Column c = columns[f];
      String norm = p.norm[f];
      if (norm == null) {
        c.norm[row] = null;
        c.phonetic[row] = null;
        c.alt[row] = null;
        c.tokens[row] = NO_INTS;
        c.nicknames[row] = NO_INTS;
        continue;
      }
      Value value = c.counts.computeIfAbsent(norm, Value::new);
      value.count++;
      norm = value.text;
      c.value[row] = value;
      c.norm[row] = norm;
      c.nonNull++;
      c.tokens[row] = tokens(norm);
      c.phonetic[row] = p.phonetic[f];
      c.alt[row] = p.alt[f];
      c.nicknames[row] = p.nicknames[f];
    }
  }

  private int[] tokens(String norm) {
    String[] words = norm.split(" ");
    int[] out = new int[words.length];
    int n = 0;
    for (String w : words) {
      if (!w.isEmpty()) {
        Integer id = tokenIds.get(w);
        if (id == null) {
          id = tokenIds.size();
          tokenIds.put(w, id);
        }
        out[n++] = id;
      }
    }
    Arrays.sort(out, 0, n);
    int u = 0;
    for (int i = 0; i < n; i++) {
      if (u == 0 || out[u - 1] != out[i]) {
        out[u++] = out[i];
      }
    }
    return u == out.length ? out : Arrays.copyOf(out, u);
  }

  static @Nullable String phoneticKey(FieldKind kind, String norm) {
    String basis;
    switch (kind) {
      case GIVEN_NAME:
      case COMPANY:
        basis = firstWord(norm);
        break;
      case FULL_NAME:
        basis = lastWord(norm);
        break;
      case FAMILY_NAME:
      case CITY:
      case SUBURB:
        basis = norm.replace(" ", "");
        break;
      default:
        return null;
    }
    if (basis.isEmpty() || basis.charAt(0) > 127) {
      return basis;
    }
    String code = METAPHONE.get().doubleMetaphone(basis);
    return code == null || code.isEmpty() ? basis : code;
  }

  static String firstWord(String norm) {
    int sp = norm.indexOf(' ');
    return sp < 0 ? norm : norm.substring(0, sp);
  }

  static String lastWord(String norm) {
    int sp = norm.lastIndexOf(' ');
    return sp < 0 ? norm : norm.substring(sp + 1);
  }

  /** Rows that are currently present. */
  List<Integer> liveRows() {
    List<Integer> out = new ArrayList<>(liveCount);
    for (int i = 0; i < size; i++) {
      if (live[i]) {
        out.add(i);
      }
    }
    return out;
  }

  /** The value as the record gave it, or the normalised form where inputs are not kept. */
  String input(int field, int row) {
    MatchRecord r = inputs[row];
    return r == null ? shown(field, row) : r.value(schema.fields().get(field).name()).orElse("");
  }

  /** The normalised value, or "" when missing. */
  String shown(int field, int row) {
    String v = columns[field].norm[row];
    return v == null ? "" : v;
  }
}
