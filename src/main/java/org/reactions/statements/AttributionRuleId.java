package org.reactions.statements;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of the rule that credited a statement's speaker, with the line that says what the rule reads. Each rule
 * of {@code statements.attribution} holds its own (one class per rule, their order in {@code AttributionRules.ORDER});
 * a statement points at it rather than copying the line.
 *
 * @param name        a short stable name in lower case words joined by hyphens ("subject-of-verb"), written as the
 *                    {@code rule} of the JSON and CSV outputs: never change it within a schema version
 * @param description one line on what the rule reads, for the README and {@code reactions explain}
 */
public record AttributionRuleId(String name, String description) {
    private static final Pattern NAME = Pattern.compile("[a-z]+(-[a-z]+)*");

    public AttributionRuleId {
        if (!NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
            throw new IllegalArgumentException("a rule name is lower case words joined by hyphens: '" + name + "'");
        }
        if (Objects.requireNonNull(description, "description").isBlank()) {
            throw new IllegalArgumentException("rule " + name + " has no description");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
