package org.reactions.cli;

import picocli.CommandLine.Option;

/** Where a report goes, shared by the commands that write one. */
public final class OutputOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-",
            description = "Write the report to FILE, atomically (default: - for standard output).")
    String output;

    @Option(names = {"-q", "--quiet"},
            description = "No progress bar and no messages about unreadable documents on standard error (reports still name them).")
    boolean quiet;

    boolean toStdout() {
        return output == null || output.equals("-");
    }
}
