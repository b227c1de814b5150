package org.reactions.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** One run of the command line through picocli, with its exit code and what it printed. */
record CliRun(int code, String out, String err) {

    static CliRun withInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static CliRun run(String... args) {
        return withInput("", args);
    }

    /** Errors are one line each, never a stack trace. */
    boolean errorsAreOneLiners() {
        return !err.contains("Exception") && !err.contains("\tat ") && !err.contains("    at ");
    }
}
