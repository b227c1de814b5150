package org.reactions.render;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * What made a report: the tool and its version, when it ran, the inputs and the whole command, for the report's
 * "About this run".
 *
 * @param tool      name and version, as {@code --version} says them
 * @param time      when the run started, to the second
 * @param inputs    the paths given (files, directories, "-" for standard input)
 * @param arguments the command line after the program's name, as given
 */
public record RunRecord(String tool, Instant time, List<String> inputs, List<String> arguments) {
    public RunRecord {
        time = time.truncatedTo(ChronoUnit.SECONDS);
        inputs = List.copyOf(inputs);
        arguments = List.copyOf(arguments);
    }

    /**
     * The time a run says it ran: SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention) when the
     * environment sets it, so that a batch job that compares reports byte for byte can; else now.
     *
     * @throws IllegalArgumentException when SOURCE_DATE_EPOCH is not a number of seconds
     */
    public static Instant timeOfRun(Map<String, String> environment, Instant now) {
        String epoch = environment.get("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return now;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SOURCE_DATE_EPOCH='" + epoch + "' is not a number of seconds since 1970");
        }
    }
}
