package org.reactions.cli;

/**
 * What the terminal allows: colour only when standard output is a terminal and NO_COLOR is not set, a progress
 * bar only when standard error is a terminal. The launcher tells which streams are terminals
 * ({@code -Dreactions.stdout.tty}, {@code -Dreactions.stderr.tty}); a JVM started some other way asks the console.
 */
final class Terminal {
    private Terminal() {
    }

    static boolean stdoutIsTerminal() {
        return isTerminal("reactions.stdout.tty");
    }

    static boolean stderrIsTerminal() {
        return isTerminal("reactions.stderr.tty");
    }

    private static boolean isTerminal(String property) {
        String told = System.getProperty(property);
        return told != null ? told.equals("1") || told.equals("true") : System.console() != null;
    }

    /** Colour for a report that goes to standard output. */
    static boolean colour(boolean toStdout) {
        String noColor = System.getenv("NO_COLOR");
        return toStdout && (noColor == null || noColor.isEmpty()) && stdoutIsTerminal();
    }
}
