package org.reactions.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a report goes: standard output, or a file written atomically (into a temporary file beside it, renamed
 * over it only when the report is complete), so that an interrupted run never leaves a half-written file and the
 * previous report stays intact.
 */
public final class OutputTarget implements AutoCloseable {
    public static final String STDOUT = "-";

    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private final Writer writer;
    /** removes the temporary file when the run is interrupted (Ctrl-C, a CI timeout sending SIGTERM) */
    private final Thread cleanup;
    private boolean committed;

    private OutputTarget(Path target, Path temporary, OutputStream stream) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
        this.writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        if (temporary == null) {
            this.cleanup = null;
        } else {
            this.cleanup = new Thread(this::discard, "reactions-output-cleanup");
            Runtime.getRuntime().addShutdownHook(cleanup);
        }
    }

    private synchronized void discard() {
        if (!committed) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // the JVM is going down; nothing better to do than leave the stray temporary file
            }
        }
    }

    private void forgetCleanup() {
        if (cleanup != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // already shutting down: the hook will find the target committed or discard the temporary file
            }
        }
    }

    /** Opens a target; {@code -} is standard output (not closed at the end). */
    public static OutputTarget open(String path, OutputStream stdout) throws IOException {
        if (path == null || STDOUT.equals(path)) {
            return new OutputTarget(null, null, new NonClosing(stdout));
        }
        Path target = Path.of(path).toAbsolutePath();
        Path directory = target.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new IOException("directory " + (directory == null ? path : directory) + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new IOException(path + " is a directory");
        }
        // created like any new file, so that it gets the user's umask (createTempFile would make it private: 0600)
        Path temporary = directory.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        return new OutputTarget(target, temporary, Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    public Writer writer() {
        return writer;
    }

    /** Makes the written report the target's content. */
    public synchronized void commit() throws IOException {
        writer.flush();
        if (target == null) {
            committed = true;
            return;
        }
        writer.close();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        forgetCleanup();
    }

    /** Discards an uncommitted report, leaving any earlier file in place. */
    @Override
    public synchronized void close() throws IOException {
        if (committed) {
            return;
        }
        if (temporary != null) {
            writer.close();
            Files.deleteIfExists(temporary);
            forgetCleanup();
        } else {
            writer.flush();
        }
    }

    /** Standard output stays open for whoever prints after us. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
