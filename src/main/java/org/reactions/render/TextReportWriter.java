package org.reactions.render;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reactions.stance.Label;
import org.reactions.summary.CountrySummary;
import org.reactions.summary.DocumentResult;
import org.reactions.summary.Highlight;
import org.reactions.summary.RunSummary;
import org.reactions.summary.SpeakerCount;

/** The readable report: one block per country, then the documents that could not be read. */
public final class TextReportWriter implements ReportWriter {
    static final int QUOTE_WIDTH = 160;
    /** the least width of a quoted fragment shortened to share a highlight's width with others */
    private static final int MIN_FRAGMENT_WIDTH = 12;
    /** how many unreadable documents a report names before it says "and N more" */
    static final int LISTED_FAILURES = 50;

    private final PrintWriter out;
    private final Ansi ansi;
    private final List<String> failures = new ArrayList<>();

    public TextReportWriter(Writer out, Ansi ansi) {
        this.out = new PrintWriter(out);
        this.ansi = ansi;
    }

    @Override
    public void document(DocumentResult result) {
        if (result.failed() && failures.size() < LISTED_FAILURES) {
            failures.add(result.path() + ": " + result.error());
        }
    }

    /** Said only when they tell something: reprints found, or outlets known (web pages, feeds). */
    private static String claimsAndOutlets(CountrySummary c) {
        List<String> parts = new ArrayList<>();
        if (c.claims() < c.statements()) {
            parts.add(c.claims() + " distinct claim" + plural(c.claims()));
        }
        if (c.outlets() > 0) {
            parts.add("from " + c.outlets() + " outlet" + plural(c.outlets()));
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    @Override
    public void finish(RunSummary summary) throws IOException {
        for (CountrySummary c : summary.countries()) {
            out.printf("%s: %d statement%s in %d document%s%s%n", ansi.bold(c.name() + " (" + c.code() + ")"), c.statements(),
                    plural(c.statements()), c.documents(), plural(c.documents()), claimsAndOutlets(c));
            out.printf("  Stance:   %s%n", ansi.cyan(c.stance()));
            if (c.statements() > 0) {
                out.printf("  Labels:   %s%n", labels(c.labels()));
                out.printf("  Speakers: %s%n", c.speakers().stream().limit(8).map(TextReportWriter::speaker)
                        .collect(Collectors.joining("; ")) + (c.speakers().size() > 8 ? "; ..." : ""));
                out.println("  Strongest statements:");
                for (Highlight h : c.highlights()) {
                    out.printf("    %s \u2014 %s %s%n", display(h), h.speaker(), ansi.dim("[" + h.id() + "]"));
                }
            }
            out.println();
        }
        out.printf("%d document%s analysed, %d could not be read; %d statement%s.%n", summary.documents() - summary.failedDocuments(),
                plural(summary.documents() - summary.failedDocuments()), summary.failedDocuments(), summary.statements(),
                plural(summary.statements()));
        for (String failure : failures) {
            out.println("  " + failure);
        }
        if (summary.failedDocuments() > failures.size()) {
            out.printf("  ... and %d more%n", summary.failedDocuments() - failures.size());
        }
        out.flush();
    }

    private static String labels(Map<Label, Integer> labels) {
        return labels.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String speaker(SpeakerCount s) {
        return s.name() + (s.role() == null ? "" : " (" + s.role() + ")") + " \u00D7" + s.statements();
    }

    static String shorten(String words) {
        return shorten(words, QUOTE_WIDTH);
    }

    private static String shorten(String words, int width) {
        String flat = words.replaceAll("\\s+", " ").strip();
        return flat.length() <= width ? flat : flat.substring(0, width - 1).strip() + "\u2026";
    }

    /** A highlight's words as reports show them: quoted fragments each in quotation marks, reported speech without. */
    static String display(Highlight h) {
        if (!h.quoted()) {
            return shorten(h.fragments().get(0));
        }
        int each = Math.max(MIN_FRAGMENT_WIDTH, QUOTE_WIDTH / h.fragments().size());
        return h.fragments().stream().map(f -> "\u201C" + shorten(f, each) + "\u201D").collect(Collectors.joining(" \u2026 "));
    }

    static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    @Override
    public void close() {
        // finish() flushes; the output target closes the stream
    }
}
