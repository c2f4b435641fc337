package io.crmkit.examples.cli;

import io.crmkit.core.ValidationException;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.privacy.ErasurePolicy;
import io.crmkit.core.privacy.ErasureReport;
import io.crmkit.core.privacy.Subject;
import io.crmkit.core.privacy.SubjectRequests;
import io.crmkit.core.store.TenantStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm erase-subject}: erases one person per a policy and prints the report, e.g.
 * {@code crm erase-subject ada@lovelace.example --demo --policy contact=delete --policy keep:quote=tax law --dry-run}.
 */
@Command(
    name = "erase-subject",
    description = {
      "Erases one person (GDPR art. 17) in one transaction and prints the report as JSON: per record what was "
          + "anonymised (by field), deleted, or kept and why; the erasure is recorded in the audit trail without the "
          + "erased values, and a suppression key stops the next import from re-creating the person."
    })
final class EraseSubjectCommand extends SubjectCommand {
  @Option(names = "--policy", paramLabel = "RULE",
      description = "A policy rule, repeatable: TYPE=anonymise|delete (a record type), TYPE.FIELD=keep:REASON or "
          + "TYPE.FIELD=anonymise (a field), keep:TYPE=REASON (keep a type for a legal reason). Default: anonymise everything.")
  List<String> policy = new ArrayList<>();

  @Option(names = "--dry-run", description = "Report what the erasure would do, and change nothing.")
  boolean dryRun;

  @Option(names = "--requested-by", paramLabel = "WHO", defaultValue = "crm-cli",
      description = "Who asked for the erasure, for the audit trail. Default: ${DEFAULT-VALUE}.")
  String requestedBy = "crm-cli";

  @Override
  void run(SubjectRequests requests, TenantStore store, Subject subject, PrintWriter out) {
    ErasurePolicy p = parse(policy);
    ErasureReport report = dryRun ? requests.preview(store, subject, p, requestedBy) : requests.erase(store, subject, p, requestedBy);
    out.println(CrmJson.mapper().rebuild().enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT).build()
        .writeValueAsString(report));
  }

  /** The policy the {@code --policy} rules describe. */
  static ErasurePolicy parse(List<String> rules) {
    ErasurePolicy.Builder b = ErasurePolicy.builder();
    for (String rule : rules) {
      if (rule.startsWith("keep:")) {
        String[] kv = rule.substring(5).split("=", 2);
        ValidationException.check(kv.length == 2 && !kv[1].isBlank(), "--policy", "'" + rule + "': keep:TYPE=REASON needs the reason");
        b.keep(kv[0].strip(), kv[1].strip());
        continue;
      }
      String[] kv = rule.split("=", 2);
      ValidationException.check(kv.length == 2, "--policy", "'" + rule + "' is not TYPE=TREATMENT, TYPE.FIELD=TREATMENT or keep:TYPE=REASON");
      String target = kv[0].strip();
      String treatment = kv[1].strip();
      int dot = target.indexOf('.');
      if (dot > 0) {
        if (treatment.startsWith("keep:")) {
          b.field(target.substring(0, dot), target.substring(dot + 1), ErasurePolicy.Treatment.KEEP, treatment.substring(5).strip());
        } else {
          ValidationException.check(treatment.equals("anonymise"), "--policy", "'" + rule + "': a field is anonymise or keep:REASON");
          b.field(target.substring(0, dot), target.substring(dot + 1), ErasurePolicy.Treatment.ANONYMISE, "erasure request");
        }
      } else {
        ValidationException.check(treatment.equals("anonymise") || treatment.equals("delete"), "--policy",
            "'" + rule + "': a record type is anonymise or delete (keep it with keep:TYPE=REASON)");
        b.record(target, treatment.equals("delete") ? ErasurePolicy.Treatment.DELETE : ErasurePolicy.Treatment.ANONYMISE);
      }
    }
    return b.build();
  }
}
