package org.reactions.render;

/** ANSI styles for terminal output, or plain text when colour is off. */
public record Ansi(boolean on) {
    public String bold(String text) {
        return style("1", text);
    }

    public String dim(String text) {
        return style("2", text);
    }

    public String cyan(String text) {
        return style("36", text);
    }

    public String yellow(String text) {
        return style("33", text);
    }

    private String style(String code, String text) {
        return on ? "\u001B[" + code + "m" + text + "\u001B[0m" : text;
    }
}
