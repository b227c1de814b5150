package org.reactions.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date as pages and feeds write it: an ISO date, or an ISO date-time ({@code 2026-03-04T09:15:00Z},
 * {@code 2026-03-04 09:15:00+03:00}), of which the day as written is kept (the day the outlet dated it). A value that
 * does not parse becomes a warning, and the document counts as undated.
 */
final class DocumentDates {
    private static final Pattern ISO_DAY = Pattern.compile("\\A\\s*(\\d{4}-\\d{2}-\\d{2})(?:$|[T ]|\\s*\\z)");

    private DocumentDates() {
    }

    /**
     * @param value    the date as written, or null
     * @param where    where it was found, for the warning ("article:published_time", "field 'date'")
     * @param warnings where a value that does not parse is reported
     */
    static LocalDate parse(String value, String where, List<String> warnings) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher day = ISO_DAY.matcher(value);
        if (day.find()) {
            try {
                return LocalDate.parse(day.group(1));
            } catch (DateTimeException e) {
                // falls through to the warning: 2026-02-30 is no day
            }
        }
        String shown = value.strip();
        warnings.add("date '" + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown) + "' (" + where
                + ") is not an ISO date (YYYY-MM-DD); the document counts as undated");
        return null;
    }
}
