package org.reactions.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.reactions.render.TimelineCsvWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reactions summarize}: the per-country stance summary of a corpus. */
@Command(name = "summarize", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Finds what officials of each country said about the crisis and summarises each country's stance.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            ExitCode.OK_HELP, ExitCode.SOME_FAILED_IN_REPORT_HELP,
            ExitCode.USAGE_HELP, ExitCode.NOTHING_READABLE_HELP})
public final class SummarizeCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--by", paramLabel = "date",
            description = "With --format csv, one row per country and day (statements, documents, label counts) instead of one per statement.")
    String by;

    @Override
    public Integer call() throws IOException {
        if (by != null) {
            if (!"date".equalsIgnoreCase(by.strip())) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--by: '" + by + "' is not a grouping (the one there is: date)");
            }
            if (format != Format.csv) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--by date is for --format csv (the json and jsonl reports hold each country's timeline)");
            }
            return CorpusRun.execute(spec.commandLine(), input, output, (out, kb, colour) -> new TimelineCsvWriter(out),
                    UnaryOperator.identity());
        }
        return CorpusRun.execute(spec.commandLine(), input, output, (out, kb, colour) -> format.writer(out, colour),
                UnaryOperator.identity());
    }
}
