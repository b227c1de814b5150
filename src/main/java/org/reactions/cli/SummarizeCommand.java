package org.reactions.cli;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.reactions.render.TimelineCsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code reactions summarize}: the per-country stance summary of a corpus. */
@Command(name = "summarize",
        description = "Finds what officials of each country said about the crisis and summarises each country's stance.",
        footerHeading = "%nExamples:%n", footer = {
            "  reactions summarize corpus/",
            "  reactions summarize corpus/ --countries US,IL --format json -o reactions.json",
            "  cat article.txt | reactions summarize --format markdown"})
public final class SummarizeCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions.WithPaths input;

    @Mixin
    OutputOptions output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--by", paramLabel = "date", converter = EnumWords.Groupings.class, completionCandidates = EnumWords.Groupings.class,
            description = "With --format csv, one row per country and day (statements, documents, label counts) instead of one per statement.")
    EnumWords.Grouping by;

    @Override
    public Integer call() throws IOException {
        if (by == null && output.asksForHtml(spec.commandLine())) { // -o report.html: what `reactions report` writes
            return ReportCommand.write(spec.commandLine(), input, output);
        }
        Format format = output.chosen(spec.commandLine(), this.format);
        if (by != null) {
            if (format != Format.csv) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--by date is for --format csv (the json and jsonl reports hold each country's timeline)");
            }
            return CorpusRun.execute(spec.commandLine(), input, output, (out, knowledge, ansi) -> new TimelineCsvWriter(out, knowledge.labels().values()),
                    UnaryOperator.identity());
        }
        return CorpusRun.execute(spec.commandLine(), input, output,
                (out, knowledge, ansi) -> format.writer(Format.Report.SUMMARY, out, ansi, knowledge.actors(), Set.of(), output.csvCells(), false), UnaryOperator.identity());
    }
}
