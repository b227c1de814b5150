package org.reactions.pipeline;

/** What stance labels and highlights count ({@code --count}): each claim once, however many outlets reprinted it, or every report. */
public enum Counting {
    CLAIMS, REPORTS;

    /** Whether every report counts, not each claim once. */
    public boolean reports() {
        return this == REPORTS;
    }
}
