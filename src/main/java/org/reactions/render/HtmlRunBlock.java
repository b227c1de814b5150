package org.reactions.render;

import java.util.List;
import org.reactions.summary.RunSummary;

/**
 * The report's "About this run": the tool's version, when it ran, its inputs and command line, and each document
 * that could not be read with the reason, so that a report read weeks later still says how it was made.
 */
final class HtmlRunBlock {
    /** A document that could not be read, and why. */
    record Failure(String path, String reason) {
    }

    private HtmlRunBlock() {
    }

    /**
     * @param failures the failed documents kept (at most a bounded number)
     * @param failed   how many failed in all
     */
    static String html(RunRecord run, RunSummary summary, List<Failure> failures, int failed) {
        StringBuilder b = new StringBuilder("<details class=\"run\" id=\"run\"").append(failed > 0 ? " open" : "").append(">\n")
                .append("<summary>About this run</summary>\n<dl>");
        if (run != null) {
            b.append("<dt>tool</dt><dd>").append(HtmlReportWriter.escape(run.tool())).append("</dd><dt>run at</dt><dd><time>")
                    .append(run.time()).append("</time></dd><dt>inputs</dt><dd>")
                    .append(run.inputs().isEmpty() ? "standard input" : HtmlReportWriter.escape(String.join(", ", run.inputs())))
                    .append("</dd><dt>command</dt><dd><code>reactions");
            for (String argument : run.arguments()) {
                b.append(' ').append(HtmlReportWriter.escape(quoted(argument)));
            }
            b.append("</code></dd>");
        }
        b.append("<dt>documents</dt><dd>").append(summary.documents()).append(" (").append(summary.failedDocuments())
                .append(" could not be read)</dd></dl>\n");
        if (failed > 0) {
            b.append("<p>Documents that could not be read:</p>\n<ul class=\"failures\">\n");
            for (Failure f : failures) {
                b.append("<li><code>").append(HtmlReportWriter.escape(f.path())).append("</code>: ").append(HtmlReportWriter.escape(f.reason()))
                        .append("</li>\n");
            }
            if (failed > failures.size()) {
                b.append("<li>and ").append(failed - failures.size()).append(" more (the run's standard error names each)</li>\n");
            }
            b.append("</ul>\n");
        }
        return b.append("</details>\n").toString();
    }

    /** An argument as a shell would need it typed: in single quotes when it holds anything but plain characters. */
    static String quoted(String argument) {
        return argument.matches("[A-Za-z0-9_./:=,@%+-]+") ? argument : "'" + argument.replace("'", "'\\''") + "'";
    }
}
