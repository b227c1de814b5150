package org.reactions.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.reactions.corpus.CorpusListing;
import org.reactions.entities.ActorKnowledgeBase;
import org.reactions.entities.Country;
import org.reactions.knowledge.KnowledgeException;
import org.reactions.nlp.NlpModels;
import org.reactions.pipeline.AnalysisSettings;
import org.reactions.pipeline.Analyzer;
import org.reactions.render.OutputTarget;
import org.reactions.render.ReportWriter;
import org.reactions.render.RunSummary;
import org.reactions.summary.StancePhrases;
import org.reactions.summary.SummaryAccumulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reactions summarize}: the per-country stance summary of a corpus. */
@Command(name = "summarize", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Finds what officials of each country said about the crisis and summarises each country's stance.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:every document was analysed",
            "1:some documents could not be read (the rest were analysed; each failure is named on stderr and in the report)",
            "2:usage error (bad option or value, unknown country, unreadable --actors file)",
            "3:nothing readable to analyse"})
public final class SummarizeCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-",
            description = "Write the report to FILE, atomically (default: - for standard output).")
    String output;

    @Option(names = {"-q", "--quiet"}, description = "Do not report unreadable documents on standard error (the report still names them).")
    boolean quiet;

    /** Names unreadable documents and warnings on stderr, unless --quiet. */
    private void report(org.reactions.pipeline.DocumentResult result, java.io.PrintWriter err) {
        if (quiet) {
            return;
        }
        if (result.failed()) {
            err.println("reactions: " + result.path() + ": " + result.error());
        }
        for (String warning : result.warnings()) {
            err.println("reactions: " + result.path() + ": warning: " + warning);
        }
    }

    @Override
    public Integer call() throws IOException {
        CommandLine commandLine = spec.commandLine();
        NlpModels models = NlpModels.fromClasspath(); // loads in the background while the rest is set up
        ActorKnowledgeBase kb = input.knowledgeBase(commandLine);
        AnalysisSettings settings = input.settings(commandLine, kb);
        CorpusListing listing = CorpusListing.of(input.paths);
        var err = commandLine.getErr();
        for (String problem : listing.problems()) {
            err.println("reactions: " + problem);
        }
        if (listing.documents().isEmpty()) {
            err.println("reactions: nothing to analyse");
            return ExitCode.NOTHING_READABLE;
        }
        StancePhrases phrases = StancePhrases.bundled();
        OutputTarget target;
        try {
            target = OutputTarget.open(output, Main.stdout(commandLine));
        } catch (IOException e) {
            throw new CommandLine.ParameterException(commandLine, "--output: cannot write " + output + ": " + e.getMessage());
        }
        Analyzer analyzer;
        try {
            analyzer = new Analyzer(settings, kb, models);
        } catch (KnowledgeException e) {
            target.close();
            throw new CommandLine.ParameterException(commandLine, "--stance-cues: " + e.getMessage());
        }
        SummaryAccumulator summary = new SummaryAccumulator(settings.countries());
        try (target) {
            try (ReportWriter writer = format.writer(target.writer())) {
                IOException[] failure = new IOException[1];
                analyzer.analyzeAll(listing.documents(), Main.stdin(commandLine), result -> {
                    if (failure[0] != null) {
                        return;
                    }
                    report(result, err);
                    summary.add(result.index(), result.failed(), result.statements());
                    try {
                        writer.document(result);
                    } catch (IOException e) {
                        failure[0] = e;
                    }
                });
                if (failure[0] != null) {
                    throw failure[0];
                }
                writer.finish(new RunSummary(summary.summarize(code -> kb.country(code).map(Country::name).orElse(code), phrases),
                        summary.documents(), summary.failedDocuments(), summary.statements()));
            }
            target.commit();
        }
        if (summary.failedDocuments() == summary.documents()) {
            err.println("reactions: no document could be read");
            return ExitCode.NOTHING_READABLE;
        }
        return summary.failedDocuments() > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    }
}
