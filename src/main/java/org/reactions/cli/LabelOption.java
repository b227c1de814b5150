package org.reactions.cli;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reactions.stance.Label;
import org.reactions.stance.Labels;
import picocli.CommandLine;

/**
 * The values of a --label option: the labels of labels.tsv (data, not an enum). The names typed are checked against
 * the run's labels once its knowledge is loaded; the shell's completions and --help read the bundled file.
 */
final class LabelOption implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Labels.bundled().values().stream().map(Label::name).iterator();
    }

    /** The labels named (any case); a name that is no label is a usage error that lists them. */
    static Set<Label> labels(CommandLine commandLine, List<String> typed, Labels labels) {
        Set<Label> chosen = new LinkedHashSet<>();
        for (String name : typed) {
            try {
                chosen.add(labels.valueOf(name.strip().toUpperCase(Locale.ROOT))); // any case, as the other values
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(commandLine, "--label: expected one of " + labels.values()
                        + " (any case) but was '" + name + "'");
            }
        }
        return chosen;
    }
}
