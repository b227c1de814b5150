package org.reactions.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.UnaryOperator;
import org.reactions.corpus.CorpusListing;
import org.reactions.corpus.CorpusOptions;
import org.reactions.corpus.CorpusReader;
import org.reactions.corpus.DateRange;
import org.reactions.entities.ActorKnowledgeBase;
import org.reactions.knowledge.KnowledgeException;
import org.reactions.nlp.NlpModels;
import org.reactions.pipeline.AnalysisSettings;
import org.reactions.pipeline.AnalysisRun;
import org.reactions.pipeline.Analyzer;
import org.reactions.pipeline.ExitCode;
import org.reactions.pipeline.Knowledge;
import org.reactions.pipeline.RunMessages;
import org.reactions.pipeline.RunSummaries;
import org.reactions.render.Ansi;
import org.reactions.render.ReportWriter;
import org.reactions.summary.DocumentResult;
import picocli.CommandLine;

/**
 * What every command that reads a corpus does: set up from its options, run the library's {@link AnalysisRun} with
 * the command's report writer, show progress, and exit with the run's code.
 */
final class CorpusRun {
    private static final RunMessages SAY = new RunMessages("reactions");

    /** Opens the report writer of a command. */
    interface Writers {
        ReportWriter open(Writer out, Knowledge knowledge, Ansi ansi) throws IOException;
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
        Knowledge knowledge = input.knowledge(commandLine, kb, settings);
        CorpusListing listing = input.listing();
        CorpusOptions reading = input.corpusOptions(commandLine, settings, knowledge.boilerplate());
        DateRange dates = input.dates(commandLine);
        PrintWriter err = commandLine.getErr();
        for (String problem : listing.problems()) {
            err.println(SAY.line(problem));
        }
        if (listing.documents().isEmpty()) {
            err.println(SAY.line("nothing to analyse"));
            return ExitCode.NOTHING_READABLE;
        }
        OutputTarget target = output.open(commandLine);
        Analyzer analyzer;
        try {
            analyzer = new Analyzer(settings, knowledge, models);
        } catch (KnowledgeException e) {
            target.close();
            throw new CommandLine.ParameterException(commandLine, e.getMessage()); // a --stance-model that cannot be used
        }
        // a feed's articles are only counted as they are read: no bar then
        Progress progress = new Progress(err, listing.hasFeeds() ? 0 : listing.documents().size(), output.quiet);
        AnalysisRun.Outcome outcome;
        try (target; CorpusReader documents = new CorpusReader(listing.documents(), reading, Main.stdin(commandLine))) {
            try (ReportWriter writer = writers.open(target.writer(), knowledge, output.ansi(commandLine))) {
                outcome = new AnalysisRun(analyzer, input.countReports()).run(documents, dates, result -> {
                    tell(result, progress, output.quiet);
                    writer.document(filter.apply(result));
                });
                progress.finish();
                writer.finish(RunSummaries.of(outcome.counts(), knowledge));
            }
            target.commit();
        }
        return outcome.exitCode(message -> err.println(SAY.line(message)));
    }

    /** Names an unreadable document and warnings on stderr, unless --quiet. */
    private static void tell(DocumentResult result, Progress progress, boolean quiet) {
        if (!quiet) {
            RunMessages.of(result).forEach(message -> progress.message(SAY.line(message)));
        }
        progress.advance();
    }
}
