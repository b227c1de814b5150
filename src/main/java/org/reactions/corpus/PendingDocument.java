package org.reactions.corpus;

/**
 * A document whose id and path are known and whose reading is left to the worker that analyses it.
 *
 * @param id      document id
 * @param path    where it comes from (a path, "-", or FILE:LINE for an article of a feed)
 * @param reading reads it; its failure is the document's error
 */
public record PendingDocument(String id, String path, Reading reading) {
    /** Reads a document, or says in one line why it cannot be read. */
    public interface Reading {
        SourceDocument read() throws UnreadableDocumentException;
    }

    /** Reads the document, under this id (which the run may have made unique). */
    public SourceDocument read() throws UnreadableDocumentException {
        SourceDocument document = reading.read();
        return document.id().equals(id) ? document : new SourceDocument(id, document.path(), document.text(), document.date(),
                document.bodyStart(), document.warnings(), document.metadata());
    }

    /** A document that is known to be unreadable when it is listed (a feed's broken line, say). */
    static PendingDocument failing(String id, String path, String reason) {
        return new PendingDocument(id, path, () -> {
            throw new UnreadableDocumentException(reason);
        });
    }
}
