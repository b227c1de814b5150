package org.reactions.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
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

    @Override
    public Integer call() throws IOException {
        return CorpusRun.execute(spec.commandLine(), input, output, (out, kb, colour) -> format.writer(out, colour),
                UnaryOperator.identity());
    }
}
