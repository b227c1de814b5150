package org.reactions.robust;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The command line run as an ordinary user, for what only root is allowed (root may write a read-only file). Tests run
 * as root use setpriv to become nobody, with a copy of the classpath nobody can read; run as an ordinary user already,
 * they run the command line as themselves. Where neither is possible the test is skipped, with the reason.
 */
final class OrdinaryUser {
    static final int NOBODY = 65534;

    /** One run: exit code and standard error. */
    record Result(int code, String err) {
    }

    private final List<String> command;

    private OrdinaryUser(List<String> command) {
        this.command = command;
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The command line as an ordinary user, or a skipped test when this machine cannot provide one. */
    static OrdinaryUser of(Path work) throws IOException {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-Xshare:off", "-cp"));
        if (!isRoot()) {
            java.add(System.getProperty("java.class.path"));
            java.add("org.reactions.cli.Main");
            return new OrdinaryUser(java);
        }
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "running as root without setpriv: cannot become an ordinary user");
        java.add(String.join(":", readableClasspath(work)));
        java.add("org.reactions.cli.Main");
        List<String> command = new ArrayList<>(List.of("/usr/bin/setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        command.addAll(java);
        OrdinaryUser nobody = new OrdinaryUser(command);
        assumeTrue(nobody.run(work, "--version").code() == 0, "setpriv cannot run Java as nobody here");
        return nobody;
    }

    /** The classpath copied where nobody can read it (the Maven repository is root's own, mode 0700). */
    private static List<String> readableClasspath(Path work) throws IOException {
        Path copy = Files.createDirectories(work.resolve("classpath"));
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path source = Path.of(entry);
            if (!Files.exists(source)) {
                continue;
            }
            Path target = copy.resolve((n++) + "-" + source.getFileName());
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.walk(source)) {
                    for (Path file : files.toList()) {
                        Path to = target.resolve(source.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(to);
                        } else {
                            linkOrCopy(file, to);
                        }
                    }
                }
            } else {
                linkOrCopy(source, target);
            }
            entries.add(target.toString());
        }
        openUp(work);
        return entries;
    }

    /**
     * A hard link to a file others may read already, where the file system allows one (no copying of the dependencies'
     * megabytes); a copy otherwise, so that making it readable never changes the original.
     */
    private static void linkOrCopy(Path file, Path to) throws IOException {
        if (Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ)) {
            try {
                Files.createLink(to, file);
                return;
            } catch (IOException | UnsupportedOperationException e) {
                // another file system: copy
            }
        }
        Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Every directory and file under the work directory, and the work directory's parents, readable by all. */
    static void openUp(Path work) throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.toList()) {
                if (Files.isDirectory(file)) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
                } else if (!Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ)) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--")); // never a hard link
                }
            }
        }
        for (Path parent = work.getParent(); parent != null && !parent.toString().equals("/tmp"); parent = parent.getParent()) {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Runs the command line in a directory and returns its exit code and standard error. */
    Result run(Path directory, String... args) throws IOException {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(args));
        Path err = Files.createTempFile("reactions-err", ".txt");
        try {
            Process process = new ProcessBuilder(all).directory(directory.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + all);
            }
            return new Result(process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.delete(err);
        }
    }
}
