package org.reactions.corpus;

import java.util.Locale;

/** How a file or standard input is read: chosen by the file's extension (any case), or by --input-format. */
public enum InputFormat {
    /** plain text, one paragraph a line, with an optional {@code date YYYY-MM-DD} first line */
    TEXT("txt", "text"),
    /** a web page: the article is extracted from it */
    HTML("html", "htm"),
    /** a feed, one JSON article a line (JSON Lines) */
    JSONL("jsonl", "ndjson"),
    /** a feed, one JSON array of articles */
    JSON("json");

    private final String[] extensions;

    InputFormat(String... extensions) {
        this.extensions = extensions;
    }

    public boolean isFeed() {
        return this == JSONL || this == JSON;
    }

    /** The format of a file name's extension, any case, or null when the extension is not one the tool reads. */
    public static InputFormat ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (InputFormat format : values()) {
            for (String known : format.extensions) {
                if (known.equals(extension)) {
                    return format;
                }
            }
        }
        return null;
    }
}
