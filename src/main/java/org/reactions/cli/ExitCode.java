package org.reactions.cli;

/** The exit codes of every command; README.md and --help list them. */
public final class ExitCode {
    /** every document was analysed */
    public static final int OK = 0;
    /** some documents could not be read; the others were analysed and the failures are named */
    public static final int SOME_FAILED = 1;
    /** the command line is wrong (unknown option, bad value, unknown country, unreadable data file, unwritable -o) */
    public static final int USAGE = 2;
    /** there was nothing readable to analyse */
    public static final int NOTHING_READABLE = 3;
    /** the report could not be written (a full disk, an I/O error): it is incomplete, and a CI job must not pass */
    public static final int WRITE_FAILED = 4;
    /** no PATH was given and standard input was empty: a CI job that forgot its input must not pass with an empty report */
    public static final int NO_INPUT = 5;
    /** the reader of standard output went away ({@code | head}); said by no message, as a shell tool killed by SIGPIPE */
    public static final int BROKEN_PIPE = 141;

    // their lines in --help (picocli's "code:description"), constants so that every command's annotation can use them
    static final String OK_HELP = "0:every document was analysed";
    static final String SOME_FAILED_HELP =
            "1:some documents could not be read (the rest were analysed; each failure is named on stderr and in the JSON reports)";
    static final String USAGE_HELP = "2:usage error (bad option or value, unknown country, unreadable --actors, --stance-cues, "
            + "--name-model or --stance-model file, unreadable annotations, -o that cannot be written)";
    static final String NOTHING_READABLE_HELP = "3:nothing readable to analyse";
    static final String WRITE_FAILED_HELP = "4:the report could not be written (disk full, I/O error); the message says why";
    static final String NO_INPUT_HELP = "5:no input: no PATH was given and standard input was empty (nothing is written)";
    static final String BROKEN_PIPE_HELP = "141:standard output was closed by its reader (| head); nothing is printed";

    private ExitCode() {
    }
}
