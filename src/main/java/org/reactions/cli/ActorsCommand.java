package org.reactions.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.reactions.entities.ActorKnowledgeBase;
import org.reactions.knowledge.CountryCode;
import org.reactions.pipeline.ExitCode;
import org.reactions.render.ReportWriter;
import org.reactions.summary.RunSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reactions actors}: the knowledge base, and the actors a corpus names. */
@Command(name = "actors",
        description = "Lists the actors of the knowledge base (with --actors files) and, given PATHs, the actors those documents "
                + "name or introduce, with their countries and how often they are named.",
        footerHeading = "%nExamples:%n", footer = {
            "  reactions actors --country IR",
            "  reactions actors corpus/ --actors my-actors.tsv | head"})
public final class ActorsCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions.WithPaths input;

    @Mixin
    OutputOptions output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "List format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--found", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "With PATHs, only the actors the documents name (the default); --no-found lists the knowledge base's others too, "
                    + "mentioned 0 times.")
    boolean found;

    @Option(names = "--country", split = ",", paramLabel = "CODE", completionCandidates = CompletionValues.CountryCodes.class, description = "Only actors of these countries.")
    List<String> countries = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        CommandLine commandLine = spec.commandLine();
        Format format = output.chosen(commandLine, this.format);
        if (!input.paths.isEmpty()) {
            return CorpusRun.execute(commandLine, input, output, (out, knowledge, ansi) -> format.writer(Format.Report.ACTORS, out, ansi, knowledge.actors(),
                    CountryFilter.codes(commandLine, countries, knowledge.actors(), null), output.csvCells(), found), UnaryOperator.identity());
        }
        ActorKnowledgeBase kb = input.knowledgeBase(commandLine);
        Set<CountryCode> codes = CountryFilter.codes(commandLine, countries, kb, null);
        try (OutputTarget target = output.open(commandLine)) {
            try (ReportWriter writer = format.writer(Format.Report.ACTORS, target.writer(), output.ansi(commandLine), kb, codes, output.csvCells(), false)) {
                writer.finish(new RunSummary(List.of(), 0, 0, 0));
            }
            target.commit();
        }
        return ExitCode.OK;
    }
}
