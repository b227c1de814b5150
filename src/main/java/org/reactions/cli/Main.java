package org.reactions.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code reactions} command line: a thin layer over the library in the other packages. Every error is one
 * line on stderr and a documented exit code, never a stack trace.
 */
@Command(name = "reactions", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reads news articles and tells how governments reacted to a crisis: who said what, "
                + "on behalf of which country, with what stance.",
        subcommands = {SummarizeCommand.class, StatementsCommand.class, ActorsCommand.class, ExplainCommand.class, ReportCommand.class,
            picocli.AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            ExitCode.OK_HELP, ExitCode.SOME_FAILED_IN_REPORT_HELP,
            ExitCode.USAGE_HELP, ExitCode.NOTHING_READABLE_HELP})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream stdin;
    private final OutputStream stdout;

    Main(InputStream stdin, OutputStream stdout) {
        this.stdin = stdin;
        this.stdout = stdout;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs a command line with the given streams and returns its exit code. */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = new CommandLine(new Main(in, out))
                .setOut(outWriter)
                .setErr(errWriter)
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler((e, cl, parsed) -> {
                    cl.getErr().println("reactions: " + oneLine(e));
                    return ExitCode.USAGE;
                });
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
        int code = commandLine.execute(args);
        outWriter.flush();
        errWriter.flush();
        return code;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println("reactions: " + oneLine(e));
        cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.USAGE;
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

    static OutputStream stdout(CommandLine commandLine) {
        return ((Main) commandLine.getParent().getCommand()).stdout;
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
