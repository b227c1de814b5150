package org.reactions.corpus;

/**
 * A document that has been found but not yet read: the corpus is listed up front and each document
 * is read only when a worker gets to it, so memory does not grow with the corpus.
 *
 * @param id   document id (file name without extension, made unique within the run)
 * @param path the path as the user gave it or as listed from a directory ("-" for stdin)
 */
public record DocumentSource(String id, String path) {
    public static final String STDIN = "-";

    public boolean isStdin() {
        return STDIN.equals(path);
    }
}
