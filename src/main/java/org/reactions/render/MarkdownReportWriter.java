package org.reactions.render;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reactions.stance.Label;
import org.reactions.summary.CountrySummary;
import org.reactions.summary.DocumentResult;
import org.reactions.summary.Highlight;
import org.reactions.summary.RunSummary;
import org.reactions.summary.SpeakerCount;

/** A Markdown report that pastes into an issue or a wiki: an overview table, then a section per country. */
public final class MarkdownReportWriter implements ReportWriter {
    private final PrintWriter out;
    private final List<String> failures = new ArrayList<>();

    public MarkdownReportWriter(Writer out) {
        this.out = new PrintWriter(out);
    }

    @Override
    public void document(DocumentResult result) {
        if (result.failed() && failures.size() < TextReportWriter.LISTED_FAILURES) {
            failures.add(result.path() + ": " + result.error());
        }
    }

    @Override
    public void finish(RunSummary summary) throws IOException {
        out.print("# Reactions by country\n\n");
        out.print("| country | statements | documents | stance |\n| --- | ---: | ---: | --- |\n");
        for (CountrySummary c : summary.countries()) {
            out.printf("| %s (%s) | %d | %d | %s |%n", cell(c.name()), c.code(), c.statements(), c.documents(), cell(c.stance()));
        }
        for (CountrySummary c : summary.countries()) {
            out.printf("%n## %s (%s)%n%n", c.name(), c.code());
            out.printf("%d statement%s in %d document%s. **Stance:** %s%n", c.statements(), TextReportWriter.plural(c.statements()),
                    c.documents(), TextReportWriter.plural(c.documents()), c.stance());
            if (c.statements() == 0) {
                continue;
            }
            out.print("\n| label | statements |\n| --- | ---: |\n");
            for (Map.Entry<Label, Integer> e : c.labels().entrySet()) {
                if (e.getValue() > 0) {
                    out.printf("| %s | %d |%n", e.getKey(), e.getValue());
                }
            }
            out.print("\n| speaker | role | type | statements |\n| --- | --- | --- | ---: |\n");
            for (SpeakerCount s : c.speakers()) {
                out.printf("| %s | %s | %s | %d |%n", cell(s.name()), s.role() == null ? "" : cell(s.role()), s.type(), s.statements());
            }
            out.print("\nStrongest statements:\n\n");
            for (Highlight h : c.highlights()) {
                out.printf("> %s \u2014 %s (`%s`)%n%n", TextReportWriter.display(h), h.speaker(), h.id());
            }
        }
        out.printf("%n_%d document%s analysed, %d could not be read; %d statement%s._%n",
                summary.documents() - summary.failedDocuments(), TextReportWriter.plural(summary.documents() - summary.failedDocuments()),
                summary.failedDocuments(), summary.statements(), TextReportWriter.plural(summary.statements()));
        for (String failure : failures) {
            out.println("- " + cell(failure));
        }
        out.flush();
    }

    /** A table cell: no line breaks, pipes escaped. */
    private static String cell(String text) {
        return text.replace("\r", " ").replace("\n", " ").replace("|", "\\|");
    }

    @Override
    public void close() {
        // finish() flushes; the output target closes the stream
    }
}
