package io.crmkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import com.openhtmltopdf.util.XRLog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code crm} command line: {@code crm --help}, {@code crm --version} and the subcommands, e.g.
 * {@code crm demo --zone Europe/Berlin --clock 2026-01-15T10:00:00Z}.
 *
 * <p>Exit codes: {@code 0} on success, {@code 2} for bad arguments (with a message naming the argument and
 * the usage), {@code 1} for any other error (one line; the stack trace only with {@code --verbose}). Run it in
 * process with {@link #commandLine()}: {@code int code = CrmCommand.commandLine().execute("demo");}
 */
@Command(
    name = "crm",
    mixinStandardHelpOptions = true,
    versionProvider = CrmCommand.Version.class,
    description = "crmkit's command line: try the CRM core and its tools on an in-memory store.",
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    footer = {"", "Run 'crm COMMAND --help' for the options of a command."},
    // one line per subcommand: add a new command's class here
    subcommands = {
      DemoCommand.class,
      ClvCommand.class,
      RfmCommand.class,
      RulesCommand.class,
      AttributionCommand.class,
      CohortsCommand.class,
      ForecastCommand.class,
      DedupeCommand.class,
      ForecastReportCommand.class,
      RouteCommand.class,
      ExportSubjectCommand.class,
      EraseSubjectCommand.class,
      ExplainAccessCommand.class,
      CommandLine.HelpCommand.class,
    })
public final class CrmCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print the full stack trace when a command fails.")
  boolean verbose;

  /** The command line with crmkit's error handling, ready to {@code execute(args)}. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new CrmCommand());
    cli.setExecutionExceptionHandler(CrmCommand::onError);
    return cli;
  }

  /**
   * Runs {@code crm} with {@code args} and exits with its code. The PDF renderer under crm-sales' quotes logs
   * its progress to the console through its own logger; the command line prints only its output.
   */
  public static void main(String[] args) {
    XRLog.setLoggingEnabled(false);
    System.exit(commandLine().execute(args));
  }

  /** {@code crm} without a command: a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of " + spec.subcommands().keySet());
  }

  private static int onError(Exception e, CommandLine cli, ParseResult parsed) {
    PrintWriter err = cli.getErr();
    String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    err.println(cli.getColorScheme().errorText("crm: " + firstLine(message)));
    if (verbose(parsed)) {
      e.printStackTrace(err);
    } else {
      err.println("(run with --verbose for the stack trace)");
    }
    err.flush();
    return 1;
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /** The version from the build, with the Java version it runs on. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = CrmCommand.class.getResourceAsStream("/io/crmkit/examples/cli/version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {
        "crm (crmkit) " + p.getProperty("version", "development"),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
      };
    }
  }
}
