package io.crmkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Aggregate;
import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.FieldBinding;
import io.crmkit.core.store.Repository;
import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.marketing.journey.Enrolment;
import io.crmkit.marketing.segment.MembershipSnapshot;
import io.crmkit.marketing.segment.Segment;
import io.crmkit.marketing.segment.StaticList;
import io.crmkit.marketing.segment.SuppressionList;
import io.crmkit.marketing.subscription.GlobalSuppression;
import io.crmkit.marketing.subscription.PendingConfirmation;
import io.crmkit.marketing.subscription.SubscriptionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every aggregate of crm-marketing on the JDBC store, on H2 and PostgreSQL, on generated records: bulk and
 * single inserts, a versioned update and a stale one, then criteria on each declared field (eq, in, isNull,
 * not, prefix and contains on text, ranges on ordered values), counts, and keyset paging sorted by each field
 * both ways — each run on the in-memory reference store too, with equal answers. Without a reachable
 * PostgreSQL the properties run on H2 only (with the store's usual WARNING), except under CI=true.
 */
class MarketingRecordsProperties {
  private static final TenantId TEMPLATE = TenantId.of("mkt-template");

  /** What one world answered. */
  record Answers(List<Long> conflict, Map<String, Object> queries, Map<String, List<List<Object>>> pages) {}

  private static List<String> databases() {
    return TestDatabases.skipReason().isPresent() ? List.of("h2") : List.of("h2", "postgresql");
  }

  /** 1 to 23 records with distinct ids, made for the template tenant (each run moves them to its own). */
  private static <T extends Aggregate<I>, I extends EntityId> Arbitrary<List<T>> records(Function<TenantId, Arbitrary<T>> make) {
    return make.apply(TEMPLATE).list().ofMinSize(1).ofMaxSize(23).uniqueElements(t -> t.id().value());
  }

  /** The records of one entity type for one try. */
  record Run<T extends Aggregate<I>, I extends EntityId>(EntityType<T, I> type, List<T> records) {
    @Override
    public String toString() {
      return type.name() + " " + records;
    }
  }

  private static <T extends Aggregate<I>, I extends EntityId> Arbitrary<Run<?, ?>> run(
      EntityType<T, I> type, Function<TenantId, Arbitrary<T>> make) {
    return records(make).map(list -> new Run<>(type, list));
  }

  /** Every entity type of crm-marketing, with records of it. */
  @Provide
  Arbitrary<Run<?, ?>> runs() {
    return Arbitraries.oneOf(List.of(
        run(Campaign.TYPE, MarketingAggregates::campaigns),
        run(Segment.TYPE, MarketingAggregates::segments),
        run(MembershipSnapshot.TYPE, MarketingAggregates::snapshots),
        run(StaticList.TYPE, MarketingAggregates::staticLists),
        run(SuppressionList.TYPE, MarketingAggregates::suppressionLists),
        run(SubscriptionType.TYPE, MarketingAggregates::subscriptionTypes),
        run(PendingConfirmation.TYPE, MarketingAggregates::confirmations),
        run(GlobalSuppression.TYPE, MarketingAggregates::globalSuppressions),
        run(Enrolment.TYPE, MarketingAggregates::enrolments)));
  }

  /** About ten tries per type (a type missing from a run of 90 has odds of 1 in 40,000). */
  @Property(tries = 90)
  void storedQueriedAndPagedAsInMemory(@ForAll("runs") Run<?, ?> run) {
    check(run);
  }

  private static <T extends Aggregate<I>, I extends EntityId> void check(Run<T, I> run) {
    check(run.type(), run.records());
  }

  private static <T extends Aggregate<I>, I extends EntityId> void check(EntityType<T, I> type, List<T> template) {
    for (String database : databases()) {
      List<SalesWorld> worlds = SalesWorld.referenceAnd(database, "mkt-" + type.name().replace('_', '-'));
      List<T> data = template.stream().map(t -> retenant(type, t, worlds.get(0).tenantId)).toList();
      List<Answers> answers = SalesWorld.run(worlds, w -> run(w, type, data));
      Answers db = answers.get(1);
      assertThat(db.conflict()).containsExactly(0L, 1L);
      @SuppressWarnings("unchecked")
      List<Object> all = (List<Object>) db.queries().get("all");
      assertThat(all).hasSize(data.size());
      db.queries().forEach((name, result) -> {
        if (name.startsWith("eq ")) {
          assertThat((List<?>) result).as("%s finds the record it was taken from", name).isNotEmpty();
        }
      });
      db.pages().forEach((name, pages) -> assertThat(pages.stream().flatMap(List::stream).toList())
          .as("pages %s: every record once", name).containsExactlyInAnyOrderElementsOf(all));
      assertThat(db).as("%s on %s equals the in-memory reference", type.name(), database).isEqualTo(answers.get(0));
    }
  }

  /** {@code record} in tenant {@code tenant}: through its JSON document, whose tenant field is replaced. */
  private static <T extends Aggregate<I>, I extends EntityId> T retenant(EntityType<T, I> type, T record, TenantId tenant) {
    String document = CrmJson.documentOf(record);
    String moved = document.replace("\"" + TEMPLATE.value() + "\"", "\"" + tenant.value() + "\"");
    assertThat(moved).as("the template tenant appears in the document").isNotEqualTo(document);
    T out = CrmJson.fromDocument(moved, type);
    assertThat(out.tenantId()).isEqualTo(tenant);
    return out;
  }

  private static <T extends Aggregate<I>, I extends EntityId> Answers run(SalesWorld w, EntityType<T, I> type, List<T> data) {
    Repository<T, I> repo = w.repo(type);
    int half = data.size() / 2;
    List<T> stored = new ArrayList<>(repo.insertAll(data.subList(0, half)));
    for (T t : data.subList(half, data.size())) {
      stored.add(repo.insert(t));
    }
    T first = stored.get(0);
    repo.update(first);
    List<Long> conflict = new ArrayList<>();
    assertThatThrownBy(() -> repo.update(first)).isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> {
      conflict.add(e.expectedVersion() - first.version());
      conflict.add(e.actualVersion() - first.version());
    });

    Repository<T, I> fresh = w.reopened().repository(type);
    Map<String, Object> queries = new LinkedHashMap<>();
    Map<String, List<List<Object>>> pages = new LinkedHashMap<>();
    queries.put("all", fresh.query(Criteria.all()));
    for (FieldBinding<T> f : type.fields().values()) {
      List<Object> values = data.stream().flatMap(r -> f.values(r).stream()).distinct().toList();
      for (Map.Entry<String, Criteria> q : criteria(f, values).entrySet()) {
        queries.put(q.getKey(), fresh.query(q.getValue()));
        queries.put("count " + q.getKey(), fresh.count(q.getValue()));
      }
      if (f.isMulti()) {
        continue; // a multi-valued field (the members of a campaign) is queried, never sorted by
      }
      pages.put("by " + f.name(), objects(SalesWorld.pages(fresh, Criteria.all(), Sort.by(f.ref()), 4)));
      pages.put("by " + f.name() + " desc", objects(SalesWorld.pages(fresh, Criteria.all(), Sort.byDescending(f.ref()), 5)));
    }
    pages.put("by id", objects(SalesWorld.pages(fresh, Criteria.all(), Sort.byId(), 6)));
    return new Answers(conflict, queries, pages);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Map<String, Criteria> criteria(FieldBinding<?> f, List<Object> values) {
    FieldRef ref = f.ref();
    Map<String, Criteria> out = new LinkedHashMap<>();
    out.put("isNull " + f.name(), Criteria.isNull(ref));
    if (values.isEmpty()) {
      return out;
    }
    Object v0 = values.get(0);
    Object v1 = values.get(values.size() - 1);
    out.put("eq " + f.name(), Criteria.eq(ref, v0));
    out.put("in " + f.name(), Criteria.in(ref, List.of(v0, v1)));
    out.put("not eq " + f.name(), Criteria.not(Criteria.eq(ref, v0)));
    if (v0 instanceof String s) {
      int[] cps = s.codePoints().toArray(); // whole code points: a lone surrogate is no text a database can hold
      out.put("prefix " + f.name(), Criteria.prefix(ref, new String(cps, 0, 1)));
      out.put("contains " + f.name(), Criteria.contains(ref, new String(cps, cps.length > 2 ? 1 : 0, 1)));
    }
    if (v0 instanceof Comparable) {
      List<Comparable> sorted = new ArrayList<>((List) values);
      sorted.sort(null);
      Comparable median = sorted.get(sorted.size() / 2);
      out.put("atLeast " + f.name(), Criteria.atLeast(ref, median));
      out.put("between " + f.name(), Criteria.between(ref, sorted.get(0), median));
    }
    return out;
  }

  private static <T> List<List<Object>> objects(List<List<T>> pages) {
    return pages.stream().map(p -> List.<Object>copyOf(p)).toList();
  }
}
