package org.reactions.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * One article as read from disk or stdin.
 *
 * @param id        file name without extension, unique within a run
 * @param path      the path as given (or "-" for stdin)
 * @param text      the decoded text (a leading byte-order mark removed); every offset in the output points into it
 * @param date      the date of an optional leading {@code date YYYY-MM-DD} line, or null
 * @param bodyStart where the article body starts in {@code text} (after the date line)
 * @param warnings  problems that did not stop the analysis (invalid UTF-8 replaced, bad date)
 */
public record SourceDocument(String id, String path, String text, LocalDate date, int bodyStart, List<String> warnings) {
    public SourceDocument {
        warnings = List.copyOf(warnings);
    }
}
