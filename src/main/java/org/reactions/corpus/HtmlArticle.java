package org.reactions.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The article of a web page: its headline and body paragraphs, one a line with a blank line between them (the layout
 * of a text document, so that the headline reads as a headline), and its date, outlet and URL from the page's
 * metadata. Navigation, related stories, cookie notices, comments, sharing blocks and footers are dropped: by their
 * elements ({@code nav}, {@code aside}, {@code footer} ...), by the words of their class or id
 * ({@code reactions/html/boilerplate.tsv}), by link density, and by teaser openings ("Related: ..."). The body is the
 * page's {@code articleBody}, else the element holding the most paragraph text (a readability-style score).
 *
 * @param text     the extracted text; every offset of a statement points into it
 * @param date     the publication date, or null
 * @param metadata title, outlet and URL
 * @param warnings problems that did not stop the extraction (a date that does not parse, no paragraphs found)
 */
public record HtmlArticle(String text, LocalDate date, DocumentMetadata metadata, List<String> warnings) {
    private static final String DROPPED_ELEMENTS = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, select, figure, dialog, [hidden], [aria-hidden=true], "
            + "[role~=^(navigation|banner|contentinfo|complementary|dialog|alertdialog|search)$]";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li:not(:has(p)), blockquote:not(:has(p)), pre, dd";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** a paragraph whose text is mostly link text points elsewhere */
    private static final double MAX_LINK_SHARE = 0.5;

    public HtmlArticle {
        warnings = List.copyOf(warnings);
    }

    /** Extracts the article of a page, leaving out what the boilerplate words mark. */
    public static HtmlArticle extract(String html, HtmlBoilerplate boilerplate) {
        Document page = Jsoup.parse(html);
        List<String> warnings = new ArrayList<>();
        List<JsonNode> linkedData = linkedData(page);
        LocalDate date = date(page, linkedData, warnings);
        String url = firstNonBlank(page.select("link[rel=canonical]").attr("href"), meta(page, "og:url"));
        String outlet = firstNonBlank(meta(page, "og:site_name"), linkedDataValue(linkedData, "publisher", "name"), host(url));
        String title = firstNonBlank(text(page.selectFirst("h1")), meta(page, "og:title"), page.title());
        Element body = articleBody(page, boilerplate);
        List<String> paragraphs = new ArrayList<>();
        if (title != null) {
            paragraphs.add(title);
        }
        if (body != null) {
            for (Element block : body.select(BLOCKS)) {
                String text = block.text().strip();
                if (!text.isEmpty() && !text.equals(title) && !boilerplate.isTeaser(text) && linkShare(block, text) <= MAX_LINK_SHARE) {
                    paragraphs.add(text);
                }
            }
            if (paragraphs.size() == (title == null ? 0 : 1)) { // no paragraph markup: text straight in divs, lines cut by <br>
                List<String> runs = new ArrayList<>();
                looseText(body, runs);
                runs.stream().filter(run -> !run.equals(title) && !boilerplate.isTeaser(run)).forEach(paragraphs::add);
            }
        }
        if (paragraphs.size() <= 1) {
            warnings.add("no article paragraphs found in the page");
        }
        return new HtmlArticle(String.join("\n\n", paragraphs), date, new DocumentMetadata(title, outlet, url), warnings);
    }

    /** The element that holds the article's paragraphs, after boilerplate is removed, or null for an empty page. */
    private static Element articleBody(Document page, HtmlBoilerplate boilerplate) {
        Set<Element> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element article : page.select("article, [itemprop=articleBody], main")) {
            keep.addAll(article.parents());
            keep.add(article);
        }
        page.select(DROPPED_ELEMENTS).forEach(e -> {
            if (!keep.contains(e)) {
                e.remove();
            }
        });
        for (Element e : page.body().select("[class], [id]")) {
            if (!keep.contains(e) && e.parent() != null && boilerplate.marksBoilerplate(e.className() + " " + e.id())) {
                e.remove();
            }
        }
        Element declared = page.selectFirst("[itemprop=articleBody]");
        return declared != null ? declared : mostParagraphText(page);
    }

    /** Each paragraph adds its length to its parent's score and half of it to its grandparent's. */
    private static Element mostParagraphText(Document page) {
        Map<Element, Integer> scores = new IdentityHashMap<>();
        for (Element p : page.body().select("p, pre")) {
            int length = p.text().length();
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, length, Integer::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), length / 2, Integer::sum);
                }
            }
        }
        Element best = page.body();
        int bestScore = 0;
        for (Element e : page.body().getAllElements()) { // document order, so that ties go to the first
            int score = scores.getOrDefault(e, 0);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** The runs of text of an element and its block descendants, cut at line breaks and block boundaries. */
    private static void looseText(Element element, List<String> runs) {
        StringBuilder run = new StringBuilder();
        StringBuilder linked = new StringBuilder(); // the run's words inside links
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                run.append(text.text());
            } else if (child instanceof Element inner) {
                if (inner.normalName().equals("br") || inner.isBlock()) {
                    endRun(run, linked, runs);
                    looseText(inner, runs);
                } else {
                    run.append(inner.text());
                    linked.append(inner.normalName().equals("a") ? inner.text() : String.join(" ", inner.select("a").eachText()));
                }
            }
        }
        endRun(run, linked, runs);
    }

    /** Ends a run of loose text; a run made mostly of links is navigation, as a paragraph of them is. */
    private static void endRun(StringBuilder run, StringBuilder linked, List<String> runs) {
        String text = run.toString().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty() && (double) linked.toString().strip().length() / text.length() <= MAX_LINK_SHARE) {
            runs.add(text);
        }
        run.setLength(0);
        linked.setLength(0);
    }

    private static double linkShare(Element block, String text) {
        int linked = 0;
        for (Element a : block.select("a")) {
            linked += a.text().length();
        }
        return (double) linked / text.length();
    }

    private static LocalDate date(Document page, List<JsonNode> linkedData, List<String> warnings) {
        String published = meta(page, "article:published_time");
        if (published != null) {
            return DocumentDates.parse(published, "article:published_time", warnings);
        }
        String declared = linkedDataValue(linkedData, "datePublished", null);
        if (declared != null) {
            return DocumentDates.parse(declared, "JSON-LD datePublished", warnings);
        }
        Element time = page.selectFirst("article time[datetime], time[datetime]");
        return time == null ? null : DocumentDates.parse(time.attr("datetime"), "<time datetime>", warnings);
    }

    /** The JSON-LD objects of the page, a {@code @graph}'s members included; a block that does not parse is ignored. */
    private static List<JsonNode> linkedData(Document page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data());
                for (JsonNode node : root.isArray() ? root : List.of(root)) {
                    nodes.add(node);
                    node.path("@graph").forEach(nodes::add);
                }
            } catch (IOException e) {
                // a page's broken structured data is no reason to lose its article
            }
        }
        return nodes;
    }

    private static String linkedDataValue(List<JsonNode> nodes, String field, String subfield) {
        for (JsonNode node : nodes) {
            JsonNode value = subfield == null ? node.path(field) : node.path(field).path(subfield);
            if (value.isTextual() && !value.asText().isBlank()) {
                return value.asText().strip();
            }
        }
        return null;
    }

    private static String meta(Document page, String property) {
        Elements found = page.select("meta[property=" + property + "], meta[name=" + property + "]");
        return firstNonBlank(found.attr("content"));
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = new URI(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String text(Element element) {
        return element == null ? null : element.text();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
