package org.reactions.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.reactions.corpus.DocumentReader;

/**
 * Where a report goes, written the way the shell's {@code >} would, but without ever leaving a half-written file:
 * <ul>
 * <li>standard output ({@code -}), devices, FIFOs and paths under /dev or /proc (/dev/stdout) are written directly;
 * <li>a regular file, or a path where nothing is yet, is written into a temporary file beside it and renamed over
 *     it only when the report is complete, so that an interrupted run leaves the previous report intact; the new file
 *     keeps the old one's mode (and owner, when allowed); a symbolic link's final target is the file replaced, the
 *     link stays;
 * <li>a file the user may not write is refused ("permission denied"), as the shell refuses it; a writable file in a
 *     directory the user may not write is written in place, as the shell would (not atomically: there is no other
 *     way).
 * </ul>
 * Every write is checked: a failure (a full disk, a closed pipe) is remembered even when a writer above swallows it
 * (a {@link java.io.PrintWriter} does), and {@link #commit()} throws it.
 */
public final class OutputTarget implements AutoCloseable {
    public static final String STDOUT = "-";
    /** as many symbolic links as Linux follows before it gives up (ELOOP) */
    private static final int MAX_LINKS = 40;

    private final String name;
    private final Path target;
    private final Path temporary;
    private final Watched stream;
    private final Writer writer;
    /** removes the temporary file when the run is interrupted (Ctrl-C, a CI timeout sending SIGTERM) */
    private final Thread cleanup;
    private boolean committed;

    /** A report that could not be written, with the reason in the shell's words. */
    public static final class WriteFailedException extends IOException {
        private final String reason;

        WriteFailedException(String name, String reason) {
            super("cannot write " + name + ": " + reason);
            this.reason = reason;
        }

        WriteFailedException(String name, IOException cause) {
            this(name, DocumentReader.reason(cause));
            initCause(cause);
        }

        /** The reader went away ({@code | head}): not an error to tell anyone about. */
        public boolean brokenPipe() {
            return reason.equalsIgnoreCase("broken pipe");
        }
    }

    private OutputTarget(String name, Path target, Path temporary, OutputStream out) {
        this.name = name;
        this.target = target;
        this.temporary = temporary;
        this.stream = new Watched(out, name);
        this.writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        if (temporary == null) {
            this.cleanup = null;
        } else {
            this.cleanup = new Thread(this::discard, "reactions-output-cleanup");
            Runtime.getRuntime().addShutdownHook(cleanup);
        }
    }

    /**
     * Opens a target; {@code -} (or null) is standard output, which is not closed at the end.
     *
     * @throws WriteFailedException when the path cannot be written, with the reason
     */
    public static OutputTarget open(String path, OutputStream stdout) throws WriteFailedException {
        if (path == null || STDOUT.equals(path)) {
            return new OutputTarget("standard output", null, null, new NonClosing(stdout));
        }
        try {
            Path file = finalTarget(Path.of(path).toAbsolutePath());
            if (file == null || (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file))) {
                return new OutputTarget(path, null, null, Files.newOutputStream(Path.of(path)));
            }
            if (Files.isDirectory(file)) {
                throw new WriteFailedException(path, "is a directory");
            }
            Path directory = file.getParent();
            if (!Files.isDirectory(directory)) {
                throw new WriteFailedException(path, "no such directory " + directory);
            }
            boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
            if (exists && !Files.isWritable(file)) {
                throw new WriteFailedException(path, "permission denied");
            }
            return replacing(path, file, exists);
        } catch (WriteFailedException e) {
            throw e;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new WriteFailedException(path, e instanceof IOException io ? DocumentReader.reason(io) : "not a valid path");
        }
    }

    /** A target written into a temporary file that replaces {@code file} on commit. */
    private static OutputTarget replacing(String path, Path file, boolean exists) throws IOException {
        Path directory = file.getParent();
        Path temporary = directory.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        Set<PosixFilePermission> mode = exists ? Files.getPosixFilePermissions(file) : null;
        OutputStream out;
        try {
            // a new report gets the permissions of any new file (the user's umask); a replaced one keeps its own, and
            // is created with them, so that a private report is never readable by others, not even for a moment
            out = Channels.newOutputStream(mode == null
                    ? Files.newByteChannel(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                    : Files.newByteChannel(temporary, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                            PosixFilePermissions.asFileAttribute(mode)));
        } catch (AccessDeniedException e) {
            if (exists) {
                return new OutputTarget(path, null, null, Files.newOutputStream(file)); // as the shell would: in place
            }
            throw new WriteFailedException(path, "permission denied (cannot create files in " + directory + ")");
        }
        if (mode != null) {
            Files.setPosixFilePermissions(temporary, mode); // the umask may have narrowed them at creation
            keepOwner(file, temporary);
        }
        return new OutputTarget(path, file, temporary, out);
    }

    /** Root replacing another user's report gives it back to that user; anyone else cannot, and need not. */
    private static void keepOwner(Path from, Path to) {
        try {
            for (String attribute : new String[] {"unix:uid", "unix:gid"}) {
                Object id = Files.getAttribute(from, attribute);
                if (!id.equals(Files.getAttribute(to, attribute))) {
                    Files.setAttribute(to, attribute, id);
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // not root, or no unix attributes: the file is the user's own, as a file the shell recreates would be
        }
    }

    /**
     * The file a path ends at once symbolic links are followed (it may not exist yet, when a link dangles), or null
     * for a place that is not a file's: a path under /dev or /proc such as /dev/stdout, whose link may name a pipe.
     */
    private static Path finalTarget(Path path) throws IOException {
        Path current = path;
        for (int links = 0; links <= MAX_LINKS; links++) {
            if (current.startsWith("/dev") || current.startsWith("/proc")) {
                return null;
            }
            if (!Files.isSymbolicLink(current)) {
                return current;
            }
            current = current.getParent().resolve(Files.readSymbolicLink(current)).normalize();
        }
        throw new IOException("too many levels of symbolic links");
    }

    public Writer writer() {
        return writer;
    }

    /** The target as bytes, for a binary file (a trained model); write through either this or the writer, not both. */
    public OutputStream bytes() {
        return stream;
    }

    /** Makes the written report the target's content; any write that failed on the way fails here. */
    public synchronized void commit() throws WriteFailedException {
        try {
            writer.close(); // standard output is only flushed; a FIFO's reader sees its end
        } catch (IOException e) {
            throw stream.failure != null ? stream.failure : new WriteFailedException(name, e);
        }
        if (stream.failure != null) {
            throw stream.failure;
        }
        if (target != null) {
            try {
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new WriteFailedException(name, e);
            }
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
        try {
            writer.close();
        } catch (IOException e) {
            // the report is being discarded, or its write failure was already reported
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
                forgetCleanup();
            }
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

    /**
     * A stream that remembers its first write failure, so that one swallowed above (by a PrintWriter) still fails the
     * run; after a failure every write fails at once, so that a closed pipe stops the output.
     */
    public static final class Watched extends FilterOutputStream {
        private final String name;
        private WriteFailedException failure;

        /** @param name what the stream is, for the message ("standard output", a file name) */
        public Watched(OutputStream out, String name) {
            super(out);
            this.name = name;
        }

        /** The first write that failed, or null. */
        public WriteFailedException failure() {
            return failure;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check();
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void flush() throws IOException {
            check();
            try {
                out.flush();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        private void check() throws WriteFailedException {
            if (failure != null) {
                throw failure;
            }
        }

        private WriteFailedException failed(IOException e) {
            failure = e instanceof WriteFailedException w ? w : new WriteFailedException(name, e);
            return failure;
        }
    }

    /** Standard output stays open for whoever prints after us. */
    private static final class NonClosing extends FilterOutputStream {
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
