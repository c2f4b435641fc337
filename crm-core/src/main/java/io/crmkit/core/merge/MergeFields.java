package io.crmkit.core.merge;

import io.crmkit.core.Aggregate;
import io.crmkit.core.RecordRef;
import io.crmkit.core.party.ContactPoint;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** The kinds of mergeable field: single values, keyed collections, contact points. */
final class MergeFields {
  private MergeFields() {}

  /** A field with at most one value. */
  static <T extends Aggregate<?>, V> MergeField<T> single(
      String name, Function<T, Optional<V>> get, BiFunction<T, V, T> set, Function<T, T> clear,
      Function<V, String> text, ToIntFunction<V> completeness) {
    return new Single<>(name, get, set, clear, text, completeness);
  }

  /** A field every record has. */
  static <T extends Aggregate<?>, V> MergeField<T> required(
      String name, Function<T, V> get, BiFunction<T, V, T> set, Function<V, String> text, ToIntFunction<V> completeness) {
    return new Single<>(name, r -> Optional.of(get.apply(r)), set, r -> r, text, completeness);
  }

  /** A map from key to value whose union is taken key by key. */
  static <T extends Aggregate<?>, V> MergeField<T> keyed(
      String name, Function<T, Map<String, V>> get, BiFunction<T, Map<String, V>, T> set, Function<V, String> text) {
    return new Keyed<>(name, get, set, text);
  }

  /** The contact points of a party. */
  static <T extends Aggregate<?>> MergeField<T> contactPoints(
      Function<T, List<ContactPoint>> get, BiFunction<T, List<ContactPoint>, T> set) {
    return new ContactPoints<>(get, set);
  }

  /** Text of a contact point for lineage: kind, normalised form, flags and purpose. */
  static String describe(ContactPoint p) {
    return p.kind() + " " + p.normalized() + (p.primary() ? " primary" : "") + (p.verified() ? " verified" : "")
        + " (" + p.purpose() + ")";
  }

  private static final class Single<T extends Aggregate<?>, V> implements MergeField<T> {
    private final String name;
    private final Function<T, Optional<V>> get;
    private final BiFunction<T, V, T> set;
    private final Function<T, T> clear;
    private final Function<V, String> text;
    private final ToIntFunction<V> completeness;

    Single(String name, Function<T, Optional<V>> get, BiFunction<T, V, T> set, Function<T, T> clear,
        Function<V, String> text, ToIntFunction<V> completeness) {
      this.name = name;
      this.get = get;
      this.set = set;
      this.clear = clear;
      this.text = text;
      this.completeness = completeness;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public boolean multiValued() {
      return false;
    }

    @Override
    public boolean filled(T record) {
      return get.apply(record).isPresent();
    }

    @Override
    public T resolve(T golden, Survivorship<T> s, List<FieldLineage> out) {
      SurvivorshipRule rule = s.policy().ruleFor(name, false);
      List<Survivorship.Candidate<T, V>> cands = new ArrayList<>();
      for (T r : s.ordered()) {
        get.apply(r).ifPresent(v -> cands.add(new Survivorship.Candidate<>(r, v, text.apply(v), completeness.applyAsInt(v))));
      }
      if (cands.isEmpty()) {
        out.add(new FieldLineage(name, rule, Optional.empty(), List.of(), "no record has a value"));
        return clear.apply(golden);
      }
      Survivorship.Choice<T, V> c = s.choose(name, rule, cands);
      out.add(new FieldLineage(name, rule, Optional.of(s.ref(c.winner().record())), s.lineageCandidates(cands), c.reason()));
      return set.apply(golden, c.winner().value());
    }
  }

  private static final class Keyed<T extends Aggregate<?>, V> implements MergeField<T> {
    private final String name;
    private final Function<T, Map<String, V>> get;
    private final BiFunction<T, Map<String, V>, T> set;
    private final Function<V, String> text;

    Keyed(String name, Function<T, Map<String, V>> get, BiFunction<T, Map<String, V>, T> set, Function<V, String> text) {
      this.name = name;
      this.get = get;
      this.set = set;
      this.text = text;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public boolean multiValued() {
      return true;
    }

    @Override
    public boolean keyed() {
      return true;
    }

    @Override
    public boolean filled(T record) {
      return !get.apply(record).isEmpty();
    }

    @Override
    public T resolve(T golden, Survivorship<T> s, List<FieldLineage> out) {
      SurvivorshipRule rule = s.policy().ruleFor(name, true);
      if (rule != SurvivorshipRule.UNION) {
        List<Survivorship.Candidate<T, Map<String, V>>> cands = new ArrayList<>();
        for (T r : s.ordered()) {
          Map<String, V> m = get.apply(r);
          if (!m.isEmpty()) {
            cands.add(new Survivorship.Candidate<>(r, m, render(m), m.size()));
          }
        }
        if (cands.isEmpty()) {
          out.add(new FieldLineage(name, rule, Optional.empty(), List.of(), "no record has a value"));
          return set.apply(golden, Map.of());
        }
        Survivorship.Choice<T, Map<String, V>> c = s.choose(name, rule, cands);
        out.add(new FieldLineage(name, rule, Optional.of(s.ref(c.winner().record())), s.lineageCandidates(cands), c.reason()));
        return set.apply(golden, c.winner().value());
      }
      TreeSet<String> keys = new TreeSet<>();
      for (T r : s.ordered()) {
        keys.addAll(get.apply(r).keySet());
      }
      Map<String, V> merged = new TreeMap<>();
      for (String key : keys) {
        String path = name + "." + key;
        SurvivorshipRule keyRule = s.policy().keyRuleFor(path);
        List<Survivorship.Candidate<T, V>> cands = new ArrayList<>();
        for (T r : s.ordered()) {
          V v = get.apply(r).get(key);
          if (v != null) {
            cands.add(new Survivorship.Candidate<>(r, v, text.apply(v), 1));
          }
        }
        boolean agree = cands.stream().map(Survivorship.Candidate::text).distinct().count() == 1;
        Survivorship.Choice<T, V> c = s.choose(path, keyRule, cands);
        String reason = cands.size() == 1
            ? "union of " + name + ": the only record with this key"
            : agree ? "union of " + name + ": all " + cands.size() + " records agree" : "union of " + name + ", values differ: " + c.reason();
        out.add(new FieldLineage(path, keyRule, Optional.of(s.ref(c.winner().record())), s.lineageCandidates(cands), reason));
        merged.put(key, c.winner().value());
      }
      return set.apply(golden, merged);
    }

    private String render(Map<String, V> m) {
      StringBuilder sb = new StringBuilder("{");
      m.forEach((k, v) -> sb.append(sb.length() == 1 ? "" : ", ").append(k).append('=').append(text.apply(v)));
      return sb.append('}').toString();
    }
  }

  private static final class ContactPoints<T extends Aggregate<?>> implements MergeField<T> {
    private static final String NAME = "contactPoints";
    private final Function<T, List<ContactPoint>> get;
    private final BiFunction<T, List<ContactPoint>, T> set;

    ContactPoints(Function<T, List<ContactPoint>> get, BiFunction<T, List<ContactPoint>, T> set) {
      this.get = get;
      this.set = set;
    }

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public boolean multiValued() {
      return true;
    }

    @Override
    public boolean filled(T record) {
      return !get.apply(record).isEmpty();
    }

    @Override
    public T resolve(T golden, Survivorship<T> s, List<FieldLineage> out) {
      SurvivorshipRule rule = s.policy().ruleFor(NAME, true);
      if (rule != SurvivorshipRule.UNION) {
        List<Survivorship.Candidate<T, List<ContactPoint>>> cands = new ArrayList<>();
        for (T r : s.ordered()) {
          List<ContactPoint> ps = get.apply(r);
          if (!ps.isEmpty()) {
            cands.add(new Survivorship.Candidate<>(r, ps, ps.stream().map(MergeFields::describe).toList().toString(), ps.size()));
          }
        }
        if (cands.isEmpty()) {
          out.add(new FieldLineage(NAME, rule, Optional.empty(), List.of(), "no record has a contact point"));
          return set.apply(golden, List.of());
        }
        Survivorship.Choice<T, List<ContactPoint>> c = s.choose(NAME, rule, cands);
        out.add(new FieldLineage(NAME, rule, Optional.of(s.ref(c.winner().record())), s.lineageCandidates(cands), c.reason()));
        return set.apply(golden, c.winner().value());
      }
      // union by channel (kind + normalised form), kept from the first holder in preference order
      Map<String, ContactPoint> kept = new LinkedHashMap<>();
      Map<String, RecordRef> source = new LinkedHashMap<>();
      Map<String, List<FieldLineage.Candidate>> holders = new LinkedHashMap<>();
      Map<String, RecordRef> verifiedBy = new LinkedHashMap<>();
      for (T r : s.ordered()) {
        RecordRef ref = s.ref(r);
        for (ContactPoint p : get.apply(r)) {
          String key = p.kind() + " " + p.normalized();
          holders.computeIfAbsent(key, k -> new ArrayList<>()).add(new FieldLineage.Candidate(ref, describe(p)));
          ContactPoint have = kept.get(key);
          if (have == null) {
            kept.put(key, p.withPrimary(false));
            source.put(key, ref);
            if (p.verified()) {
              verifiedBy.put(key, ref);
            }
          } else if (p.verified() && !have.verified()) {
            kept.put(key, have.asVerified());
            verifiedBy.put(key, ref);
          }
        }
      }
      // at most one primary per kind: the primary of the first record in preference order that has one
      Map<ContactPoint.Kind, String> primaryKey = new EnumMap<>(ContactPoint.Kind.class);
      Map<ContactPoint.Kind, List<FieldLineage.Candidate>> primaryCands = new EnumMap<>(ContactPoint.Kind.class);
      Map<ContactPoint.Kind, RecordRef> primarySource = new EnumMap<>(ContactPoint.Kind.class);
      for (T r : s.ordered()) {
        for (ContactPoint p : get.apply(r)) {
          if (p.primary()) {
            primaryCands.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(new FieldLineage.Candidate(s.ref(r), p.normalized()));
            if (!primaryKey.containsKey(p.kind())) {
              primaryKey.put(p.kind(), p.kind() + " " + p.normalized());
              primarySource.put(p.kind(), s.ref(r));
            }
          }
        }
      }
      primaryKey.values().forEach(k -> kept.put(k, kept.get(k).asPrimary()));
      for (Map.Entry<String, ContactPoint> e : kept.entrySet()) {
        String key = e.getKey();
        List<FieldLineage.Candidate> hs = holders.get(key);
        String reason = hs.size() == 1 ? "union: only this record has it" : "union: held by " + hs.size() + " records, kept once";
        if (verifiedBy.containsKey(key) && !verifiedBy.get(key).equals(source.get(key))) {
          reason += "; verified because " + verifiedBy.get(key) + " verified it";
        }
        out.add(new FieldLineage(NAME + "[" + key + "]", SurvivorshipRule.UNION, Optional.of(source.get(key)), hs, reason));
      }
      for (Map.Entry<ContactPoint.Kind, String> e : primaryKey.entrySet()) {
        List<FieldLineage.Candidate> cs = primaryCands.get(e.getKey());
        out.add(new FieldLineage(
            NAME + ".primary." + e.getKey(), SurvivorshipRule.MASTER, Optional.of(primarySource.get(e.getKey())), cs,
            cs.size() == 1 ? "the only record with a primary " + e.getKey()
                : s.isMasterRef(primarySource.get(e.getKey())) ? "the master's primary " + e.getKey()
                : "the master has no primary " + e.getKey() + "; the most recently updated record's"));
      }
      return set.apply(golden, new ArrayList<>(kept.values()));
    }
  }
}
