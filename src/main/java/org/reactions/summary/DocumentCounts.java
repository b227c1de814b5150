package org.reactions.summary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a summary counts of one document, as plain data: where it is in the run, whether it failed, its date and
 * outlet, and its statements in text order.
 *
 * @param index      position of the document in the run
 * @param failed     whether it could not be analysed
 * @param date       its date, or null
 * @param outlet     its outlet, or null
 * @param statements what is counted of each of its statements
 */
public record DocumentCounts(int index, boolean failed, LocalDate date, String outlet, List<CountedStatement> statements)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public DocumentCounts {
        statements = List.copyOf(statements);
    }

    /** The counted part of a document's result. */
    public static DocumentCounts of(DocumentResult result) {
        return new DocumentCounts(result.index(), result.failed(), result.date(), result.metadata().outlet(),
                result.statements().stream().map(s -> CountedStatement.of(s, result.index())).toList());
    }
}
