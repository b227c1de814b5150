package org.reactions.stance;

/**
 * A stance label. Which labels there are, their order (the order of output) and what each means are data:
 * {@code reactions/lexicon/labels.tsv}, loaded once per run as {@link Labels}, so adding a label is a row there, its
 * cues and its definition in the guidelines, no code. No rule of the stance stage names a label; the label of a
 * statement no cue fits is the file's fallback row ({@link Labels#fallback()}).
 *
 * <p>A label is a value: two labels are equal when their name and place in the file are, so a label that a Spark
 * accumulator brings from another machine equals this JVM's label of that name.
 */
public final class Label implements Comparable<Label>, java.io.Serializable {
    private static final long serialVersionUID = 2L;

    private final String name;
    private final int ordinal;
    private final boolean fallback;

    Label(String name, int ordinal, boolean fallback) {
        this.name = name;
        this.ordinal = ordinal;
        this.fallback = fallback;
    }

    public String name() {
        return name;
    }

    /** Its position in labels.tsv, from 0. */
    public int ordinal() {
        return ordinal;
    }

    /** Whether it is the label of a statement that no cue fits (OTHER in the bundled file). */
    public boolean isFallback() {
        return fallback;
    }

    @Override
    public int compareTo(Label other) {
        return Integer.compare(ordinal, other.ordinal);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Label label && label.ordinal == ordinal && label.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + ordinal;
    }

    @Override
    public String toString() {
        return name;
    }
}
