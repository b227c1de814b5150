package org.reactions.cli;

import org.reactions.pipeline.ExitCode;

/** No PATH and an empty standard input: exit {@link ExitCode#NO_INPUT}, with nothing written. */
final class NoInputException extends RuntimeException {
    NoInputException(String message) {
        super(message);
    }
}
