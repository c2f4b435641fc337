package io.crmkit.benchmarks.access;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.access.AccessLevel;
import io.crmkit.core.access.Action;
import io.crmkit.core.access.Directory;
import io.crmkit.core.access.DirectoryUser;
import io.crmkit.core.access.ObjectSharing;
import io.crmkit.core.access.OrgWideDefault;
import io.crmkit.core.access.Principal;
import io.crmkit.core.access.RecordShare;
import io.crmkit.core.access.RecordShareId;
import io.crmkit.core.access.Role;
import io.crmkit.core.access.SharingGroup;
import io.crmkit.core.access.SharingModel;
import io.crmkit.core.access.SharingModelSpec;
import io.crmkit.core.access.SharingRule;
import io.crmkit.core.access.Team;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.Criteria;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The sharing model's cost: {@code decide} per record, and building the {@code visibility} criteria, on a
 * private contact OWD with a 10-level role hierarchy (1,023 roles as a binary tree, 2,046 users, 20 teams),
 * 50 sharing rules (30 owner-based, 20 criteria-based) and 500 manual shares, over 10,000 contacts. The
 * reference compared to is evaluating the pushed-down criteria on the same records with the in-memory
 * matcher ({@code EntityType.matcher}), which is what a store scan does.
 *
 * <p>{@code java -jar crm-benchmarks/target/benchmarks.jar PolicyBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class PolicyBenchmark {
  static final int DEPTH = 10;
  static final int RECORDS = 10_000;
  static final TenantId TENANT = TenantId.of("bench");
  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

  /** Who asks: the top of the hierarchy (sees most records through it), a mid manager, or a leaf rep (through rules and shares only). */
  @Param({"top", "middle", "leaf"})
  String asker;

  SharingModelSpec spec;
  SharingModel model;
  Principal principal;
  List<Contact> contacts;
  Predicate<Contact> pushedDown;

  @Setup
  public void setUp() {
    Random random = new Random(42);
    Directory.Builder d = Directory.builder();
    List<String> roles = new ArrayList<>();
    for (int i = 0; i < (1 << DEPTH) - 1; i++) {   // a binary tree: role i reports to (i - 1) / 2
      String id = "r" + i;
      d.role(i == 0 ? Role.top(id, "Role " + i) : Role.under(id, "Role " + i, "r" + ((i - 1) / 2)));
      roles.add(id);
    }
    for (int t = 0; t < 20; t++) {
      d.team(new Team("t" + t, "Team " + t));
    }
    List<String> users = new ArrayList<>();
    for (int i = 0; i < roles.size(); i++) {
      for (int k = 0; k < 2; k++) {
        String id = "u" + i + "-" + k;
        d.user(DirectoryUser.internal(id, roles.get(i), Set.of("t" + random.nextInt(20))));
        users.add(id);
      }
    }
    Directory directory = d.build();
    SharingModelSpec.Builder b = SharingModelSpec.builder(TENANT, directory)
        .object(ObjectSharing.of("contact", OrgWideDefault.PRIVATE));
    for (int r = 0; r < 30; r++) {
      b.rule(SharingRule.ownedBy("owned-" + r, "contact",
          SharingGroup.roleAndSubordinates(roles.get(random.nextInt(roles.size()))),
          random.nextBoolean() ? SharingGroup.roleAndSubordinates(roles.get(random.nextInt(roles.size())))
              : SharingGroup.team("t" + random.nextInt(20)),
          AccessLevel.READ));
    }
    for (int r = 0; r < 20; r++) {
      b.rule(SharingRule.matching("criteria-" + r, "contact", Criteria.prefix(ContactFields.JOB_TITLE, "Title " + r),
          SharingGroup.roleAndSubordinates(roles.get(random.nextInt(roles.size()))), AccessLevel.READ_WRITE));
    }
    spec = b.build();
    contacts = new ArrayList<>();
    for (int i = 0; i < RECORDS; i++) {
      contacts.add(Contact.builder(new ContactId("c" + i), TENANT).name(PersonName.of("Given" + i, "Family" + i))
          .owner(Owner.user(users.get(random.nextInt(users.size()))))
          .jobTitle("Title " + random.nextInt(200))
          .createdAt(NOW).updatedAt(NOW).build());
    }
    String askerId = switch (asker) {
      case "top" -> "u0-0";
      case "middle" -> "u" + ((1 << (DEPTH / 2)) - 1) + "-0";   // the first role at depth 5
      default -> "u" + (roles.size() - 1) + "-0";
    };
    List<RecordShare> shares = new ArrayList<>();
    for (int s = 0; s < 500; s++) {
      shares.add(RecordShare.of(new RecordShareId("sh" + s), TENANT, "contact", "c" + random.nextInt(RECORDS),
          s % 5 == 0 ? SharingGroup.user(askerId) : SharingGroup.user(users.get(random.nextInt(users.size()))),
          AccessLevel.READ, "u0-0", s % 2 == 0 ? Optional.empty() : Optional.of(NOW.plusSeconds(s - 250))));
    }
    model = SharingModel.of(spec).withShares(shares);
    principal = Principal.user(TENANT, askerId);
    pushedDown = Contact.TYPE.matcher(model.visibility(principal, Action.READ, Contact.TYPE, NOW));
  }

  /** One READ decision per record (the user's grants are cached after the first). */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void decideRead(Blackhole bh) {
    for (Contact c : contacts) {
      bh.consume(model.decide(principal, Action.READ, Contact.TYPE, c, NOW).allowed());
    }
  }

  /** One DELETE decision per record: only FULL grants count, so most records try every grant. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void decideDelete(Blackhole bh) {
    for (Contact c : contacts) {
      bh.consume(model.decide(principal, Action.DELETE, Contact.TYPE, c, NOW).allowed());
    }
  }

  /** The reference: the pushed-down READ criteria evaluated per record by the in-memory matcher. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void pushedDownMatcher(Blackhole bh) {
    for (Contact c : contacts) {
      bh.consume(pushedDown.test(c));
    }
  }

  /** Building the READ visibility criteria with the user's grants cached (each query of a secured store). */
  @Benchmark
  public Criteria visibility() {
    return model.visibility(principal, Action.READ, Contact.TYPE, NOW);
  }

  /** Building the model from its spec and the first visibility criteria (grants computed from the directory). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Criteria visibilityColdModel() {
    return SharingModel.of(spec).visibility(principal, Action.READ, Contact.TYPE, NOW);
  }
}
