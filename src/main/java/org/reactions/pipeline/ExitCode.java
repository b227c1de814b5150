package org.reactions.pipeline;

import java.util.function.Consumer;

/** The exit codes of every command and of the Spark job; README.md and --help list them (cli's ExitCodeHelp). */
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

    private ExitCode() {
    }

    /**
     * The exit code of a run that wrote its report, the same for every front end: what was left out or could not be
     * read is said, one line each, to {@code say}.
     *
     * @param documents       documents analysed or failed
     * @param failedDocuments documents that could not be read
     * @param outOfRange      documents left out for their date
     */
    public static int of(int documents, int failedDocuments, int outOfRange, Consumer<String> say) {
        if (outOfRange > 0) {
            say.accept(outOfRange + (outOfRange == 1 ? " document" : " documents") + " dated outside --since/--until left out");
        }
        if (documents == 0 && outOfRange > 0) {
            say.accept("no document dated within --since/--until");
            return NOTHING_READABLE;
        }
        if (failedDocuments == documents) {
            say.accept("no document could be read");
            return NOTHING_READABLE;
        }
        return failedDocuments > 0 ? SOME_FAILED : OK;
    }
}
