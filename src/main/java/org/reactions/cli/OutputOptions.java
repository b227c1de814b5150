package org.reactions.cli;

import org.reactions.render.Ansi;
import org.reactions.render.CsvCells;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Where a report goes, shared by the commands that write one. */
public final class OutputOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-",
            description = "Write the report to FILE: a file is replaced atomically and keeps its mode, a symbolic link's target "
                    + "is written, a device or FIFO is written directly (default: - for standard output).")
    String output;

    @Option(names = "--csv-raw",
            description = "With --format csv, write every cell as it is. By default a cell that begins with =, +, -, @, a tab or a "
                    + "carriage return gets a ' before it, so that a spreadsheet shows it as text instead of running it as a formula.")
    boolean csvRaw;

    @Option(names = {"-q", "--quiet"},
            description = "No progress bar and no messages about unreadable documents on standard error (reports still name them).")
    boolean quiet;

    CsvCells csvCells() {
        return csvRaw ? CsvCells.RAW : CsvCells.NEUTRALISED;
    }

    boolean toStdout() {
        return output == null || output.equals(OutputTarget.STDOUT);
    }

    /** Opens -o; one that cannot be written is a usage error that says why ("permission denied"). */
    OutputTarget open(CommandLine commandLine) {
        try {
            return OutputTarget.open(output, Main.stdout(commandLine));
        } catch (OutputTarget.WriteFailedException e) {
            throw new CommandLine.ParameterException(commandLine, "--output: " + e.getMessage());
        }
    }

    Ansi ansi(CommandLine commandLine) {
        return Main.ansi(commandLine, toStdout());
    }

    /**
     * The format to write: --format when it is given (a file whose name asks for another gets a hint), else the one
     * -o's extension asks for (report.json: json; .jsonl, .csv, .md, .txt), else {@code given}, the default.
     */
    Format chosen(CommandLine commandLine, Format given) {
        if (!formatGiven(commandLine) && !toStdout()) {
            return Format.ofFileName(output).orElse(given);
        }
        hintAtFormat(commandLine, given);
        return given;
    }

    /** Whether -o names a web page (.html, .htm) and --format is not given: summarize then writes the HTML report. */
    boolean asksForHtml(CommandLine commandLine) {
        String name = toStdout() ? "" : output.toLowerCase(java.util.Locale.ROOT);
        return !formatGiven(commandLine) && (name.endsWith(".html") || name.endsWith(".htm"));
    }

    private static boolean formatGiven(CommandLine commandLine) {
        return commandLine.getParseResult() != null && commandLine.getParseResult().hasMatchedOption("--format");
    }

    /** A file whose name asks for another format than the one written gets a hint (-o report.json with --format text). */
    private void hintAtFormat(CommandLine commandLine, Format format) {
        if (!toStdout() && !quiet) {
            Format.ofFileName(output).filter(asked -> asked != format).ifPresent(asked -> commandLine.getErr().println(
                    "reactions: hint: " + output + " gets the " + format + " format; add --format " + asked + " for " + asked));
        }
    }
}
