package org.reactions.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;

/**
 * The words that mark a web page's boilerplate ({@code reactions/html/boilerplate.tsv}): the corpus stage's part of
 * a run's knowledge, loaded once and handed to the readers in {@link CorpusOptions}.
 */
public final class HtmlBoilerplate {
    static final String FILE = "reactions/html/boilerplate.tsv";

    private final Set<String> markers = new HashSet<>();
    private final List<String> teasers;

    HtmlBoilerplate(List<DataRow> rows) {
        List<String> teaserRows = new ArrayList<>();
        for (DataRow row : rows) {
            String value = row.get(1).toLowerCase(Locale.ROOT);
            switch (row.get(0)) {
                case "marker" -> markers.add(value);
                case "teaser" -> teaserRows.add(value);
                default -> throw row.error("kind must be marker or teaser, found '" + row.get(0) + "'");
            }
        }
        this.teasers = List.copyOf(teaserRows);
    }

    /** The bundled words. */
    public static HtmlBoilerplate bundled() {
        return new HtmlBoilerplate(DataFiles.resource(FILE, 2));
    }

    /** Whether a class or id attribute holds a marker among its words ("related-stories", "cookie_banner"). */
    boolean marksBoilerplate(String classAndId) {
        for (String word : classAndId.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (markers.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a paragraph only points to another story. */
    boolean isTeaser(String paragraph) {
        String start = paragraph.toLowerCase(Locale.ROOT);
        for (String teaser : teasers) {
            if (start.startsWith(teaser)) {
                return true;
            }
        }
        return false;
    }

    Set<String> markers() {
        return Set.copyOf(markers);
    }

    List<String> teasers() {
        return teasers;
    }
}
