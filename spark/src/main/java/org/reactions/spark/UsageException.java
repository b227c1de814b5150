package org.reactions.spark;

/** A wrong command line or an unusable data file: reported in one line, exit code 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
