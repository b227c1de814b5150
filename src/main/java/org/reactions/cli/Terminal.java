package org.reactions.cli;

import java.util.Arrays;
import org.reactions.render.Ansi;
import picocli.CommandLine.Help;

/**
 * What the terminal allows: colour (--color auto) only when standard output is a terminal and NO_COLOR is not set, a
 * progress bar only when standard error is a terminal. The launcher tells which streams are terminals
 * ({@code -Dreactions.stdout.tty}, {@code -Dreactions.stderr.tty}); a JVM started some other way asks the console.
 */
final class Terminal {
    /** The values of --color, as grep and ls name them. */
    enum ColorMode { auto, always, never }

    /** picocli's styles, for writers in the library core, which does not depend on picocli */
    private static final Ansi STYLED = (style, text) -> Help.Ansi.ON.apply(text, Arrays.asList(Help.Ansi.Style.parse(style))).toString();

    private Terminal() {
    }

    static boolean stdoutIsTerminal() {
        return isTerminal("reactions.stdout.tty");
    }

    static boolean stderrIsTerminal() {
        return isTerminal("reactions.stderr.tty");
    }

    /**
     * Whether input is piped in, to be read when no PATH is given: any stream but the process's own standard input,
     * or that one when it is not a terminal ({@code -Dreactions.stdin.tty} from the launcher).
     */
    static boolean stdinIsPiped(java.io.InputStream stdin) {
        return stdin != System.in || !isTerminal("reactions.stdin.tty");
    }

    private static boolean isTerminal(String property) {
        String told = System.getProperty(property);
        return told != null ? told.equals("1") || told.equals("true") : System.console() != null;
    }

    /** The styles of a report: --color always or never decides; auto colours only a terminal, and not with NO_COLOR. */
    static Ansi ansi(ColorMode mode, boolean toStdout) {
        boolean on = switch (mode) {
            case always -> true;
            case never -> false;
            case auto -> {
                String noColor = System.getenv("NO_COLOR");
                yield toStdout && (noColor == null || noColor.isEmpty()) && stdoutIsTerminal();
            }
        };
        return on ? STYLED : Ansi.PLAIN;
    }
}
