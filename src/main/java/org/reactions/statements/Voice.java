package org.reactions.statements;

import java.util.Locale;

/** Whose voice a statement is in, as the report can count it. */
public enum Voice {
    /** a named or anonymous official, an institution, or the state speaking */
    OFFICIAL,
    /** an unnamed source: "sources close to", "people familiar with", "a person briefed on", "insiders" */
    SOURCE,
    /** one official's words as another relates them ("X said Y had told him that ..."): Y's, reported by X */
    REPORTED;

    /** The name in the reports and on the command line: official, source, reported. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
