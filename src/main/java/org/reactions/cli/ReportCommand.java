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

/** {@code reactions report}: the summary as one self-contained HTML page. */
@Command(name = "report",
        description = "Writes one self-contained HTML file (no network needed to view it): how the run was made, the countries "
                + "compared, per country its stance, a chart of its labels, its speakers and timeline, and every statement with its "
                + "quotation highlighted and its source, with filters by country, label, voice, speaker and date and a search.",
        footerHeading = "%nExamples:%n", footer = {
            "  reactions report corpus/ -o report.html",
            "  reactions report corpus/ --countries RU,CN,IR,US -o /tmp/report.html"})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions.WithPaths input;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        return write(spec.commandLine(), input, output);
    }

    /** The HTML report of a corpus, its document links relative to the directory of -o. */
    static int write(CommandLine commandLine, InputOptions.WithPaths input, OutputOptions output) throws IOException {
        Path base = output.toStdout() ? null : Path.of(output.output).toAbsolutePath().getParent();
        return CorpusRun.execute(commandLine, input, output, (out, knowledge, ansi) -> new HtmlReportWriter(out, base, RunRecords.of(commandLine, input)), UnaryOperator.identity());
    }
}
