package org.reactions.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reactions.render.CsvReportWriter;
import org.reactions.render.StatementListWriter;
import org.reactions.stance.Label;
import org.reactions.stance.LabeledStatement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reactions statements}: every statement of a corpus, filtered. */
@Command(name = "statements", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Lists every statement found, with its speaker, country, labels and confidence.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            ExitCode.OK_HELP, ExitCode.SOME_FAILED_HELP,
            ExitCode.USAGE_HELP, ExitCode.NOTHING_READABLE_HELP})
public final class StatementsCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "List format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--country", split = ",", paramLabel = "CODE", description = "Only statements for these countries.")
    List<String> countries = new ArrayList<>();

    @Option(names = "--label", split = ",", paramLabel = "LABEL", converter = LabelOption.class, completionCandidates = LabelOption.class,
            description = "Only statements with one of these labels: ${COMPLETION-CANDIDATES}.")
    List<Label> labels = new ArrayList<>();

    @Option(names = "--speaker", paramLabel = "TEXT", description = "Only statements whose speaker's name contains TEXT (any case).")
    String speaker;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0", description = "Only statements with a confidence of at least X.")
    double minConfidence;

    @Override
    public Integer call() throws IOException {
        if (minConfidence < 0 || minConfidence > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min-confidence must be between 0 and 1");
        }
        List<String> codes = countries.stream().map(InputOptions::countryCode).toList();
        String name = speaker == null ? null : speaker.toLowerCase(Locale.ROOT);
        return CorpusRun.execute(spec.commandLine(), input, output, (out, kb, colour) -> {
            for (String code : codes) {
                if (kb.country(code).isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--country: unknown country code '" + code + "'");
                }
            }
            return switch (format) {
                case csv -> new CsvReportWriter(out);
                case json -> new StatementListWriter(out, StatementListWriter.Style.JSON, colour);
                case jsonl -> new StatementListWriter(out, StatementListWriter.Style.JSONL, colour);
                case markdown -> new StatementListWriter(out, StatementListWriter.Style.MARKDOWN, colour);
                case text -> new StatementListWriter(out, StatementListWriter.Style.TEXT, colour);
            };
        }, result -> result.withStatements(result.statements().stream().filter(s -> keeps(s, codes, name)).toList()));
    }

    private boolean keeps(LabeledStatement s, List<String> codes, String name) {
        return (codes.isEmpty() || codes.contains(s.country()))
                && (labels.isEmpty() || labels.stream().anyMatch(s.labels()::contains))
                && (name == null || s.statement().speaker().name().toLowerCase(Locale.ROOT).contains(name))
                && s.statement().confidence() >= minConfidence;
    }
}
