package org.reactions.summary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.reactions.stance.Label;

/**
 * A country's statements on one day.
 *
 * @param date       the day of the documents they come from, or null for documents without a date
 * @param statements number of statements
 * @param claims     number of claims first reported that day
 * @param documents  number of documents with at least one of them
 * @param labels     claims (or, counting reports, statements) per stance label, every label present, in label order
 */
public record DayCount(LocalDate date, int statements, int claims, int documents, Map<Label, Integer> labels) implements Serializable {
}
