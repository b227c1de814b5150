package org.reactions.pipeline;

import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.reactions.corpus.DateRange;
import org.reactions.corpus.PendingDocument;
import org.reactions.summary.ClaimIndex;
import org.reactions.summary.DocumentCounts;
import org.reactions.summary.DocumentResult;
import org.reactions.summary.SummaryAccumulator;

/**
 * One run of the analysis over a corpus, whichever front end starts it: the documents are analysed (on the
 * analyser's threads), their statements claimed in input order ({@link ClaimIndex}: a claim's id is its first
 * report's), counted for the summary and handed, in input order and with their claims, to a writer. The data flows
 * one way: analysis, claims, then the summary and the writer side by side.
 */
public final class AnalysisRun {
    /** Where each document goes once claimed, in input order. */
    public interface DocumentWriter {
        void document(DocumentResult claimed) throws IOException;
    }

    /**
     * What a run found.
     *
     * @param counts     the summary's counts (see {@link RunSummaries} for the report's summary)
     * @param outOfRange documents left out for their date
     */
    public record Outcome(SummaryAccumulator counts, int outOfRange) {
        /** The exit code of the run (see {@link ExitCode#of}), with what it says about it. */
        public int exitCode(Consumer<String> say) {
            return ExitCode.of(counts.documents(), counts.failedDocuments(), outOfRange, say);
        }
    }

    private final Analyzer analyzer;
    private final boolean countReports;

    /**
     * @param countReports whether stance labels count every report of a claim rather than each claim once
     */
    public AnalysisRun(Analyzer analyzer, boolean countReports) {
        this.analyzer = analyzer;
        this.countReports = countReports;
    }

    /**
     * Analyses the documents, leaving out those dated outside {@code dates}.
     *
     * @throws IOException when the writer fails: the run stops, since no one would see the rest
     */
    public Outcome run(Iterator<PendingDocument> documents, DateRange dates, DocumentWriter writer) throws IOException {
        SummaryAccumulator summary = new SummaryAccumulator(analyzer.settings().countries(), countReports);
        ClaimIndex claims = new ClaimIndex();
        int outOfRange;
        try {
            outOfRange = analyzer.analyzeAll(documents, dates, result -> {
                List<ClaimIndex.Claimed> found = result.statements().stream().map(claims::claim).toList();
                DocumentResult claimed = claimed(result, found);
                summary.add(DocumentCounts.of(claimed), found);
                try {
                    writer.document(claimed);
                } catch (IOException e) {
                    throw new WriteStopped(e);
                }
            });
        } catch (WriteStopped e) {
            throw e.failure;
        }
        return new Outcome(summary, outOfRange);
    }

    /** The document with the claim of each of its statements. */
    private static DocumentResult claimed(DocumentResult result, List<ClaimIndex.Claimed> claims) {
        Map<String, String> byStatement = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            byStatement.put(result.statements().get(i).id(), claims.get(i).claim());
        }
        return result.withClaims(byStatement);
    }

    /** Stops the analysis when the report cannot be written (a full disk, a reader gone from the pipe). */
    private static final class WriteStopped extends RuntimeException {
        final IOException failure;

        WriteStopped(IOException failure) {
            super(failure);
            this.failure = failure;
        }
    }
}
