package org.reactions.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.reactions.stance.Label;
import picocli.CommandLine;

/** The values of a --label option: the labels of labels.tsv (data, not an enum), for conversion and completion. */
final class LabelOption implements CommandLine.ITypeConverter<Label>, Iterable<String> {
    @Override
    public Label convert(String value) {
        try {
            return Label.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT)); // any case, as the other values
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("expected one of " + Arrays.toString(Label.values())
                    + " (any case) but was '" + value + "'");
        }
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(Label.values()).map(Label::name).iterator();
    }
}
