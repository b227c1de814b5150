package org.reactions.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of a feed's fields: {@code id}, {@code text} (or {@code html}), {@code title}, {@code date}, {@code url},
 * {@code source} unless a user maps them to the names of an API's export ({@code --field text=body,date=published_at}).
 */
public record FeedFields(String id, String text, String html, String title, String date, String url, String source) {
    public static final FeedFields DEFAULT = new FeedFields("id", "text", "html", "title", "date", "url", "source");

    /**
     * These names with some replaced, as {@code --field} gives them.
     *
     * @param assignments {@code FIELD=NAME} each, e.g. {@code text=body}
     * @throws IllegalArgumentException a one-line usage error, beginning with {@code --field: }
     */
    public FeedFields withAssigned(List<String> assignments) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("--field: '" + assignment + "' is not FIELD=NAME (e.g. text=body)");
            }
            mapping.put(assignment.substring(0, equals), assignment.substring(equals + 1));
        }
        try {
            return with(mapping);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--field: " + e.getMessage());
        }
    }

    /**
     * These names with some replaced.
     *
     * @param mapping field → name in the feed, e.g. {@code text → body}
     * @throws IllegalArgumentException naming a field that is not one of the feed's fields
     */
    public FeedFields with(Map<String, String> mapping) {
        Map<String, String> names = new LinkedHashMap<>(Map.of("id", id, "text", text, "html", html, "title", title,
                "date", date, "url", url, "source", source));
        mapping.forEach((field, name) -> {
            if (!names.containsKey(field)) {
                throw new IllegalArgumentException("unknown feed field '" + field + "' (id, text, html, title, date, url, source)");
            }
            if (name.isBlank()) {
                throw new IllegalArgumentException("no name given for feed field '" + field + "'");
            }
            names.put(field, name);
        });
        return new FeedFields(names.get("id"), names.get("text"), names.get("html"), names.get("title"), names.get("date"),
                names.get("url"), names.get("source"));
    }
}
