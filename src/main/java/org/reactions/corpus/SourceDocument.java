package org.reactions.corpus;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One article as read from disk, standard input or a feed.
 *
 * @param id        file name without extension (or a feed's id), unique within a run
 * @param path      the path as given (or "-" for stdin, or FILE:LINE for an article of a feed)
 * @param text      the decoded text (a leading byte-order mark removed; for a web page, the extracted article);
 *                  every offset in the output points into it
 * @param date      the document's date (its date line, page metadata or feed field), or null
 * @param bodyStart where the article body starts in {@code text} (after the date line)
 * @param warnings  problems that did not stop the analysis (invalid UTF-8 replaced, bad date)
 * @param metadata  title, outlet and URL, where the page or feed gives them
 */
public record SourceDocument(String id, String path, String text, LocalDate date, int bodyStart, List<String> warnings,
                             DocumentMetadata metadata) implements Serializable {
    private static final long serialVersionUID = 1L;

    public SourceDocument {
        warnings = List.copyOf(warnings);
        metadata = metadata == null ? DocumentMetadata.NONE : metadata;
    }

    /** A document without metadata (a text file). */
    public SourceDocument(String id, String path, String text, LocalDate date, int bodyStart, List<String> warnings) {
        this(id, path, text, date, bodyStart, warnings, DocumentMetadata.NONE);
    }
}
