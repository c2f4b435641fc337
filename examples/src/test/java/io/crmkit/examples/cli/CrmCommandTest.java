package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CrmCommandTest {
  static final String[] DEMO = {"demo", "--tenant", "acme", "--zone", "Europe/Berlin", "--clock", "2026-01-15T10:00:00Z"};

  /** The result of one in-process run. */
  record Run(int exitCode, String out, String err) {}

  static Run run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return run(CrmCommand.commandLine(), args);
  }

  @Test
  void theDemoWalksThroughTheCoreAndEndsWithTheCustomerView() {
    Run r = run(DEMO);
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains(
        "Tenant 'acme'",
        "custom.tier", "Refused: ", "'platinum' is not one of [gold, silver, bronze]",
        "zoe.obriain@zurich-analytics.example", "+41446681802",
        "- Søren Kierkegaard (CEO)",
        "open task due", "reminder",
        "May I e-mail Zoë Ó Briain for marketing now? YES",
        "CTO → Chief Technology Officer",
        "qualify   → refused: ", "the lead has no budget yet",
        "Customer view: Zoë Ó Briain (contact)");
    // the customer view's sections, in order
    assertThat(r.out()).containsSubsequence(
        "\n  Contact\n", "\n  Account\n", "\n  Contact points\n", "\n  Relationships\n", "\n  Org chart\n",
        "\n  Open activities\n", "\n  Consent\n", "\n  Timeline (newest first)\n", "\n  Leads\n");
    // times are local to the zone asked for: 10:00 UTC is 11:00 in Berlin
    assertThat(r.out()).contains("It is Thu 2026-01-15 11:00 in Europe/Berlin.");
  }

  @Test
  void aFixedClockMakesTheDemoReproducible() {
    assertThat(run(DEMO).out()).isEqualTo(run(DEMO).out());
  }

  @Test
  void helpListsTheCommandsAndTheirOptions() {
    Run top = run("--help");
    assertThat(top.exitCode()).isZero();
    assertThat(top.out()).contains("Usage: crm", "demo", "--version", "--verbose");
    Run demo = run("demo", "--help");
    assertThat(demo.exitCode()).isZero();
    assertThat(demo.out()).contains("--tenant", "--zone", "--clock", "IANA time zone");
    assertThat(run("help", "demo").out()).isEqualTo(demo.out());
  }

  @Test
  void versionNamesTheProgram() {
    Run r = run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("crm (crmkit) ").contains("Java ");
  }

  @Test
  void badArgumentsExitWithTwoAndAMessageNamingThem() {
    Run unknown = run("demo", "--colour", "blue");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown option", "'--colour'");
    Run zone = run("demo", "--zone", "Mars/Olympus");
    assertThat(zone.exitCode()).isEqualTo(2);
    assertThat(zone.err()).contains("--zone", "'Mars/Olympus' is not a time zone");
    Run clock = run("demo", "--clock", "yesterday");
    assertThat(clock.exitCode()).isEqualTo(2);
    assertThat(clock.err()).contains("--clock", "'yesterday' is not an instant");
    Run tenant = run("demo", "--tenant", "a b");
    assertThat(tenant.exitCode()).isEqualTo(2);
    assertThat(tenant.err()).contains("--tenant", "may contain only ASCII letters");
    Run none = run();
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("Missing command", "demo");
    assertThat(run("nonsense").exitCode()).isEqualTo(2);
  }

  @Command(name = "boom", description = "Fails.")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("the store is on fire\nsecond line");
    }
  }

  @Test
  void unexpectedErrorsExitWithOneAndOneLineUnlessVerbose() {
    Run quiet = run(CrmCommand.commandLine().addSubcommand(new Boom()), "boom");
    assertThat(quiet.exitCode()).isEqualTo(1);
    assertThat(quiet.err()).startsWith("crm: the store is on fire\n").doesNotContain("at io.crmkit", "second line");

    Run verbose = run(CrmCommand.commandLine().addSubcommand(new Boom()), "boom", "--verbose");
    assertThat(verbose.exitCode()).isEqualTo(1);
    assertThat(verbose.err()).contains("crm: the store is on fire", "java.lang.IllegalStateException", "at io.crmkit");
  }
}
