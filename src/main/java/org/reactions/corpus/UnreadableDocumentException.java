package org.reactions.corpus;

/** A document that cannot be analysed; the message is one line meant for the user. */
public final class UnreadableDocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableDocumentException(String message) {
        super(message, null, false, false);
    }
}
