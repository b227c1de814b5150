package org.reactions.statements;

import java.util.Locale;

/** Whether a statement quotes the speaker's words or reports them. */
public enum Mode {
    DIRECT, INDIRECT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
