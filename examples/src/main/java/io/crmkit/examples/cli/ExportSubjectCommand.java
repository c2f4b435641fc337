package io.crmkit.examples.cli;

import io.crmkit.core.json.SubjectExportJson;
import io.crmkit.core.privacy.Subject;
import io.crmkit.core.privacy.SubjectRequests;
import io.crmkit.core.store.TenantStore;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/**
 * {@code crm export-subject}: the subject-access export of one person as one JSON document, e.g.
 * {@code crm export-subject ada@lovelace.example --demo}.
 */
@Command(
    name = "export-subject",
    description = {
      "Prints everything the store holds about one person (GDPR art. 15) as one JSON document: every record of "
          + "every module whose privacy source is on the class path, grouped by module and type, each with how it "
          + "relates to the person, and the audit entries about those records."
    })
final class ExportSubjectCommand extends SubjectCommand {
  @Override
  void run(SubjectRequests requests, TenantStore store, Subject subject, PrintWriter out) {
    out.println(SubjectExportJson.write(requests.export(store, subject)));
  }
}
