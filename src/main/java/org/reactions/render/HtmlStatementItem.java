package org.reactions.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reactions.corpus.DocumentMetadata;
import org.reactions.summary.DocumentResult;
import org.reactions.stance.Label;
import org.reactions.stance.LabeledStatement;
import org.reactions.statements.Statement;
import org.reactions.statements.TextSpan;

/**
 * One statement of the HTML report, as a list item: who, labels, the sentence with its quoted words marked, and
 * where it comes from (outlet, title linked to the article's URL or to the local file, date, place in the text). Its
 * data attributes are what the report's filters read.
 */
final class HtmlStatementItem {
    /** what a browser reads as a URL's scheme: letters, digits, "+", "-" or "." before the first ":" */
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    private final Path linkBase;

    /** @param linkBase the directory the page will be in, for relative links to files; null for links as given */
    HtmlStatementItem(Path linkBase) {
        this.linkBase = linkBase;
    }

    /**
     * @param source the document's source line, {@link #source} (the same for all its statements: its file is looked
     *               up once)
     */
    String html(LabeledStatement labeled, DocumentResult document, String source) {
        Statement s = labeled.statement();
        String labels = labeled.labels().stream().map(Label::name).collect(Collectors.joining(" "));
        StringBuilder b = new StringBuilder();
        b.append("<li class=\"statement\" id=\"").append(HtmlReportWriter.anchor(s.id())).append("\" data-country=\"")
                .append(HtmlReportWriter.escape(labeled.country().value())).append("\" data-labels=\"").append(labels)
                .append("\" data-voice=\"").append(s.voice().label()).append("\" data-speaker=\"").append(HtmlReportWriter.escape(s.speaker().name()))
                .append("\" data-date=\"")
                .append(document.date() == null ? "" : document.date().toString()).append("\"><div class=\"meta\"><b>")
                .append(HtmlReportWriter.escape(s.speaker().name())).append("</b>");
        if (s.speaker().role() != null) {
            b.append(" (").append(HtmlReportWriter.escape(s.speaker().role())).append(')');
        }
        b.append(" \u00B7 ");
        for (Label label : labeled.labels()) {
            b.append("<span class=\"label\">").append(label.name()).append("</span>");
        }
        b.append(" \u00B7 ").append(s.mode().label()).append(", \u2018").append(HtmlReportWriter.escape(s.cue().word())).append("\u2019, confidence ")
                .append(s.confidence()).append(HtmlReportWriter.escape(StatementListWriter.voice(s).replace("  ", ", ")))
                .append("</div><blockquote>").append(highlighted(s)).append("</blockquote><div class=\"provenance\">")
                .append(source).append(" \u00B7 sentence ").append(s.sentence() + 1).append(", characters ")
                .append(s.startCodePoint()).append('\u2013').append(s.endCodePoint()).append(" \u00B7 <code>")
                .append(HtmlReportWriter.escape(s.id())).append("</code></div></li>");
        return b.toString().replace('\n', ' ');
    }

    /** The statement's text with its quoted words in {@code <mark>}. */
    private static String highlighted(Statement s) {
        String text = s.text();
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (TextSpan span : s.quotesInText()) {
            if (span.start() < at) {
                continue;
            }
            b.append(HtmlReportWriter.escape(text.substring(at, span.start()))).append("<mark>")
                    .append(HtmlReportWriter.escape(text.substring(span.start(), span.end()))).append("</mark>");
            at = span.end();
        }
        return b.append(HtmlReportWriter.escape(text.substring(at))).toString();
    }

    /** Outlet, the title (or document id) linked to the article on the web or to the local file, and the date. */
    String source(DocumentResult document) {
        DocumentMetadata about = document.metadata();
        StringBuilder b = new StringBuilder();
        if (about.outlet() != null) {
            b.append(HtmlReportWriter.escape(about.outlet())).append(" \u00B7 ");
        }
        String name = HtmlReportWriter.escape(about.title() != null ? about.title() : document.id());
        String href = webLink(about.url());
        if (href == null) {
            href = fileLink(document.path());
        }
        if (href != null) {
            b.append("<a href=\"").append(HtmlReportWriter.escape(href)).append("\">").append(name).append("</a>");
        } else if (document.path() == null || document.path().equals("-")) {
            b.append(name).append(" (standard input)");
        } else { // an article of a feed: "feed.jsonl:3" is no address a browser can open
            b.append(name).append(" (").append(HtmlReportWriter.escape(document.path())).append(')');
        }
        if (document.date() != null) {
            b.append(" \u00B7 ").append(document.date());
        }
        return b.toString();
    }

    /** The article's address when it is an http or https URL with a host; any other scheme is shown as text, never linked. */
    static String webLink(String url) {
        if (url == null) {
            return null;
        }
        StringBuilder encoded = new StringBuilder();
        for (char c : url.strip().toCharArray()) { // what a browser would escape before it follows the address
            if (c <= 0x20 || c == 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
            } else {
                encoded.append(c);
            }
        }
        try {
            URI uri = new URI(encoded.toString());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toASCIIString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A relative link to a document that is a file on this machine; null for standard input and a feed's articles. */
    private String fileLink(String path) {
        Path file;
        try {
            file = path == null || path.equals("-") ? null : Path.of(path);
        } catch (InvalidPathException e) {
            return null;
        }
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        String href = linkBase == null ? path
                : linkBase.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString();
        return relativeLink(href.replace('\\', '/').replace("%", "%25").replace(" ", "%20").replace("#", "%23").replace("?", "%3F"));
    }

    /**
     * A file's link that no browser reads as a scheme: a document named "javascript:alert(1).txt" would otherwise be
     * a script link, one click away; "./" before it keeps it a relative path.
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
}
