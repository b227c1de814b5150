package org.reactions.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns one article of a feed (a JSON object) into a document, read by the worker that analyses it. */
final class FeedArticles {
    /** at most this many of an article's field names are listed when none holds its text */
    private static final int SHOWN_FIELDS = 12;

    private FeedArticles() {
    }

    /**
     * @param node       the article
     * @param fallbackId its id when it has none: the feed's id and the article's line
     * @param path       FILE:LINE, for messages
     */
    /** The field names of an article, for a message: the first few, in its order. */
    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            return "none";
        }
        return String.join(", ", names.subList(0, Math.min(names.size(), SHOWN_FIELDS))) + (names.size() > SHOWN_FIELDS ? ", ..." : "");
    }

    static PendingDocument of(JsonNode node, String fallbackId, String path, CorpusOptions options) {
        FeedFields fields = options.fields();
        if (!node.isObject()) {
            return PendingDocument.failing(fallbackId, path, "not a JSON object (a feed's article is {\"" + fields.text() + "\": ...})");
        }
        String given = scalar(node, fields.id());
        String id = given == null ? fallbackId : given;
        String text = string(node, fields.text());
        String html = string(node, fields.html());
        if (text == null && html == null) {
            return PendingDocument.failing(id, path, "no '" + fields.text() + "' or '" + fields.html()
                    + "' string with the article (its fields: " + fieldNames(node) + "; name yours with --field text=NAME)");
        }
        DocumentMetadata metadata = new DocumentMetadata(scalar(node, fields.title()), scalar(node, fields.source()),
                scalar(node, fields.url()));
        String date = scalar(node, fields.date());
        return new PendingDocument(id, path, () -> read(id, path, text, html, date, metadata, options));
    }

    private static SourceDocument read(String id, String path, String text, String html, String dateValue,
                                       DocumentMetadata metadata, CorpusOptions options) throws UnreadableDocumentException {
        FeedFields fields = options.fields();
        List<String> warnings = new ArrayList<>();
        LocalDate date = DocumentDates.parse(dateValue, "field '" + fields.date() + "'", warnings);
        if (text != null) {
            if (text.isBlank()) {
                throw new UnreadableDocumentException("empty document (no text to analyse)");
            }
            return new SourceDocument(id, path, text, date, 0, warnings, metadata);
        }
        SourceDocument page = DocumentReader.fromHtml(id, path, html, warnings, options.boilerplate());
        DocumentMetadata found = page.metadata();
        return new SourceDocument(id, path, page.text(), date != null || dateValue != null ? date : page.date(), 0, page.warnings(),
                new DocumentMetadata(first(metadata.title(), found.title()), first(metadata.outlet(), found.outlet()),
                        first(metadata.url(), found.url())));
    }

    /** A field's value as text (numbers too: ids often are), or null when it is missing, null or not a value. */
    private static String scalar(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }

    /** A field's value when it is a JSON string, else null: an article's text is never a number or an object. */
    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
