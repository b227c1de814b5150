package org.reactions.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.reactions.cli.OutputTarget.WriteFailedException;
import org.reactions.pipeline.ExitCode;
import org.reactions.render.Ansi;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code reactions} command line: a thin layer over the library in the other packages. Every error is one
 * line on stderr and a documented exit code, never a stack trace. The attributes of this command (help option,
 * version provider, exit codes) and its --color option are inherited by every subcommand.
 */
@Command(name = "reactions", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reads news articles and tells how governments reacted to a crisis: who said what, "
                + "on behalf of which country, with what stance.",
        subcommands = {SummarizeCommand.class, StatementsCommand.class, ActorsCommand.class, ExplainCommand.class, ReportCommand.class,
            TrainStanceCommand.class,
            picocli.AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class},
        commandListHeading = "%nCommands:%n", exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            ExitCodeHelp.OK_HELP, ExitCodeHelp.SOME_FAILED_HELP, ExitCodeHelp.USAGE_HELP, ExitCodeHelp.NOTHING_READABLE_HELP,
            ExitCodeHelp.WRITE_FAILED_HELP, ExitCodeHelp.NO_INPUT_HELP, ExitCodeHelp.BROKEN_PIPE_HELP})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--color", scope = ScopeType.INHERIT, paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour text reports: auto (when standard output is a terminal and NO_COLOR is not set), always, "
                    + "never (default: ${DEFAULT-VALUE}).")
    Terminal.ColorMode color;

    /** standard input, with room to put back the one byte that tells whether anything was piped in */
    private final PushbackInputStream stdin;
    private final boolean stdinPiped;
    private final OutputStream stdout;

    Main(InputStream stdin, OutputStream stdout) {
        this.stdinPiped = Terminal.stdinIsPiped(stdin);
        this.stdin = new PushbackInputStream(stdin, 1);
        this.stdout = stdout;
    }

    public static void main(String[] args) {
        // the file descriptor itself, not System.out: a PrintStream swallows write errors (a full disk, a closed pipe)
        System.exit(run(args, System.in, new FileOutputStream(FileDescriptor.out), System.err));
    }

    /** Runs a command line with the given streams and returns its exit code. */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
        OutputTarget.Watched stdout = new OutputTarget.Watched(out, "standard output");
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = commandLine(in, stdout)
                .setOut(outWriter)
                .setErr(errWriter)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler((e, cl, parsed) -> failure(e, cl.getErr()));
        Numbers.register(commandLine);
        int code = commandLine.execute(args);
        outWriter.flush();
        if (stdout.failure() != null && code != ExitCode.WRITE_FAILED && code != ExitCode.BROKEN_PIPE) {
            code = failure(stdout.failure(), errWriter); // picocli's own output (--help, a completion script) failed
        }
        errWriter.flush();
        return code;
    }

    /** The command line, without -V on the subcommands: the version is the program's, asked of it once. */
    static CommandLine commandLine(InputStream in, OutputStream out) {
        CommandLine commandLine = new CommandLine(new Main(in, out));
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            OptionSpec version = sub.getCommandSpec().findOption("--version");
            if (version != null && version.versionHelp()) {
                sub.getCommandSpec().remove(version);
            }
        }
        HelpLayout.install(commandLine);
        return commandLine;
    }

    /** A report that could not be written exits 4 with the reason; a closed pipe exits quietly. */
    private static int failure(Exception e, PrintWriter err) {
        if (e instanceof NoInputException) {
            err.println("reactions: " + e.getMessage());
            return ExitCode.NO_INPUT;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof WriteFailedException w) {
                if (w.brokenPipe()) {
                    return ExitCode.BROKEN_PIPE;
                }
                err.println("reactions: " + w.getMessage());
                return ExitCode.WRITE_FAILED;
            }
        }
        err.println("reactions: " + oneLine(e));
        return ExitCode.USAGE;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        String message = oneLine(e);
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            message = unmatched(unmatched, cl);
        } else if (message.startsWith("Unknown subcommand '")) { // picocli's help command, in our words: "help nosuch"
            String typed = message.substring("Unknown subcommand '".length(), message.lastIndexOf('\''));
            message = withSuggestions("unknown command '" + typed + "'", Suggestions.nearest(typed, cl.getParent() == null
                    ? cl.getSubcommands().keySet() : cl.getParent().getSubcommands().keySet()));
        }
        cl.getErr().println("reactions: " + message);
        cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.USAGE;
    }

    /** An unknown command or option, with the nearest names as "did you mean" ({@link Suggestions}). */
    private static String unmatched(CommandLine.UnmatchedArgumentException e, CommandLine cl) {
        List<String> unmatched = e.getUnmatched();
        String first = unmatched.isEmpty() ? "" : unmatched.get(0);
        boolean command = cl.getParent() == null && !first.startsWith("-");
        String message = (command ? "unknown command '" : first.startsWith("-") ? "unknown option '" : "unexpected argument '")
                + first + "'";
        if (command) {
            return withSuggestions(message, Suggestions.nearest(first, cl.getSubcommands().keySet()));
        }
        if (first.startsWith("-")) {
            String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            return withSuggestions(message, Suggestions.nearest(name, cl.getCommandSpec().optionsMap().keySet()));
        }
        return message;
    }

    private static String withSuggestions(String message, List<String> suggestions) {
        return suggestions.isEmpty() ? message : message + " (did you mean " + String.join(" or ", suggestions) + "?)";
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: summarize (see reactions --help)");
    }

    static InputStream stdin(CommandLine commandLine) {
        return ((Main) commandLine.getParent().getCommand()).stdin;
    }

    /** Whether standard input is not a terminal (piped, redirected or closed). */
    static boolean stdinPiped(CommandLine commandLine) {
        return ((Main) commandLine.getParent().getCommand()).stdinPiped;
    }

    /**
     * Whether standard input is piped and holds something (waiting for its first byte): what a command reads when
     * given no PATH. A terminal is never read that way.
     */
    static boolean stdinHasInput(CommandLine commandLine) {
        Main main = (Main) commandLine.getParent().getCommand();
        if (!main.stdinPiped) {
            return false;
        }
        try {
            int first = main.stdin.read();
            if (first < 0) {
                return false;
            }
            main.stdin.unread(first);
            return true;
        } catch (IOException e) {
            return true; // let the reading of "-" report what is wrong with it
        }
    }

    static OutputStream stdout(CommandLine commandLine) {
        return ((Main) commandLine.getParent().getCommand()).stdout;
    }

    /** The styles for a report of a subcommand, from the inherited --color. */
    static Ansi ansi(CommandLine commandLine, boolean toStdout) {
        Terminal.ColorMode mode = commandLine.getCommandSpec().findOption("--color").getValue();
        return Terminal.ansi(mode, toStdout);
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = Main.class.getClassLoader().getResourceAsStream("reactions/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"reactions " + p.getProperty("version", "unknown")};
        }
    }
}
