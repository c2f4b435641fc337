package io.crmkit.sales.privacy;

import io.crmkit.core.TenantId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.store.TenantStore;
import io.crmkit.sales.lead.LeadId;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Aggregate;
import io.crmkit.core.privacy.ErasureAction;
import io.crmkit.core.privacy.ErasurePolicy;
import io.crmkit.core.privacy.ErasurePolicy.Treatment;
import io.crmkit.core.privacy.SubjectRecord;
import io.crmkit.sales.cadence.EnrolledRecord;
import io.crmkit.sales.followup.FollowUpTarget;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.privacy.SalesWorld.Person;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over random people with random sales records: collect finds exactly the records made about each person (and
 * every record whose JSON names them), and erasure leaves none of their values outside records kept with a
 * reason, touches no one else's records, and is idempotent.
 */
class SalesSubjectDataProperties {
  /** What to make for one person. */
  record Plan(String given, String family, int openLeads, int phoneLeads, int converted, boolean conversionDeal, int deals,
      boolean shareDeals, int quotes, int followUps, int enrolments) {}

  @Provide
  Arbitrary<List<Plan>> people() {
    Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').withChars("äöüßéçñøåžšłαβγδжзия李王")
        .ofMinLength(2).ofMaxLength(10);
    Arbitrary<Integer> few = Arbitraries.integers().between(0, 2);
    Arbitrary<Plan> plan = Builders.withBuilder(() -> new Object[11])
        .use(names).in((a, v) -> set(a, 0, v))
        .use(names).in((a, v) -> set(a, 1, v))
        .use(few).in((a, v) -> set(a, 2, v))
        .use(few).in((a, v) -> set(a, 3, v))
        .use(few).in((a, v) -> set(a, 4, v))
        .use(Arbitraries.of(true, false)).in((a, v) -> set(a, 5, v))
        .use(Arbitraries.integers().between(0, 3)).in((a, v) -> set(a, 6, v))
        .use(Arbitraries.of(true, false)).in((a, v) -> set(a, 7, v))
        .use(few).in((a, v) -> set(a, 8, v))
        .use(few).in((a, v) -> set(a, 9, v))
        .use(few).in((a, v) -> set(a, 10, v))
        .build(a -> new Plan((String) a[0], (String) a[1], (int) a[2], (int) a[3], (int) a[4], (boolean) a[5], (int) a[6],
            (boolean) a[7], (int) a[8], (int) a[9], (int) a[10]));
    return plan.list().ofMinSize(1).ofMaxSize(4);
  }

  private static Object[] set(Object[] a, int i, Object v) {
    a[i] = v;
    return a;
  }

  @Provide
  Arbitrary<ErasurePolicy> policies() {
    return Arbitraries.of(
        ErasurePolicy.anonymiseAll(),
        ErasurePolicy.builder().keep("quote", "tax law: invoices are kept for 10 years").build(),
        ErasurePolicy.builder().record("lead", Treatment.DELETE).record("follow_up", Treatment.DELETE).build(),
        ErasurePolicy.builder().record("opportunity", Treatment.DELETE).build(),
        ErasurePolicy.builder().field("follow_up", "subject", Treatment.KEEP, "the call log is evidence in a dispute").build());
  }

  /** Builds the world of {@code plans}; person i's tag is i. */
  static List<Person> build(SalesWorld w, List<Plan> plans) {
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      people.add(w.person(plans.get(i).given(), plans.get(i).family(), i));
    }
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      Person p = people.get(i);
      List<Lead> leads = new ArrayList<>();
      for (int k = 0; k < plan.openLeads(); k++) {
        leads.add(w.openLead(p, k % 2 == 0, true));
      }
      for (int k = 0; k < plan.phoneLeads(); k++) {
        leads.add(w.openLead(p, true, false));
      }
      for (int k = 0; k < plan.converted(); k++) {
        leads.add(w.convertedLead(p, k == 0 && plan.conversionDeal() ? Optional.of(w.opportunity(List.of(), false)) : Optional.empty()));
      }
      List<Opportunity> deals = new ArrayList<>();
      for (int k = 0; k < plan.deals(); k++) {
        boolean shared = plan.shareDeals() && people.size() > 1;
        deals.add(w.opportunity(shared ? List.of(p, people.get((i + 1) % people.size())) : List.of(p), k % 2 == 0));
      }
      for (int k = 0; k < plan.quotes() && !deals.isEmpty(); k++) {
        Opportunity deal = deals.get(k % deals.size());
        List<Person> roles = people.stream().filter(o -> deal.contactRoles().stream().anyMatch(r -> r.contact().equals(o.contact().id()))).toList();
        w.quote(deal, roles, k == 0 ? Optional.of(p) : Optional.empty());
      }
      for (int k = 0; k < plan.followUps(); k++) {
        w.followUp(p, k == 1 && !leads.isEmpty() ? FollowUpTarget.lead(leads.get(0).id()) : FollowUpTarget.contact(p.contact().id()));
      }
      for (int k = 0; k < plan.enrolments(); k++) {
        w.enrolment(p, k == 1 && !leads.isEmpty() ? EnrolledRecord.lead(leads.get(0).id()) : EnrolledRecord.contact(p.contact().id()));
      }
    }
    return people;
  }

  static Set<String> keys(List<SubjectRecord> records) {
    return records.stream().map(r -> r.entityType() + "/" + r.id()).collect(Collectors.toCollection(TreeSet::new));
  }

  static Set<String> expected(Person p) {
    Set<String> out = new TreeSet<>();
    p.records().forEach((type, ids) -> ids.forEach(id -> out.add(type + "/" + id)));
    return out;
  }

  @Property(tries = 150)
  void collectFindsEveryRecordAboutThePerson(@ForAll("people") List<Plan> plans) {
    SalesWorld w = new SalesWorld();
    List<Person> people = build(w, plans);
    Map<String, Aggregate<?>> all = w.snapshot();
    SalesSubjectData source = new SalesSubjectData(w.clock);
    for (Person p : people) {
      Set<String> found = keys(source.collect(w.acme, p.subject()));
      assertThat(found).as("what was made about %s", p.fullName()).isEqualTo(expected(p));
      assertThat(found).as("every record naming %s's id, e-mail or phone", p.fullName())
          .containsAll(SalesWorld.containing(all, List.of(p.contact().id().value(), p.email(), p.phone())));
    }
  }

  @Property(tries = 150)
  void eraseLeavesNoneOfThePersonsValuesAndNothingElseChanges(
      @ForAll("people") List<Plan> plans, @ForAll("policies") ErasurePolicy policy) {
    SalesWorld w = new SalesWorld();
    List<Person> people = build(w, plans);
    SalesSubjectData source = new SalesSubjectData(w.clock);
    Person victim = people.get(0);
    // the same person in another tenant of the same store stays as it is
    TenantStore globex = w.store.forTenant(TenantId.of("globex"));
    Lead twin = globex.repository(Lead.TYPE).insert(Lead.builder(new LeadId("twin"), globex.tenantId()).name(victim.contact().name())
        .email(ContactPoint.email(victim.email(), ContactPoint.Purpose.WORK)).owner(SalesWorld.OWNER).timestamps(w.clock).build());
    Map<String, Aggregate<?>> before = w.snapshot();
    Set<String> collected = keys(source.collect(w.acme, victim.subject()));
    List<Set<String>> othersBefore = people.subList(1, people.size()).stream().map(o -> keys(source.collect(w.acme, o.subject()))).toList();

    List<ErasureAction> actions = source.erase(w.acme, victim.subject(), policy);

    Map<String, Aggregate<?>> after = w.snapshot();
    Set<String> keptWithReason = new HashSet<>();
    Set<String> deleted = new HashSet<>();
    for (ErasureAction a : actions) {
      String key = a.entityType() + "/" + a.id();
      assertThat(collected).as("an action is about a collected record").contains(key);
      assertThat(a.module()).isEqualTo("sales");
      assertThat(victim.erasable()).as("actions name fields, never values").noneMatch(v -> a.toString().contains(v));
      if (a.treatment() == Treatment.KEEP || a.reason().contains("; kept ")) {
        keptWithReason.add(key);
      }
      if (a.treatment() == Treatment.DELETE) {
        deleted.add(key);
        assertThat(after).doesNotContainKey(key);
      }
    }
    assertThat(SalesWorld.containing(after, victim.erasable())).as("records still holding the person's values")
        .allMatch(keptWithReason::contains);
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

    assertThat(globex.repository(Lead.TYPE).get(twin.id())).as("another tenant's twin").isEqualTo(twin);

    List<ErasureAction> again = source.erase(w.acme, victim.subject(), policy);
    assertThat(w.snapshot()).as("a second erasure changes nothing").isEqualTo(after);
    assertThat(again).allMatch(a -> a.treatment() == Treatment.KEEP);
  }
}
