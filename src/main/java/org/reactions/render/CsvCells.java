package org.reactions.render;

import java.util.List;

/**
 * How CSV cells are written. A spreadsheet runs a cell that begins with "=", "+", "-" or "@" as a formula
 * ("=HYPERLINK(...)" in a quotation an analyst opens), and a tab or carriage return first can smuggle one in; OWASP's
 * advice on CSV injection is to put a single quote before such a cell, which spreadsheets show as text. The text of
 * articles comes from anyone, so that is the default.
 */
public enum CsvCells {
    /** A cell that a spreadsheet could run as a formula gets a ' before it. */
    NEUTRALISED,
    /** Every cell as it is ({@code --csv-raw}), for programs that read the CSV and trust it. */
    RAW;

    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** The cell as this policy writes it. */
    public String cell(String value) {
        if (this == RAW || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0) {
            return value;
        }
        return "'" + value;
    }

    /** A row's cells as this policy writes them. */
    public List<String> row(List<String> values) {
        return this == RAW ? values : values.stream().map(this::cell).toList();
    }
}
