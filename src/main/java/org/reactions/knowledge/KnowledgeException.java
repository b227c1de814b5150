package org.reactions.knowledge;

/** A data file that cannot be used; the message names the file and line. */
public final class KnowledgeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KnowledgeException(String message) {
        super(message);
    }
}
