package org.reactions.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.Label;
import org.reactions.stance.LabeledStatement;
import org.reactions.summary.CountrySummary;
import org.reactions.summary.DocumentResult;
import org.reactions.summary.Highlight;
import org.reactions.summary.RunSummary;
import org.reactions.summary.SpeakerCount;

/**
 * A self-contained HTML report (no font, no request to any network, one inline script allowed by its hash): how the
 * run was made, an overview that compares the countries, then per country its stance, a chart of its labels, its
 * timeline, its speakers, and every statement with its quoted words highlighted and its source. A form filters the
 * statements; without script it stays hidden and every statement shows. Statements are spooled per country as they come.
 */
public final class HtmlReportWriter implements ReportWriter {
    /** failed documents named in the report; the rest are counted (stderr names each) */
    private static final int FAILURES_SHOWN = 200;
    /**
     * statements per list: a browser lays out only the lists near the screen, so that a report of thousands of
     * statements opens and filters in well under a second (bench/report-filter.sh)
     */
    private static final int CHUNK = 100;

    private final Writer out;
    private final HtmlAssets assets = HtmlAssets.bundled();
    private final HtmlStatementItem items;
    private final RunRecord run;
    private final Map<CountryCode, Spool> perCountry = new LinkedHashMap<>();
    private final List<HtmlRunBlock.Failure> failures = new ArrayList<>();
    private int failed;

    /**
     * @param out      where the page goes
     * @param linkBase the directory the page will be in, for relative links to documents; null for links as given
     * @param run      how the run was made, for "About this run"; null to leave that out
     */
    public HtmlReportWriter(Writer out, Path linkBase, RunRecord run) {
        this.out = out;
        this.items = new HtmlStatementItem(linkBase);
        this.run = run;
    }

    @Override
    public void document(DocumentResult result) throws IOException {
        if (result.failed()) {
            failed++;
            if (failures.size() < FAILURES_SHOWN) {
                failures.add(new HtmlRunBlock.Failure(result.path(), result.error()));
            }
        }
        String source = result.statements().isEmpty() ? null : items.source(result);
        for (LabeledStatement s : result.statements()) {
            Spool spool = perCountry.get(s.country());
            if (spool == null) {
                spool = new Spool("html-" + s.country());
                perCountry.put(s.country(), spool);
            }
            spool.add(items.html(s, result, source));
        }
    }

    @Override
    public void finish(RunSummary summary) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                // the page's own style and script only, whatever the documents hold, and no request to the network
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + assets.policy() + "\">\n"
                + "<title>Reactions by country</title>\n<style>\n" + assets.style() + "</style>\n</head>\n<body>\n"
                + "<h1>Reactions by country</h1>\n<p class=\"muted\">" + (summary.documents() - summary.failedDocuments())
                + " documents analysed, " + (summary.failedDocuments() > 0 ? "<a href=\"#run\">" + summary.failedDocuments()
                + " could not be read</a>" : "0 could not be read") + "; " + summary.statements() + " statements.</p>\n");
        out.write(HtmlRunBlock.html(run, summary, failures, failed));
        out.write(HtmlOverview.html(summary));
        out.write(HtmlFilters.html(summary));
        int scale = summary.countries().stream().flatMap(c -> c.labels().values().stream()).mapToInt(Integer::intValue).max().orElse(0);
        TimelineChart.Scale days = TimelineChart.Scale.of(summary.countries());
        for (CountrySummary c : summary.countries()) {
            out.write(country(c, scale));
            out.write(TimelineChart.html(c, days));
            Spool spool = perCountry.get(c.code());
            if (spool == null) {
                out.write("<p class=\"muted\">No statements.</p>\n</section>\n");
                continue;
            }
            out.write("<h3>Statements</h3>\n");
            int[] written = {0};
            spool.forEach(line -> { // in lists of CHUNK, each laid out only when near the screen (content-visibility)
                if (written[0] % CHUNK == 0) {
                    out.write((written[0] == 0 ? "" : "</ol>\n") + "<ol class=\"statements\" start=\"" + (written[0] + 1) + "\">\n");
                }
                out.write(line);
                out.write('\n');
                written[0]++;
            });
            out.write("</ol>\n</section>\n");
        }
        out.write("<script>" + assets.script() + "</script>\n</body>\n</html>\n");
        out.flush();
    }

    /** A country's section; its label chart is drawn on {@code scale}, the largest count of any country, so charts compare. */
    private static String country(CountrySummary c, int scale) {
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"country\" id=\"country-").append(c.code()).append("\" data-country=\"").append(c.code()).append("\">\n<h2>")
                .append(escape(c.name())).append(" (").append(c.code()).append(")</h2>\n<p class=\"stance\">").append(escape(c.stance()))
                .append("</p>\n<p>").append(c.statements()).append(" statements in ").append(c.documents()).append(" documents.</p>\n");
        b.append("<div class=\"chart\" data-country=\"").append(c.code()).append("\" role=\"img\" aria-label=\"statements per stance label\">\n");
        for (Map.Entry<Label, Integer> e : c.labels().entrySet()) {
            int width = scale == 0 ? 0 : Math.round(100f * e.getValue() / scale);
            b.append("<div class=\"bar-row\" data-label=\"").append(e.getKey()).append("\"><span class=\"bar-label\">")
                    .append(e.getKey()).append("</span><span class=\"bar-track\"><span class=\"bar\" style=\"width:").append(width)
                    .append("%\"></span></span><span class=\"bar-count\">").append(e.getValue()).append("</span></div>\n");
        }
        b.append("</div>\n");
        if (!c.highlights().isEmpty()) {
            b.append("<ul class=\"highlights\">\n");
            for (Highlight h : c.highlights()) {
                b.append("<li>").append(escape(TextReportWriter.display(h))).append(" \u2014 ").append(escape(h.speaker()))
                        .append(" <a href=\"#").append(anchor(h.id())).append("\">").append(escape(h.id())).append("</a></li>\n");
            }
            b.append("</ul>\n");
        }
        List<SpeakerCount> speakers = c.speakers();
        if (!speakers.isEmpty()) {
            b.append("<table class=\"speakers\"><tr><th>speaker</th><th>role</th><th>type</th><th class=\"n\">statements</th></tr>\n");
            for (SpeakerCount s : speakers) {
                b.append("<tr><td>").append(escape(s.name())).append("</td><td>").append(s.role() == null ? "" : escape(s.role()))
                        .append("</td><td>").append(s.type()).append("</td><td class=\"n\">").append(s.statements()).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        return b.toString();
    }

    static String anchor(String statementId) {
        return "s-" + statementId.replaceAll("[^A-Za-z0-9_~.-]", "-");
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public void close() {
        perCountry.values().forEach(Spool::close);
    }
}
