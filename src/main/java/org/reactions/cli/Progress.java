package org.reactions.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error for corpora of more than a few documents, redrawn in place; nothing at all when
 * standard error is not a terminal (a CI log, a file) or with --quiet.
 */
final class Progress {
    static final int MINIMUM_DOCUMENTS = 5;
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean shown;
    private int done;
    private long lastDraw;

    Progress(PrintWriter err, int total, boolean quiet) {
        this.err = err;
        this.total = total;
        this.shown = !quiet && total > MINIMUM_DOCUMENTS && Terminal.stderrIsTerminal();
    }

    void advance() {
        done++;
        long now = System.nanoTime();
        if (shown && (now - lastDraw > REDRAW_NANOS || done == total)) {
            lastDraw = now;
            int filled = (int) ((long) WIDTH * done / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " documents");
            err.flush();
        }
    }

    /** Clears the bar, so that what follows on the terminal starts on a clean line. */
    void finish() {
        if (shown) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }

    /** Messages about documents interrupt the bar on a line of their own. */
    void message(String line) {
        if (shown) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
        }
        err.println(line);
    }
}
