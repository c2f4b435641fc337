package io.crmkit.marketing.privacy;

import io.crmkit.core.TenantId;
import io.crmkit.core.store.TenantStore;
import io.crmkit.marketing.segment.SuppressionEntry;
import io.crmkit.marketing.subscription.GlobalSuppression;
import io.crmkit.marketing.subscription.SuppressionId;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Aggregate;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.privacy.ErasureAction;
import io.crmkit.core.privacy.ErasurePolicy;
import io.crmkit.core.privacy.ErasurePolicy.Treatment;
import io.crmkit.core.privacy.SubjectRecord;
import io.crmkit.marketing.journey.Enrolment;
import io.crmkit.marketing.privacy.MarketingWorld.Person;
import io.crmkit.marketing.segment.MembershipSnapshot;
import io.crmkit.marketing.segment.StaticList;
import io.crmkit.marketing.subscription.PendingConfirmation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over random people with random marketing records: collect finds exactly what was made about each person (and
 * every record whose JSON names their id, e-mail or phone); erasure leaves their address and phone only in
 * suppressions kept with a reason, takes them out of every list and snapshot, stops their journeys and sign-ups,
 * touches nobody else's records, and is idempotent.
 */
class MarketingSubjectDataProperties {
  /** How a suppression names the person, if at all. */
  enum By { NONE, EMAIL, ID }

  record Plan(String given, int enrolments, int confirmations, boolean vip, boolean newsletterList, By listed, By global) {}

  @Provide
  Arbitrary<List<Plan>> people() {
    Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').withChars("äöüßéçñøåαβγжзия李").ofMinLength(1).ofMaxLength(10);
    Arbitrary<Integer> few = Arbitraries.integers().between(0, 2);
    Arbitrary<Boolean> flag = Arbitraries.of(true, false);
    Arbitrary<By> by = Arbitraries.of(By.class);
    return Combinators.combine(names, few, few, flag, flag, by, by).as(Plan::new).list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<ErasurePolicy> policies() {
    return Arbitraries.of(
        ErasurePolicy.anonymiseAll(),
        ErasurePolicy.builder().record("global_suppression", Treatment.DELETE).record("suppression_list", Treatment.DELETE).build(),
        ErasurePolicy.builder().record("journey_enrolment", Treatment.DELETE).record("pending_confirmation", Treatment.DELETE).build(),
        ErasurePolicy.builder().keep("static_list", "the list is the signed attendee register").build(),
        ErasurePolicy.builder().field("journey_enrolment", "history", Treatment.KEEP, "journey audit").build());
  }

  static List<Person> build(MarketingWorld w, List<Plan> plans, boolean snapshot) {
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      people.add(w.person(plans.get(i).given(), "Ñame", i));
    }
    List<Person> vip = new ArrayList<>();
    List<Person> readers = new ArrayList<>();
    Map<Person, Boolean> listed = new LinkedHashMap<>();
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      Person p = people.get(i);
      for (int k = 0; k < plan.enrolments(); k++) {
        w.enrol(p);
      }
      for (int k = 0; k < plan.confirmations(); k++) {
        w.subscribe(p);
      }
      if (plan.vip()) {
        vip.add(p);
      }
      if (plan.newsletterList()) {
        readers.add(p);
      }
      if (plan.listed() != By.NONE) {
        listed.put(p, plan.listed() == By.EMAIL);
      }
      if (plan.global() != By.NONE) {
        w.suppressGlobally(p, plan.global() == By.EMAIL);
      }
    }
    w.list("VIP", vip);
    w.list("Readers", readers);
    w.suppressionList("Bounces", listed);
    if (snapshot) {
      w.snapshot(people);
    }
    return people;
  }

  static Set<String> keys(List<SubjectRecord> records) {
    return records.stream().map(r -> r.entityType() + "/" + r.id()).collect(Collectors.toCollection(TreeSet::new));
  }

  @Property(tries = 150)
  void collectFindsEveryRecordAboutThePerson(@ForAll("people") List<Plan> plans, @ForAll boolean snapshot) {
    MarketingWorld w = new MarketingWorld();
    List<Person> people = build(w, plans, snapshot);
    Map<String, Aggregate<?>> all = w.snapshotOfStore();
    MarketingSubjectData source = new MarketingSubjectData(w.clock);
    for (Person p : people) {
      Set<String> found = keys(source.collect(w.acme, p.subject()));
      assertThat(found).isEqualTo(p.records());
      assertThat(found).containsAll(MarketingWorld.containing(all, List.of(p.id(), p.email(), p.phone())));
    }
  }

  @Property(tries = 150)
  void eraseLeavesOnlyKeptSuppressionsAndNothingElseChanges(
      @ForAll("people") List<Plan> plans, @ForAll boolean snapshot, @ForAll("policies") ErasurePolicy policy) {
    MarketingWorld w = new MarketingWorld();
    List<Person> people = build(w, plans, snapshot);
    MarketingSubjectData source = new MarketingSubjectData(w.clock);
    Person victim = people.get(0);
    // the same person in another tenant of the same store stays as it is
    TenantStore globex = w.store.forTenant(TenantId.of("globex"));
    GlobalSuppression twin = globex.repository(GlobalSuppression.TYPE).insert(new GlobalSuppression(
        new SuppressionId("twin"), globex.tenantId(), 0, SuppressionEntry.email(victim.email()), "bounced", w.clock.instant()));
    Map<String, Aggregate<?>> before = w.snapshotOfStore();
    Set<String> collected = keys(source.collect(w.acme, victim.subject()));
    List<Set<String>> othersBefore = people.subList(1, people.size()).stream().map(o -> keys(source.collect(w.acme, o.subject()))).toList();

    List<ErasureAction> actions = source.erase(w.acme, victim.subject(), policy);

    Map<String, Aggregate<?>> after = w.snapshotOfStore();
    Set<String> kept = new HashSet<>();
    Set<String> deleted = new HashSet<>();
    for (ErasureAction a : actions) {
      String key = a.entityType() + "/" + a.id();
      assertThat(collected).contains(key);
      assertThat(a.toString()).doesNotContain(victim.email()).doesNotContain(victim.phone());
      if (a.treatment() == Treatment.KEEP || a.reason().contains("; kept ")) {
        kept.add(key);
      }
      if (a.treatment() == Treatment.DELETE) {
        deleted.add(key);
      }
    }
    assertThat(MarketingWorld.containing(after, List.of(victim.email(), victim.phone()))).allMatch(kept::contains);
    after.forEach((key, r) -> {
      if (kept.contains(key)) {
        return;
      }
      if (r instanceof StaticList || r instanceof MembershipSnapshot) {
        assertThat(CrmJson.write(r)).as("membership in %s", key).doesNotContain(victim.id());
      }
      if (r instanceof Enrolment e && e.contact().equals(victim.contact().id())) {
        assertThat(e.isActive()).as("journey of the erased person").isFalse();
      }
      if (r instanceof PendingConfirmation c && c.contact().equals(victim.contact().id())) {
        assertThat(c.usedAt()).as("confirmation of the erased person").isPresent();
      }
    });
    before.forEach((key, record) -> {
      if (!collected.contains(key)) {
        assertThat(after.get(key)).as("untouched: %s", key).isEqualTo(record);
      }
    });
    for (int i = 1; i < people.size(); i++) {
      Set<String> still = new TreeSet<>(othersBefore.get(i - 1));
      still.removeAll(deleted);
      assertThat(keys(source.collect(w.acme, people.get(i).subject()))).as("others keep their records").isEqualTo(still);
    }

    assertThat(globex.repository(GlobalSuppression.TYPE).get(twin.id())).as("another tenant's twin").isEqualTo(twin);

    List<ErasureAction> again = source.erase(w.acme, victim.subject(), policy);
    assertThat(w.snapshotOfStore()).as("a second erasure changes nothing").isEqualTo(after);
    assertThat(again).allMatch(a -> a.treatment() == Treatment.KEEP);
  }
}
