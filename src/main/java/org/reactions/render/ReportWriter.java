package org.reactions.render;

import java.io.IOException;
import org.reactions.summary.DocumentResult;
import org.reactions.summary.RunSummary;

/**
 * Writes a report as a run goes: documents arrive in input order, then the summary. A writer keeps nothing that
 * grows with the corpus in memory; formats that need the summary first spool what they cannot write yet.
 */
public interface ReportWriter extends AutoCloseable {
    void document(DocumentResult result) throws IOException;

    void finish(RunSummary summary) throws IOException;

    @Override
    void close() throws IOException;
}
