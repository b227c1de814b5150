package org.reactions.pipeline;

import java.nio.file.Path;

/**
 * Which stance model a run uses: the bundled one, a user's ({@code reactions train-stance}), or none, when the
 * rules alone label.
 *
 * @param file the user's model file, or null
 * @param rulesOnly whether the rules label alone
 */
public record StanceModelChoice(Path file, boolean rulesOnly) {
    public static final StanceModelChoice BUNDLED = new StanceModelChoice(null, false);
    public static final StanceModelChoice RULES_ONLY = new StanceModelChoice(null, true);
    /** what {@code --stance-model} takes for {@link #RULES_ONLY} */
    public static final String NONE = "none";

    public StanceModelChoice {
        if (file != null && rulesOnly) {
            throw new IllegalArgumentException("a model file and the rules alone exclude each other");
        }
    }

    public static StanceModelChoice file(Path file) {
        return new StanceModelChoice(file, false);
    }

    /** The choice an option value names: {@value #NONE} for the rules alone, else a model file. */
    public static StanceModelChoice parse(String value) {
        return value.equals(NONE) ? RULES_ONLY : file(Path.of(value));
    }
}
