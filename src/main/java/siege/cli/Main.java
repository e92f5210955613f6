package siege.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code target/siege-search.jar}: a thin list of subcommands. The only class (with
 * its subcommands) that prints or exits. Exit codes: 0 success, 1 the work was done in part or
 * failed (skipped files, missing index), 2 usage error (unknown option, bad value, bad query).
 */
@Command(
    name = "siege-search",
    mixinStandardHelpOptions = true,
    version = "siege-search 0.1",
    description = "Full-text search over siege and conflict reports.",
    subcommands = {IndexCommand.class, SearchCommand.class, ServeCommand.class, EvalCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
  public static final int OK = 0;
  public static final int PARTIAL = 1;
  public static final int USAGE = 2;

  static {
    // the CLI prints its own messages; library logging only for errors unless asked for
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    }
    // ... but serve's effective settings, one INFO line each at startup
    if (System.getProperty("org.slf4j.simpleLogger.log.siege.cli.ServeCommand") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.siege.cli.ServeCommand", "info");
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.console() != null));
  }

  /** Runs a command line in process (tests): returns the exit code instead of exiting. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, false);
  }

  static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
    PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(o);
    cl.setErr(e);
    cl.setExitCodeExceptionMapper(t -> t instanceof CliException c ? c.exitCode()
        : t instanceof CommandLine.ParameterException ? USAGE : PARTIAL);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof CliException c) {
        commandLine.getErr().println("error: " + c.getMessage());
        return c.exitCode();
      }
      commandLine.getErr().println("error: " + ex);
      return PARTIAL;
    });
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (sub.getCommand() instanceof TerminalAware t) t.terminal(terminal);
    }
    int code = cl.execute(args);
    o.flush();
    e.flush();
    return code;
  }

  /** No subcommand: print the usage, a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /** A command that draws differently on a terminal. */
  interface TerminalAware {
    void terminal(boolean terminal);
  }
}
