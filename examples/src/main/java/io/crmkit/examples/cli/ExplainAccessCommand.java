package io.crmkit.examples.cli;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.access.AccessExplanation;
import io.crmkit.core.access.AccessLevel;
import io.crmkit.core.access.Action;
import io.crmkit.core.access.Directory;
import io.crmkit.core.access.DirectoryUser;
import io.crmkit.core.access.FieldAccess;
import io.crmkit.core.access.FieldSecurity;
import io.crmkit.core.access.ObjectPermission;
import io.crmkit.core.access.ObjectSharing;
import io.crmkit.core.access.OrgWideDefault;
import io.crmkit.core.access.PartnerRole;
import io.crmkit.core.access.Principal;
import io.crmkit.core.access.RecordShare;
import io.crmkit.core.access.RecordShareId;
import io.crmkit.core.access.Role;
import io.crmkit.core.access.RuleCheck;
import io.crmkit.core.access.SharingGroup;
import io.crmkit.core.access.SharingModel;
import io.crmkit.core.access.SharingModelSpec;
import io.crmkit.core.access.SharingRule;
import io.crmkit.core.access.Team;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.EntityType;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm explain-access}: why a user may or may not see and change records under a sharing model, e.g.
 * {@code crm explain-access --demo --user zoë --format table} or
 * {@code crm explain-access --model model.json --records contacts.json --shares shares.json --user u-1 --record c-1}.
 */
@Command(
    name = "explain-access",
    description = {
      "Explains sharing-model decisions: for a user and a record (or every record of the file) the decision for "
          + "READ, CREATE, EDIT and DELETE with the rule that gave it, and every rule considered, which applied and why.",
      "MODEL is a SharingModelSpec as JSON (CrmJson), RECORDS a JSON array of contacts or accounts, SHARES a JSON "
          + "array of RecordShares. --demo uses a built-in model; --write-demo DIR writes it as those three files."
    })
final class ExplainAccessCommand extends FileReportCommand {
  static final Instant DEMO_AT = Instant.parse("2026-06-01T12:00:00Z");

  @Option(names = "--demo", description = "Use the built-in demo model, contacts and shares.")
  boolean demo;

  @Option(names = "--model", paramLabel = "MODEL", description = "The sharing model (JSON).")
  Path model;

  @Option(names = "--records", paramLabel = "RECORDS", description = "The records (a JSON array of the --type).")
  Path records;

  @Option(names = "--shares", paramLabel = "SHARES", description = "The manual shares (a JSON array); none when absent.")
  Path shares;

  @Option(names = "--type", paramLabel = "TYPE", defaultValue = "contact",
      description = "The records' entity type: contact (default) or account.")
  String type = "contact";

  @Option(names = "--user", paramLabel = "USER", description = "The user who asks (a directory user id); 'system' for the system principal.")
  String user;

  @Option(names = "--record", paramLabel = "ID", description = "Only this record; every record when absent.")
  String record;

  @Option(names = "--at", paramLabel = "INSTANT", description = "When the question is asked (e.g. 2026-06-01T12:00:00Z; the demo's default is that instant, otherwise now).")
  Instant at;

  @Option(names = "--write-demo", paramLabel = "DIR", description = "Write the demo as model.json, contacts.json and shares.json into DIR and exit.")
  Path writeDemo;

  @Override
  void report(PrintWriter out) {
    if (writeDemo != null) {
      writeDemoFiles(out);
      return;
    }
    if (demo == (model != null)) {
      throw new BadInputException("give either --demo or --model MODEL --records RECORDS");
    }
    if (user == null) {
      throw new BadInputException("--user USER is required");
    }
    SharingModelSpec spec = demo ? demoSpec() : read(model, SharingModelSpec.class);
    List<RecordShare> shareList = demo ? demoShares()
        : shares == null ? List.of() : Arrays.asList(read(shares, RecordShare[].class));
    SharingModel policy = SharingModel.of(spec).withShares(shareList);
    Instant when = at != null ? at : demo ? DEMO_AT : Clock.systemUTC().instant();
    Principal principal = user.equals("system") ? Principal.system(spec.tenant()) : Principal.user(spec.tenant(), user);
    switch (type) {
      case "contact" -> explain(out, policy, principal, Contact.TYPE,
          demo ? demoContacts() : Arrays.asList(read(requiredRecords(), Contact[].class)), when);
      case "account" -> explain(out, policy, principal, Account.TYPE,
          demo ? List.of() : Arrays.asList(read(requiredRecords(), Account[].class)), when);
      default -> throw new BadInputException("--type: '" + type + "' is not one of contact, account");
    }
  }

  private Path requiredRecords() {
    if (records == null) {
      throw new BadInputException("--records RECORDS is required with --model");
    }
    return records;
  }

  private <T extends Aggregate<?>> void explain(PrintWriter out, SharingModel policy, Principal principal,
      EntityType<T, ?> entityType, List<T> all, Instant when) {
    List<T> chosen = record == null ? all
        : all.stream().filter(r -> entityType.idOf(r).equals(record)).toList();
    if (chosen.isEmpty()) {
      throw new BadInputException(record == null ? "there are no " + entityType.name() + " records"
          : "no " + entityType.name() + " '" + record + "' among the records");
    }
    List<AccessExplanation> explanations = new ArrayList<>();
    for (T r : chosen) {
      explanations.add(policy.explain(principal, entityType, r, when));
    }
    FieldAccess fields = policy.fieldAccess(principal, entityType);
    Criteria visible = policy.visibility(principal, Action.READ, entityType, when);
    if (format == ReportFormat.table) {
      out.printf("%s on %s at %s: %d record(s)%n", principal, entityType.name(), when, chosen.size());
      out.printf("read visibility pushed to the store: %s%n", visible);
      out.printf("hidden fields: %s; read-only fields: %s%n%n", sorted(fields.hidden()), sorted(fields.readOnly()));
      for (AccessExplanation e : explanations) {
        out.printf("%s %s%n", entityType.name(), e.recordId());
        ColumnTable decisions = new ColumnTable("action", "decision", "rule", "reason");
        for (Action a : Action.values()) {
          decisions.row(a.name(), e.decision(a).allowed() ? "allowed" : "denied", e.decision(a).rule(), e.decision(a).reason());
        }
        out.print(decisions.render());
        ColumnTable rules = new ColumnTable("rule", "applies", "level", "why");
        for (RuleCheck c : e.checks()) {
          rules.row(c.rule(), c.applies() ? "yes" : "no", c.level().map(Enum::name).orElse("-"), c.why());
        }
        out.print(rules.render());
        out.println();
      }
      return;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("principal", principal.toString());
    json.put("type", entityType.name());
    json.put("at", when.toString());
    json.put("visibility", visible);
    json.put("field_access", fields);
    json.put("explanations", explanations);
    out.println(CrmJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }

  private static <T> T read(Path file, Class<T> type) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadInputException(file + ": no such file");
    } catch (IOException e) {
      throw new BadInputException(file + ": " + e.getMessage());
    }
    try {
      return CrmJson.read(text, type);
    } catch (ValidationException e) {
      throw new BadInputException(file + ": " + e.getMessage());
    }
  }

  private void writeDemoFiles(PrintWriter out) {
    try {
      Files.createDirectories(writeDemo);
      for (Map.Entry<String, Object> f : Map.<String, Object>of(
          "model.json", demoSpec(), "contacts.json", demoContacts(), "shares.json", demoShares()).entrySet()) {
        Files.writeString(writeDemo.resolve(f.getKey()),
            CrmJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(f.getValue()) + "\n", StandardCharsets.UTF_8);
        out.println("wrote " + writeDemo.resolve(f.getKey()));
      }
    } catch (IOException e) {
      throw new BadInputException(writeDemo + ": " + e.getMessage());
    }
  }

  static final TenantId DEMO_TENANT = TenantId.of("demo");

  /**
   * The demo organisation: a CEO over EMEA and US sales, a support team, an admin, an inactive rep and a
   * partner user; contacts private, EMEA contacts shared with US reps, CFO contacts with the support team,
   * salaries hidden from support.
   */
  static SharingModelSpec demoSpec() {
    Directory directory = Directory.builder()
        .role(Role.top("ceo", "Chief executive"))
        .role(Role.under("vp-emea", "VP sales EMEA", "ceo"))
        .role(Role.under("rep-emea", "Sales rep EMEA", "vp-emea"))
        .role(Role.under("vp-us", "VP sales US", "ceo"))
        .role(Role.under("rep-us", "Sales rep US", "vp-us"))
        .role(Role.top("support", "Support agent"))
        .role(Role.top("admin", "Administrator"))
        .team(new Team("t-key-accounts", "Key accounts desk"))
        .user(DirectoryUser.internal("ceo", "ceo", Set.of()))
        .user(DirectoryUser.internal("vp-emea", "vp-emea", Set.of()))
        .user(DirectoryUser.internal("zoë", "rep-emea", Set.of("t-key-accounts")))
        .user(DirectoryUser.internal("jürgen", "rep-emea", Set.of()))
        .user(DirectoryUser.internal("maya", "rep-us", Set.of()))
        .user(DirectoryUser.internal("agent", "support", Set.of()))
        .user(DirectoryUser.internal("admin", "admin", Set.of()))
        .user(DirectoryUser.internal("olaf", "rep-emea", Set.of()).withActive(false))
        .user(DirectoryUser.partner("reseller", "acc-reseller", PartnerRole.MANAGER))
        .build();
    return SharingModelSpec.builder(DEMO_TENANT, directory)
        .object(ObjectSharing.of("contact", OrgWideDefault.PRIVATE))
        .object(ObjectSharing.of("account", OrgWideDefault.PUBLIC_READ))
        .rule(SharingRule.ownedBy("emea-to-us", "contact", SharingGroup.roleAndSubordinates("vp-emea"),
            SharingGroup.role("rep-us"), AccessLevel.READ))
        .rule(SharingRule.matching("cfos-to-support", "contact", Criteria.prefix(ContactFields.JOB_TITLE, "CFO"),
            SharingGroup.role("support"), AccessLevel.READ))
        .permission(new ObjectPermission("admin", "contact", ObjectPermission.Scope.MODIFY_ALL))
        .fieldSecurity(FieldSecurity.forRole("contact", "support", Set.of("custom.salary"), Set.of("email")))
        .build();
  }

  static List<Contact> demoContacts() {
    return List.of(
        contact("c-1", "Ada", "Łukasiewicz", "zoë", Optional.of("CFO")),
        contact("c-2", "Björn", "Ångström", "jürgen", Optional.empty()),
        contact("c-3", "Grace", "O'Neil", "maya", Optional.of("CTO")),
        contact("c-4", "Kenji", "山田", "team:t-key-accounts", Optional.empty()),
        contact("c-5", "Nora", "Delacroix", "ceo", Optional.of("CFO")));
  }

  static List<RecordShare> demoShares() {
    return List.of(
        RecordShare.of(new RecordShareId("sh-1"), DEMO_TENANT, "contact", "c-3", SharingGroup.user("zoë"),
            AccessLevel.READ_WRITE, "maya", Optional.of(Instant.parse("2026-12-31T00:00:00Z"))),
        RecordShare.of(new RecordShareId("sh-2"), DEMO_TENANT, "contact", "c-5", SharingGroup.user("maya"),
            AccessLevel.READ, "ceo", Optional.of(Instant.parse("2026-05-01T00:00:00Z"))));
  }

  private static Contact contact(String id, String given, String family, String owner, Optional<String> title) {
    Contact.Builder b = Contact.builder(new ContactId(id), DEMO_TENANT).name(PersonName.of(given, family))
        .owner(owner.startsWith("team:") ? Owner.team(owner.substring(5)) : Owner.user(owner))
        .createdAt(DEMO_AT.minusSeconds(86_400)).updatedAt(DEMO_AT.minusSeconds(86_400));
    title.ifPresent(b::jobTitle);
    return b.build();
  }
}
