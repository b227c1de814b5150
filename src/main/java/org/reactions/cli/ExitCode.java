package org.reactions.cli;

/** The exit codes of every command; README.md and --help list them. */
public final class ExitCode {
    /** every document was analysed */
    public static final int OK = 0;
    /** some documents could not be read; the others were analysed and the failures are named */
    public static final int SOME_FAILED = 1;
    /** the command line is wrong (unknown option, bad value, unknown country, unreadable data file) */
    public static final int USAGE = 2;
    /** there was nothing readable to analyse */
    public static final int NOTHING_READABLE = 3;

    // their lines in --help (picocli's "code:description"), constants so that every command's annotation can use them
    static final String OK_HELP = "0:every document was analysed";
    static final String SOME_FAILED_HELP =
            "1:some documents could not be read (the rest were analysed; each failure is named on stderr)";
    static final String SOME_FAILED_IN_REPORT_HELP =
            "1:some documents could not be read (the rest were analysed; each failure is named on stderr and in the report)";
    static final String USAGE_HELP =
            "2:usage error (bad option or value, unknown country, unreadable --actors, --stance-cues or --name-model file)";
    static final String NOTHING_READABLE_HELP = "3:nothing readable to analyse";

    private ExitCode() {
    }
}
