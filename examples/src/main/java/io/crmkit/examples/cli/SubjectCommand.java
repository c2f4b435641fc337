package io.crmkit.examples.cli;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.privacy.Subject;
import io.crmkit.core.privacy.SubjectRequests;
import io.crmkit.core.privacy.SuppressionKeys;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.TenantStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The shared shape of {@code crm export-subject} and {@code crm erase-subject}: the person (a contact id, an
 * e-mail address or an E.164 phone number), on {@link PrivacyDemo}'s seeded in-memory world ({@code --demo}),
 * in a tenant, at a time. Bad input exits 2 with one line naming it.
 */
abstract class SubjectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Parameters(index = "0", paramLabel = "CONTACT-ID|E-MAIL|PHONE",
      description = "The person: a contact id, an e-mail address, or a phone number in E.164 (+4930...).")
  String who;

  @Option(names = "--demo", required = true,
      description = "Work on a small seeded in-memory world (contacts, activities, consent, audit, a merge, a lead, a case).")
  boolean demo;

  @Option(names = "--tenant", paramLabel = "ID", defaultValue = "demo", converter = DemoCommand.TenantConverter.class,
      description = "The tenant. Default: ${DEFAULT-VALUE}.")
  TenantId tenant = TenantId.of("demo");

  @Option(names = "--clock", paramLabel = "INSTANT", converter = DemoCommand.InstantConverter.class,
      description = "A fixed time for the export or erasure, e.g. 2026-01-15T10:00:00Z, for reproducible output. "
          + "Default: the system clock.")
  Optional<Instant> clock = Optional.empty();

  /** Does the command's work on the resolved subject and prints the result. */
  abstract void run(SubjectRequests requests, TenantStore store, Subject subject, PrintWriter out);

  @Override
  public final Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      Clock c = Clock.fixed(clock.orElseGet(() -> Clock.systemUTC().instant()), ZoneOffset.UTC);
      SuppressionKeys keys = SuppressionKeys.withKey(PrivacyDemo.KEY);
      try (CrmStore store = PrivacyDemo.seed(tenant, c)) {
        TenantStore tenantStore = store.forTenant(tenant);
        SubjectRequests requests = SubjectRequests.builder().clock(c).keys(keys).discoverSources().build();
        run(requests, tenantStore, requests.resolve(tenantStore, who), out);
      }
      out.flush();
      return 0;
    } catch (BadInputException | ValidationException | NotFoundException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(spec.commandLine().getColorScheme().errorText("crm " + spec.name() + ": " + e.getMessage()));
      err.flush();
      return 2;
    }
  }
}
