package org.reactions.corpus;

/**
 * A document (or a feed of documents) that has been found but not yet read: the corpus is listed up front and each
 * document is read only when a worker gets to it, so memory does not grow with the corpus.
 *
 * @param id     document id (path relative to the directory given, without extension, made unique within the run)
 * @param path   the path as the user gave it or as listed from a directory ("-" for stdin)
 * @param format how it is read
 */
public record DocumentSource(String id, String path, InputFormat format) {
    public static final String STDIN = "-";

    /** A source read as its file name's extension says (text when it says nothing known). */
    public DocumentSource(String id, String path) {
        this(id, path, formatOf(path, InputFormat.TEXT));
    }

    public boolean isStdin() {
        return STDIN.equals(path);
    }

    static InputFormat formatOf(String path, InputFormat otherwise) {
        InputFormat known = InputFormat.ofFileName(path);
        return known == null ? otherwise : known;
    }
}
