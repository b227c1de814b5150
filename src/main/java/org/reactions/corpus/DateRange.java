package org.reactions.corpus;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The days a run looks at ({@code --since}, {@code --until}, both inclusive). A document without a date is always in
 * range: it is counted apart in the reports, never dropped.
 *
 * @param since first day, or null for no limit
 * @param until last day, or null for no limit
 */
public record DateRange(LocalDate since, LocalDate until) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final DateRange ALL = new DateRange(null, null);

    public DateRange {
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("--until " + until + " is before --since " + since);
        }
    }

    /**
     * The days of {@code --since} and {@code --until} as a user typed them, each null when not given.
     *
     * @throws IllegalArgumentException saying which option is not a day, or that the range is empty
     */
    public static DateRange parse(String since, String until) {
        return new DateRange(day("--since", since), day("--until", until));
    }

    private static LocalDate day(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": '" + value + "' is not a day (YYYY-MM-DD, e.g. 2026-03-04)");
        }
    }

    public boolean contains(LocalDate date) {
        return date == null || (since == null || !date.isBefore(since)) && (until == null || !date.isAfter(until));
    }

    public boolean isAll() {
        return since == null && until == null;
    }
}
