package org.reactions.corpus;

import java.time.LocalDate;

/**
 * The days a run looks at ({@code --since}, {@code --until}, both inclusive). A document without a date is always in
 * range: it is counted apart in the reports, never dropped.
 *
 * @param since first day, or null for no limit
 * @param until last day, or null for no limit
 */
public record DateRange(LocalDate since, LocalDate until) {
    public static final DateRange ALL = new DateRange(null, null);

    public DateRange {
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("--until " + until + " is before --since " + since);
        }
    }

    public boolean contains(LocalDate date) {
        return date == null || (since == null || !date.isBefore(since)) && (until == null || !date.isAfter(until));
    }

    public boolean isAll() {
        return since == null && until == null;
    }
}
