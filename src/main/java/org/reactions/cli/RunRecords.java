package org.reactions.cli;

import java.time.Instant;
import org.reactions.render.RunRecord;
import picocli.CommandLine;

/** How this run was made, for a report to record: the version, the time (or SOURCE_DATE_EPOCH), the inputs and arguments. */
final class RunRecords {
    private RunRecords() {
    }

    static RunRecord of(CommandLine commandLine, InputOptions input) {
        Instant time;
        try {
            time = RunRecord.timeOfRun(System.getenv(), Instant.now());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
        return new RunRecord(new Main.Version().getVersion()[0], time, input.paths, commandLine.getParseResult().originalArgs());
    }
}
