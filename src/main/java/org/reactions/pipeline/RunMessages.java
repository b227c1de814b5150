package org.reactions.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.reactions.summary.DocumentResult;

/**
 * What every front end says on standard error, one line each, after its own prefix ({@code reactions: },
 * {@code reactions-spark: }).
 */
public final class RunMessages {
    private final String prefix;

    /** @param name the front end's name, which starts each line */
    public RunMessages(String name) {
        this.prefix = name + ": ";
    }

    /** A line of this front end. */
    public String line(String message) {
        return prefix + message;
    }

    /** What is said about one document, without the prefix: why it could not be read, its warnings. */
    public static List<String> of(DocumentResult result) {
        List<String> lines = new ArrayList<>();
        if (result.failed()) {
            lines.add(result.path() + ": " + result.error());
        }
        for (String warning : result.warnings()) {
            lines.add(result.path() + ": warning: " + warning);
        }
        return lines;
    }
}
