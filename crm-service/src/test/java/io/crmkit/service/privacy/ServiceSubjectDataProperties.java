package io.crmkit.service.privacy;

import io.crmkit.core.TenantId;
import io.crmkit.core.store.TenantStore;
import io.crmkit.service.cases.CaseId;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Aggregate;
import io.crmkit.core.privacy.ErasureAction;
import io.crmkit.core.privacy.ErasurePolicy;
import io.crmkit.core.privacy.ErasurePolicy.Treatment;
import io.crmkit.core.privacy.SubjectRecord;
import io.crmkit.service.cases.Case;
import io.crmkit.service.cases.CaseChannel;
import io.crmkit.service.feedback.SurveyKind;
import io.crmkit.service.privacy.ServiceWorld.Person;
import java.util.ArrayList;
import java.util.HashSet;
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
 * Over random people with random cases, comments on each other's cases, surveys and sender activity: collect finds
 * exactly what was made about each person (and every record whose JSON names their id, e-mail or phone); erasure
 * leaves their name, address and phone nowhere but in records kept with a reason, touches no one else's records,
 * and is idempotent.
 */
class ServiceSubjectDataProperties {
  record Plan(String given, int contactCases, int emailedCases, boolean writesOnNext, int surveys, boolean mailSender, boolean phoneSender) {}

  @Provide
  Arbitrary<List<Plan>> people() {
    Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').withChars("äöüßéçñøåαβγжзия李").ofMinLength(2).ofMaxLength(10);
    Arbitrary<Integer> few = Arbitraries.integers().between(0, 2);
    Arbitrary<Boolean> flag = Arbitraries.of(true, false);
    return Combinators.combine(names, few, Arbitraries.integers().between(0, 1), flag, few, flag, flag).as(Plan::new)
        .list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<ErasurePolicy> policies() {
    return Arbitraries.of(
        ErasurePolicy.anonymiseAll(),
        ErasurePolicy.builder().keep("service_case", "litigation hold").build(),
        ErasurePolicy.builder().record("service_case", Treatment.DELETE).record("sender_activity", Treatment.DELETE).build(),
        ErasurePolicy.builder().field("survey_response", "comment", Treatment.KEEP, "quality audit").build(),
        ErasurePolicy.builder().field("service_case", "description", Treatment.KEEP, "warranty claim on file").build());
  }

  static List<Person> build(ServiceWorld w, List<Plan> plans) {
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      people.add(w.person(plans.get(i).given(), "Ñame", i));
    }
    List<List<Case>> own = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      Person p = people.get(i);
      List<Case> cases = new ArrayList<>();
      for (int k = 0; k < plan.contactCases(); k++) {
        cases.add(w.contactCase(p));
      }
      for (int k = 0; k < plan.emailedCases(); k++) {
        cases.add(w.emailedCase(p));
      }
      for (int k = 0; k < plan.surveys() && !cases.isEmpty(); k++) {
        w.survey(p, cases.get(k % cases.size()), k % 2 == 0 ? SurveyKind.CSAT : SurveyKind.NPS, k % 2 == 0 ? 4 : 9);
      }
      if (plan.mailSender()) {
        w.senderActivity(p, CaseChannel.EMAIL);
      }
      if (plan.phoneSender()) {
        w.senderActivity(p, CaseChannel.PHONE);
      }
      own.add(cases);
    }
    for (int i = 0; i < plans.size(); i++) {
      List<Case> next = own.get((i + 1) % plans.size());
      if (plans.get(i).writesOnNext() && plans.size() > 1 && !next.isEmpty()) {
        Case target = w.acme.repository(Case.TYPE).get(next.get(0).id());
        w.writeOn(target, people.get(i));
      }
    }
    return people;
  }

  static Set<String> keys(List<SubjectRecord> records) {
    return records.stream().map(r -> r.entityType() + "/" + r.id()).collect(Collectors.toCollection(TreeSet::new));
  }

  @Property(tries = 150)
  void collectFindsEveryRecordAboutThePerson(@ForAll("people") List<Plan> plans) {
    ServiceWorld w = new ServiceWorld();
    List<Person> people = build(w, plans);
    Map<String, Aggregate<?>> all = w.snapshot();
    ServiceSubjectData source = new ServiceSubjectData(w.clock);
    for (Person p : people) {
      Set<String> found = keys(source.collect(w.acme, p.subject()));
      assertThat(found).isEqualTo(p.records());
      assertThat(found).containsAll(ServiceWorld.containing(all, List.of(p.contact().id().value(), p.email(), p.phone())));
    }
  }

  @Property(tries = 150)
  void eraseLeavesNoneOfThePersonsValuesAndNothingElseChanges(@ForAll("people") List<Plan> plans, @ForAll("policies") ErasurePolicy policy) {
    ServiceWorld w = new ServiceWorld();
    List<Person> people = build(w, plans);
    ServiceSubjectData source = new ServiceSubjectData(w.clock);
    Person victim = people.get(0);
    // the same person in another tenant of the same store stays as it is
    TenantStore globex = w.store.forTenant(TenantId.of("globex"));
    Case twin = globex.repository(Case.TYPE).insert(Case.builder(new CaseId("twin"), globex.tenantId()).subject("From " + victim.email())
        .contact(victim.contact().id()).timestamps(w.clock).build());
    Map<String, Aggregate<?>> before = w.snapshot();
    Set<String> collected = keys(source.collect(w.acme, victim.subject()));
    List<Set<String>> othersBefore = people.subList(1, people.size()).stream().map(o -> keys(source.collect(w.acme, o.subject()))).toList();

    List<ErasureAction> actions = source.erase(w.acme, victim.subject(), policy);

    Map<String, Aggregate<?>> after = w.snapshot();
    Set<String> kept = new HashSet<>();
    Set<String> deleted = new HashSet<>();
    // actions name sender activity by its hashed id (the plain id is the address): map them back
    Map<String, String> byActionKey = new java.util.HashMap<>();
    collected.forEach(k -> byActionKey.put(k.startsWith("sender_activity/")
        ? "sender_activity/" + ServiceSubjectData.auditId(new io.crmkit.service.intake.SenderActivityId(k.substring("sender_activity/".length())))
        : k, k));
    for (ErasureAction a : actions) {
      String key = byActionKey.get(a.entityType() + "/" + a.id());
      assertThat(key).as("an action is about a collected record: %s", a).isNotNull();
      assertThat(victim.erasable()).noneMatch(v -> a.toString().contains(v));
      if (a.treatment() == Treatment.KEEP || a.reason().contains("; kept ")) {
        kept.add(key);
      }
      if (a.treatment() == Treatment.DELETE) {
        deleted.add(key);
      }
    }
    assertThat(ServiceWorld.containing(after, victim.erasable())).as("records still holding the person's values").allMatch(kept::contains);
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

    assertThat(globex.repository(Case.TYPE).get(twin.id())).as("another tenant's twin").isEqualTo(twin);

    List<ErasureAction> again = source.erase(w.acme, victim.subject(), policy);
    assertThat(w.snapshot()).as("a second erasure changes nothing").isEqualTo(after);
    assertThat(again).allMatch(a -> a.treatment() == Treatment.KEEP);
  }
}
