package org.reactions.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.Label;
import org.reactions.stance.LabeledStatement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reactions statements}: every statement of a corpus, filtered. */
@Command(name = "statements",
        description = "Lists every statement found, with its speaker, country, labels and confidence.",
        footerHeading = "%nExamples:%n", footer = {
            "  reactions statements corpus/ --country IR --label grievance",
            "  reactions statements corpus/ --speaker lavrov --format jsonl | jq .quote"})
public final class StatementsCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions.WithPaths input;

    @Mixin
    OutputOptions output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "List format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--country", split = ",", paramLabel = "CODE", completionCandidates = CompletionValues.CountryCodes.class,
            description = "Only statements for these countries (each must be among --countries).")
    List<String> countries = new ArrayList<>();

    @Option(names = "--label", split = ",", paramLabel = "LABEL", completionCandidates = LabelOption.class,
            description = "Only statements with one of these labels (any case): ${COMPLETION-CANDIDATES}.")
    List<String> labels = new ArrayList<>();

    @Option(names = "--speaker", paramLabel = "TEXT", description = "Only statements whose speaker's name contains TEXT (any case).")
    String speaker;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0", description = "Only statements with a confidence of at least X.")
    double minConfidence;

    @Override
    public Integer call() throws IOException {
        CommandLine commandLine = spec.commandLine();
        if (minConfidence < 0 || minConfidence > 1) {
            throw new CommandLine.ParameterException(commandLine, "--min-confidence must be between 0 and 1");
        }
        Format format = output.chosen(commandLine, this.format);
        String name = speaker == null ? null : speaker.toLowerCase(Locale.ROOT);
        Set<CountryCode> codes = new HashSet<>(); // checked against the knowledge once it is loaded
        Set<Label> chosen = new HashSet<>();
        return CorpusRun.execute(commandLine, input, output, (out, knowledge, ansi) -> {
            codes.addAll(CountryFilter.codes(commandLine, countries, knowledge.actors(), input.countries));
            chosen.addAll(LabelOption.labels(commandLine, labels, knowledge.labels()));
            return format.writer(Format.Report.STATEMENTS, out, ansi, knowledge.actors(), codes, output.csvCells(), false);
        }, result -> result.withStatements(result.statements().stream().filter(s -> keeps(s, codes, chosen, name)).toList()));
    }

    private boolean keeps(LabeledStatement s, Set<CountryCode> codes, Set<Label> chosen, String name) {
        return (codes.isEmpty() || codes.contains(s.country()))
                && (chosen.isEmpty() || chosen.stream().anyMatch(s.labels()::contains))
                && (name == null || s.statement().speaker().name().toLowerCase(Locale.ROOT).contains(name))
                && s.statement().confidence() >= minConfidence;
    }
}
