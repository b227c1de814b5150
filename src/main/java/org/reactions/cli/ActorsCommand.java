package org.reactions.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.reactions.entities.ActorKnowledgeBase;
import org.reactions.render.ActorListWriter;
import org.reactions.render.OutputTarget;
import org.reactions.render.ReportWriter;
import org.reactions.render.RunSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reactions actors}: the knowledge base, and the actors a corpus names. */
@Command(name = "actors", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Lists the actors of the knowledge base (with --actors files) and, given PATHs, the actors those documents "
                + "name or introduce, with their countries and how often they are named.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:every document was analysed (or no PATH was given)",
            ExitCode.SOME_FAILED_HELP, ExitCode.USAGE_HELP, ExitCode.NOTHING_READABLE_HELP})
public final class ActorsCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "List format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--country", split = ",", paramLabel = "CODE", description = "Only actors of these countries.")
    List<String> countries = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        CommandLine commandLine = spec.commandLine();
        Set<String> codes = Set.copyOf(countries.stream().map(InputOptions::countryCode).toList());
        ActorListWriter.Style style = ActorListWriter.Style.valueOf(format.name().toUpperCase(Locale.ROOT));
        if (!input.paths.isEmpty()) {
            return CorpusRun.execute(commandLine, input, output,
                    (out, kb, colour) -> new ActorListWriter(out, style, colour, kb, codes), UnaryOperator.identity());
        }
        ActorKnowledgeBase kb = input.knowledgeBase(commandLine);
        try (OutputTarget target = OutputTarget.open(output.output, Main.stdout(commandLine))) {
            try (ReportWriter writer = new ActorListWriter(target.writer(), style, Terminal.colour(output.toStdout()), kb, codes)) {
                writer.finish(new RunSummary(List.of(), 0, 0, 0));
            }
            target.commit();
        }
        return ExitCode.OK;
    }
}
