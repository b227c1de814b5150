package org.reactions.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reactions.pipeline.DocumentResult;
import org.reactions.stance.Label;
import org.reactions.stance.LabeledStatement;
import org.reactions.statements.Statement;
import org.reactions.statements.TextSpan;
import org.reactions.summary.CountrySummary;
import org.reactions.summary.Highlight;
import org.reactions.summary.RunSummary;
import org.reactions.summary.SpeakerCount;

/**
 * A self-contained HTML report (no script, no font, no request to any network): per country its stance, a bar
 * chart of its label counts, its speakers, and every statement with its quoted words highlighted in its sentence and
 * a link to the document it comes from. Statements are spooled per country as they come.
 */
public final class HtmlReportWriter implements ReportWriter {
    private static final String STYLE = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:62rem;padding:0 1rem;color:#1d2330}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.4rem;border-bottom:2px solid #d8dde8;padding-bottom:.3rem}
            table{border-collapse:collapse;margin:.6rem 0}td,th{padding:.25rem .7rem;border-bottom:1px solid #e4e7ee;text-align:left}
            td.n,th.n{text-align:right}.stance{font-size:1.05rem;color:#24509a}
            .chart{margin:.8rem 0 1rem;max-width:40rem}.chart-title{font-size:.85rem;color:#4a5266;margin:.8rem 0 .2rem}.bar-row{display:flex;align-items:center;margin:.15rem 0}
            .bar-label{width:11rem;font-size:.8rem;color:#4a5266}.bar-track{flex:1;background:#eef1f6;height:1rem}
            .bar{display:block;height:1rem;background:#3d6fc4}.bar-count{width:2.5rem;text-align:right;font-size:.85rem}
            ol.statements{padding-left:1.2rem}li.statement{margin:.9rem 0}.meta{font-size:.85rem;color:#4a5266}
            .label{display:inline-block;font-size:.7rem;padding:.05rem .35rem;margin-right:.2rem;border-radius:.2rem;background:#e3e9f5}
            blockquote{margin:.3rem 0;padding:.3rem .8rem;border-left:3px solid #c9d3e6;background:#fafbfd}
            mark{background:#ffe58f;padding:0 .1rem}.provenance{font-size:.8rem;color:#59627a}.muted{color:#59627a}
            svg{max-width:100%;height:auto}li,blockquote,p{overflow-wrap:break-word}table{display:block;max-width:100%;overflow-x:auto}
            @media (max-width:40rem){body{margin:1rem auto;padding:0 .6rem}.bar-label{width:7rem}td,th{padding:.2rem .35rem}}
            @media print{body{max-width:none;margin:0}h2{break-after:avoid}li.statement{break-inside:avoid}}
            """;

    private final Writer out;
    private final Path linkBase;
    /** what a browser reads as a URL's scheme: letters, digits, "+", "-" or "." before the first ":" */
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");
    private final Map<String, Spool> perCountry = new LinkedHashMap<>();

    /**
     * @param out      where the page goes
     * @param linkBase the directory the page will be in, for relative links to documents; null for links as given
     */
    public HtmlReportWriter(Writer out, Path linkBase) {
        this.out = out;
        this.linkBase = linkBase;
    }

    @Override
    public void document(DocumentResult result) throws IOException {
        for (LabeledStatement s : result.statements()) {
            Spool spool = perCountry.get(s.country());
            if (spool == null) {
                spool = new Spool("html-" + s.country());
                perCountry.put(s.country(), spool);
            }
            spool.add(statement(s, result.path()).replace('\n', ' '));
        }
    }

    private String statement(LabeledStatement labeled, String path) {
        Statement s = labeled.statement();
        StringBuilder b = new StringBuilder();
        b.append("<li class=\"statement\" id=\"").append(anchor(s.id())).append("\"><div class=\"meta\"><b>")
                .append(escape(s.speaker().name())).append("</b>");
        if (s.speaker().role() != null) {
            b.append(" (").append(escape(s.speaker().role())).append(')');
        }
        b.append(" \u00B7 ");
        for (Label label : labeled.labels()) {
            b.append("<span class=\"label\">").append(label.name()).append("</span>");
        }
        b.append(" \u00B7 ").append(s.mode().label()).append(", \u2018").append(escape(s.cue())).append("\u2019, confidence ")
                .append(s.confidence()).append(escape(StatementListWriter.voice(s).replace("  ", ", "))).append("</div><blockquote>").append(highlighted(s)).append("</blockquote>")
                .append("<div class=\"provenance\">").append(link(path, s.documentId())).append(", sentence ").append(s.sentence() + 1)
                .append(", characters ").append(s.startCodePoint()).append('\u2013').append(s.endCodePoint()).append(" \u00B7 <code>")
                .append(escape(s.id())).append("</code></div></li>");
        return b.toString();
    }

    /** The statement's text with its quoted words in {@code <mark>}. */
    private static String highlighted(Statement s) {
        String text = s.text();
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (TextSpan span : s.quotesInText()) {
            int from = span.start();
            int to = span.end();
            if (from < at) {
                continue;
            }
            b.append(escape(text.substring(at, from))).append("<mark>").append(escape(text.substring(from, to))).append("</mark>");
            at = to;
        }
        return b.append(escape(text.substring(at))).toString();
    }

    private String link(String path, String documentId) {
        if (path == null || path.equals("-")) {
            return escape(documentId) + " (standard input)";
        }
        String href;
        if (linkBase != null) {
            href = linkBase.toAbsolutePath().normalize().relativize(Path.of(path).toAbsolutePath().normalize()).toString();
        } else {
            href = path;
        }
        href = href.replace('\\', '/').replace("%", "%25").replace(" ", "%20").replace("#", "%23");
        return "<a href=\"" + escape(relativeLink(href)) + "\">" + escape(documentId) + "</a>";
    }

    /**
     * A file's link that no browser reads as a scheme: a document named "javascript:alert(1).txt" would otherwise be
     * a script link, one clicked away; "./" before it keeps it a relative path.
     */
    static String relativeLink(String path) {
        StringBuilder b = new StringBuilder(path.length());
        for (char c : path.toCharArray()) { // browsers drop tabs and line breaks inside a link: "java\tscript:" is a scheme to them
            if (c < 0x20 || c == 0x7f) {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            } else {
                b.append(c);
            }
        }
        String encoded = b.toString();
        return SCHEME.matcher(encoded).lookingAt() ? "./" + encoded : encoded;
    }

    @Override
    public void finish(RunSummary summary) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                // nothing but the page's own style: no script, no request to the network, whatever the documents hold
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<title>Reactions by country</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>Reactions by country</h1>\n<p class=\"muted\">")
                .append(summary.documents() - summary.failedDocuments()).append(" documents analysed, ")
                .append(summary.failedDocuments()).append(" could not be read; ").append(summary.statements())
                .append(" statements.</p>\n<table id=\"overview\"><tr><th>country</th><th class=\"n\">statements</th>")
                .append("<th class=\"n\">documents</th><th>stance</th></tr>\n");
        for (CountrySummary c : summary.countries()) {
            b.append("<tr><td><a href=\"#country-").append(c.code()).append("\">").append(escape(c.name())).append(" (")
                    .append(c.code()).append(")</a></td><td class=\"n\">").append(c.statements()).append("</td><td class=\"n\">")
                    .append(c.documents()).append("</td><td>").append(escape(c.stance())).append("</td></tr>\n");
        }
        b.append("</table>\n");
        out.write(b.toString());
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
            out.write("<h3>Statements</h3>\n<ol class=\"statements\">\n");
            spool.forEach(line -> {
                out.write(line);
                out.write('\n');
            });
            out.write("</ol>\n</section>\n");
        }
        out.write("</body>\n</html>\n");
        out.flush();
    }

    /** A country's section; its label chart is drawn on {@code scale}, the largest count of any country, so charts compare. */
    private static String country(CountrySummary c, int scale) {
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"country\" id=\"country-").append(c.code()).append("\">\n<h2>").append(escape(c.name()))
                .append(" (").append(c.code()).append(")</h2>\n<p class=\"stance\">").append(escape(c.stance())).append("</p>\n<p>")
                .append(c.statements()).append(" statements in ").append(c.documents()).append(" documents.</p>\n");
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
