package org.reactions.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.reactions.corpus.CorpusListing;
import org.reactions.corpus.CorpusOptions;
import org.reactions.corpus.CorpusReader;
import org.reactions.corpus.DateRange;
import org.reactions.entities.ActorKnowledgeBase;
import org.reactions.knowledge.KnowledgeException;
import org.reactions.nlp.NlpModels;
import org.reactions.pipeline.AnalysisSettings;
import org.reactions.pipeline.Analyzer;
import org.reactions.pipeline.ExitCode;
import org.reactions.pipeline.RunSummaries;
import org.reactions.render.Ansi;
import org.reactions.render.ReportWriter;
import org.reactions.summary.ClaimIndex;
import org.reactions.summary.DocumentResult;
import org.reactions.summary.SummaryAccumulator;
import picocli.CommandLine;

/**
 * What every command that reads a corpus does: set up, analyse the documents in parallel, hand them in order to
 * a report writer, and choose the exit code.
 */
final class CorpusRun {
    /** Opens the report writer of a command. */
    interface Writers {
        ReportWriter open(Writer out, ActorKnowledgeBase kb, Ansi ansi) throws IOException;
    }

    private CorpusRun() {
    }

    /**
     * @param commandLine the command being run
     * @param input       what to analyse
     * @param output      where the report goes
     * @param writers     the command's report writer
     * @param filter      what of each document the report shows (statements a command filters out, say)
     */
    static int execute(CommandLine commandLine, InputOptions input, OutputOptions output, Writers writers,
                       UnaryOperator<DocumentResult> filter) throws IOException {
        NlpModels models = NlpModels.fromClasspath(); // loads in the background while the rest is set up
        ActorKnowledgeBase kb = input.knowledgeBase(commandLine);
        AnalysisSettings settings = input.settings(commandLine, kb);
        CorpusListing listing = input.listing();
        CorpusOptions reading = input.corpusOptions(commandLine, settings);
        DateRange dates = input.dates(commandLine);
        PrintWriter err = commandLine.getErr();
        for (String problem : listing.problems()) {
            err.println("reactions: " + problem);
        }
        if (listing.documents().isEmpty()) {
            err.println("reactions: nothing to analyse");
            return ExitCode.NOTHING_READABLE;
        }
        OutputTarget target = output.open(commandLine);
        Analyzer analyzer;
        try {
            analyzer = new Analyzer(settings, kb, models);
        } catch (KnowledgeException e) {
            target.close();
            throw new CommandLine.ParameterException(commandLine, e.getMessage()); // names the file at fault
        }
        SummaryAccumulator summary = new SummaryAccumulator(settings.countries(), input.countReports());
        ClaimIndex claims = new ClaimIndex(); // in input order, so that a claim's id is its first report's
        // a feed's articles are only counted as they are read: no bar then
        Progress progress = new Progress(err, listing.hasFeeds() ? 0 : listing.documents().size(), output.quiet);
        int outOfRange;
        try (target; CorpusReader documents = new CorpusReader(listing.documents(), reading, Main.stdin(commandLine))) {
            try (ReportWriter writer = writers.open(target.writer(), kb, output.ansi(commandLine))) {
                try {
                    outOfRange = analyzer.analyzeAll(documents, dates, result -> {
                        tell(result, progress, output.quiet);
                        List<ClaimIndex.Claimed> found = result.statements().stream().map(claims::claim).toList();
                        summary.add(result.index(), result.failed(), result.statements(), result.date(), found,
                                result.metadata().outlet());
                        try {
                            writer.document(filter.apply(claimed(result, found)));
                        } catch (IOException e) {
                            throw new WriteStopped(e);
                        }
                    });
                } catch (WriteStopped e) {
                    throw e.failure;
                }
                progress.finish();
                writer.finish(RunSummaries.of(summary, kb));
            }
            target.commit();
        }
        return exitCode(err, summary, outOfRange);
    }

    /** The exit code of a run that wrote its report: what was left out or could not be read is said on stderr. */
    private static int exitCode(PrintWriter err, SummaryAccumulator summary, int outOfRange) {
        if (outOfRange > 0) {
            err.println("reactions: " + outOfRange + (outOfRange == 1 ? " document" : " documents") + " dated outside --since/--until left out");
        }
        if (summary.documents() == 0 && outOfRange > 0) {
            err.println("reactions: no document dated within --since/--until");
            return ExitCode.NOTHING_READABLE;
        }
        if (summary.failedDocuments() == summary.documents()) {
            err.println("reactions: no document could be read");
            return ExitCode.NOTHING_READABLE;
        }
        return summary.failedDocuments() > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    }

    /** Stops the analysis when the report cannot be written (a full disk, a reader gone from the pipe): no one would see it. */
    private static final class WriteStopped extends RuntimeException {
        final IOException failure;

        WriteStopped(IOException failure) {
            super(failure);
            this.failure = failure;
        }
    }

    private static DocumentResult claimed(DocumentResult result, List<ClaimIndex.Claimed> claims) {
        Map<String, String> byStatement = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            byStatement.put(result.statements().get(i).id(), claims.get(i).claim());
        }
        return result.withClaims(byStatement);
    }

    /** Names an unreadable document and warnings on stderr, unless --quiet. */
    private static void tell(DocumentResult result, Progress progress, boolean quiet) {
        if (!quiet) {
            if (result.failed()) {
                progress.message("reactions: " + result.path() + ": " + result.error());
            }
            for (String warning : result.warnings()) {
                progress.message("reactions: " + result.path() + ": warning: " + warning);
            }
        }
        progress.advance();
    }
}
