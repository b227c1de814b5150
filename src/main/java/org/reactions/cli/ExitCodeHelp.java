package org.reactions.cli;

/**
 * The lines of {@link org.reactions.pipeline.ExitCode} in --help (picocli's "code:description"), constants so that
 * every command's annotation can use them.
 */
final class ExitCodeHelp {
    static final String OK_HELP = "0:every document was analysed";
    static final String SOME_FAILED_HELP =
            "1:some documents could not be read (the rest were analysed; each failure is named on stderr and in the JSON reports)";
    static final String USAGE_HELP = "2:usage error (bad option or value, unknown country, unreadable --actors, --stance-cues, "
            + "--name-model or --stance-model file, unreadable annotations, -o that cannot be written)";
    static final String NOTHING_READABLE_HELP = "3:nothing readable to analyse";
    static final String WRITE_FAILED_HELP = "4:the report could not be written (disk full, I/O error); the message says why";
    static final String NO_INPUT_HELP = "5:no input: no PATH was given and standard input was empty (nothing is written)";
    static final String BROKEN_PIPE_HELP = "141:standard output was closed by its reader (| head); nothing is printed";

    private ExitCodeHelp() {
    }
}
