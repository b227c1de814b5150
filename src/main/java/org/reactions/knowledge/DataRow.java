package org.reactions.knowledge;

import java.util.Arrays;
import java.util.List;

/**
 * One row of a tab-separated data file.
 *
 * @param source the file or resource it came from
 * @param line   its line number, from 1
 * @param fields its columns
 */
public record DataRow(String source, int line, List<String> fields) {
    /** The placeholder for an empty column. */
    public static final String NONE = "-";

    public String get(int column) {
        return fields.get(column);
    }

    /** The column, or null when it holds the placeholder. */
    public String optional(int column) {
        String value = fields.get(column);
        return NONE.equals(value) ? null : value;
    }

    /** A '|'-separated column as a list (empty for the placeholder). */
    public List<String> list(int column) {
        String value = fields.get(column);
        if (NONE.equals(value)) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::strip).toList();
    }

    /** The column as a country code; a column of another shape is an error that names the file and line. */
    public CountryCode countryCode(int column) {
        return countryCode(fields.get(column));
    }

    /** The column as a country code, or null when it holds the placeholder (an international or unknown country). */
    public CountryCode optionalCountryCode(int column) {
        String value = optional(column);
        return value == null ? null : countryCode(value);
    }

    /** {@code written}, a country code read from this row, checked: an error that names the file and line if not. */
    public CountryCode countryCode(String written) {
        if (!CountryCode.wellFormed(written)) {
            throw error("country code must be two upper-case letters, found '" + written + "'");
        }
        return new CountryCode(written);
    }

    public boolean yesNo(int column) {
        String value = fields.get(column);
        if (value.equals("yes")) {
            return true;
        }
        if (value.equals("no")) {
            return false;
        }
        throw error("expected yes or no, found '" + value + "'");
    }

    public KnowledgeException error(String message) {
        return new KnowledgeException(source + ":" + line + ": " + message);
    }
}
