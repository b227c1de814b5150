package org.reactions.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A statement id as the reports print it: document id, '#', where the statement lies in the document (Statement#ordinal). */
record StatementId(String document, int number) {
    private static final Pattern FORM = Pattern.compile("(.+)#([1-9]\\d{0,8})");

    @Override
    public String toString() {
        return document + "#" + number;
    }

    /** Reads DOC#N for picocli. */
    static final class Converter implements ITypeConverter<StatementId> {
        @Override
        public StatementId convert(String value) {
            Matcher m = FORM.matcher(value);
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a statement id (DOC#N, e.g. 002_d2fc831fd29a7dba#141)");
            }
            return new StatementId(m.group(1), Integer.parseInt(m.group(2)));
        }
    }
}
