package org.reactions.render;

/**
 * How a writer styles text for a terminal. The command line supplies the styles (from its command-line library: the
 * library core does not depend on it); {@link #PLAIN} leaves text as it is, for files, pipes and NO_COLOR.
 */
public interface Ansi {
    Ansi PLAIN = (style, text) -> text;

    /** The text in a style: one or more style names, comma-separated ("bold", "faint", "bold,yellow"). */
    String style(String style, String text);

    default boolean on() {
        return this != PLAIN;
    }

    default String bold(String text) {
        return style("bold", text);
    }

    default String dim(String text) {
        return style("faint", text);
    }

    default String cyan(String text) {
        return style("cyan", text);
    }
}
