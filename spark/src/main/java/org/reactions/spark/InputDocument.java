package org.reactions.spark;

import java.io.Serializable;
import org.reactions.corpus.InputFormat;
import org.reactions.corpus.PendingDocument;
import org.reactions.corpus.SourceDocument;
import org.reactions.corpus.UnreadableDocumentException;

/**
 * A document of the job as the driver lists it: a file whose bytes an executor will fetch, a row of a dataset
 * that carries its text, or an article of a feed, read on the driver.
 *
 * @param index position in the run, from 0 (the order of the report)
 * @param id    document id
 * @param path  the file's path, or the dataset's with the row's number ({@code articles.parquet#12})
 * @param bytes the file's size, or -1 for a row
 * @param text  the row's text, or null for a file (or a row without text)
 * @param date   the row's {@code date} column, or null
 * @param format  how the core reads it: text or a web page, as the command line reads a file of its name (a feed's
 *                for an article)
 * @param article a feed's article as read on the driver, or null
 */
record InputDocument(long index, String id, String path, long bytes, String text, String date, InputFormat format,
                     Article article) implements Serializable {
    /**
     * An article of a feed, read on the driver by the core's rules.
     *
     * @param document the article, or null when it cannot be read
     * @param error    why it cannot be read, or null
     */
    record Article(SourceDocument document, String error) implements Serializable {
    }

    static InputDocument file(long index, String id, String path, long bytes, InputFormat format) {
        return new InputDocument(index, id, path, bytes, null, null, format, null);
    }

    static InputDocument row(long index, String id, String path, String text, String date) {
        return new InputDocument(index, id, path, -1, text, date, InputFormat.TEXT, null);
    }

    /** A feed's article, read now: its text travels with it. */
    static InputDocument article(long index, PendingDocument pending) {
        Article article;
        try {
            article = new Article(pending.read(), null);
        } catch (UnreadableDocumentException e) {
            article = new Article(null, e.getMessage());
        }
        return new InputDocument(index, pending.id(), pending.path(), -1, null, null, InputFormat.JSONL, article);
    }

    boolean isFile() {
        return bytes >= 0;
    }

    boolean isArticle() {
        return article != null;
    }
}
