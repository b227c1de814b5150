package org.reactions.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.reactions.render.HtmlReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code reactions report}: a self-contained HTML report. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Writes one self-contained HTML file (no network needed to view it): per country its stance, a chart of its "
                + "labels, its speakers, and every statement with its quotation highlighted and a link to its document.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            ExitCode.OK_HELP, ExitCode.SOME_FAILED_HELP,
            ExitCode.USAGE_HELP, ExitCode.NOTHING_READABLE_HELP})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        Path base = output.toStdout() ? null : Path.of(output.output).toAbsolutePath().getParent();
        return CorpusRun.execute(spec.commandLine(), input, output, (out, kb, colour) -> new HtmlReportWriter(out, base),
                UnaryOperator.identity());
    }
}
