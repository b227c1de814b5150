package org.reactions.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactions.cli.Main;

/**
 * -o and standard output as the shell's > would have them, minus its half-written files: what stands at the path
 * is kept for what it is (a link, a device, a FIFO, a file's mode and owner), a file the user may not write is
 * refused, and a write that fails fails the run, except for a closed pipe, which is quiet.
 */
class OutputSafetyTest {
    private static final String DOCUMENT = "Moscow urged restraint. \u201CWe condemn the strikes,\u201D Lavrov said.";
    private static final int S_IFMT = 0170000;

    @TempDir
    static Path shared;
    private static Path doc;
    private static OrdinaryUser user;

    @TempDir
    Path dir;

    @BeforeAll
    static void corpus() throws IOException {
        doc = Files.writeString(shared.resolve("doc.txt"), DOCUMENT);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(OutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), out, err);
        return new Run(code, out.toString(), err.toString(StandardCharsets.UTF_8));
    }

    private static Run summarize(String... more) {
        List<String> args = new ArrayList<>(List.of("summarize", doc.toString(), "--format", "json"));
        args.addAll(List.of(more));
        return run(new ByteArrayOutputStream(), args.toArray(String[]::new));
    }

    private static int fileType(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:mode", java.nio.file.LinkOption.NOFOLLOW_LINKS) & S_IFMT;
    }

    private void assertNoTemporaryFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void aRegularFileIsReplacedAndKeepsItsMode() throws Exception {
        for (String mode : new String[] {"rw-------", "rw-r-----", "rwxr-xr-x"}) {
            Path report = Files.writeString(dir.resolve("report-" + mode + ".json"), "old");
            Files.setPosixFilePermissions(report, PosixFilePermissions.fromString(mode));
            Run run = summarize("-o", report.toString());
            assertEquals(0, run.code(), run.err());
            assertTrue(Files.readString(report).startsWith("{"), "replaced");
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
        }
        assertNoTemporaryFiles(dir);
    }

    @Test
    void rootReplacingAnotherUsersReportGivesItBack() throws Exception {
        assumeTrue(OrdinaryUser.isRoot(), "only root can give a file to another user");
        Path report = Files.writeString(dir.resolve("theirs.json"), "old");
        Files.setAttribute(report, "unix:uid", OrdinaryUser.NOBODY);
        Files.setAttribute(report, "unix:gid", OrdinaryUser.NOBODY);
        assertEquals(0, summarize("-o", report.toString()).code());
        assertEquals(OrdinaryUser.NOBODY, Files.getAttribute(report, "unix:uid"));
        assertEquals(OrdinaryUser.NOBODY, Files.getAttribute(report, "unix:gid"));
    }

    @Test
    void aSymbolicLinksTargetIsWrittenAndTheLinkKept() throws Exception {
        Path target = Files.writeString(Files.createDirectory(dir.resolve("real")).resolve("report.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real/report.json"));
        Path chain = Files.createSymbolicLink(dir.resolve("chain.json"), link);
        assertEquals(0, summarize("-o", chain.toString()).code());
        assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(chain), "the links stay links");
        assertTrue(Files.readString(target).startsWith("{"), "the target has the report");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("real/new.json"));
        assertEquals(0, summarize("-o", dangling.toString()).code());
        assertTrue(Files.isSymbolicLink(dangling) && Files.readString(dir.resolve("real/new.json")).startsWith("{"));
        assertNoTemporaryFiles(dir.resolve("real"));
    }

    @Test
    void aFifoIsWrittenToNotReplaced() throws Exception {
        Path fifo = dir.resolve("fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(0, summarize("-o", fifo.toString()).code());
        assertTrue(reader.get(20, TimeUnit.SECONDS).startsWith("{"), "the reader got the report");
        assertEquals(0010000, fileType(fifo), "still a FIFO");
    }

    @Test
    void devicesAreWrittenToNotReplaced() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "no /dev/full");
        assertEquals(0, summarize("-o", "/dev/null").code());
        Run run = summarize("-o", "/dev/full");
        assertEquals(4, run.code());
        assertEquals("reactions: cannot write /dev/full: No space left on device\n", run.err());
        assertEquals(0020000, fileType(full), "still a character device");
        assertEquals(0020000, fileType(Path.of("/dev/null")), "still a character device");
    }

    /** A stream that fails as a full disk does, after a first few bytes. */
    private static final class FullDisk extends OutputStream {
        private int room = 100;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new IOException("No space left on device");
            }
            room -= len;
        }
    }

    @Test
    void aFailedWriteToStandardOutputExits4WithOneLine() {
        for (String format : new String[] {"text", "json", "jsonl", "csv", "markdown"}) {
            Run run = run(new FullDisk(), "summarize", "corpus", "--format", format);
            assertEquals(4, run.code(), format);
            assertEquals("reactions: cannot write standard output: No space left on device\n", run.err(), format);
        }
        for (String[] args : new String[][] {{"statements", "corpus"}, {"actors"}, {"explain", "000_5e1f9e76c6f91612#48", "corpus"},
            {"summarize", "--help"}, {"generate-completion"}}) {
            assertEquals(4, run(new FullDisk(), args).code(), String.join(" ", args));
        }
    }

    @Test
    void aFailedWriteStopsTheAnalysis() {
        boolean[] read = {false}; // standard input, the second document, is read only if the run goes on
        java.io.InputStream stdin = new java.io.InputStream() {
            @Override
            public int read() {
                read[0] = true;
                return -1;
            }
        };
        FullDisk full = new FullDisk();
        full.room = 0;
        int code = Main.run(new String[] {"statements", doc.toString(), "-", "--threads", "1"}, stdin, full, new ByteArrayOutputStream());
        assertEquals(4, code);
        assertFalse(read[0], "the documents after the failure are not analysed");
    }

    private Process cli(ProcessBuilder.Redirect stdout, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.reactions.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(stdout).redirectError(dir.resolve("err").toFile()).start();
    }

    @Test
    void aFullDiskBehindStandardOutputExits4() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full");
        Process process = cli(ProcessBuilder.Redirect.to(new java.io.File("/dev/full")), "summarize", doc.toString(), "--format", "json");
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(4, process.exitValue());
        assertEquals("reactions: cannot write standard output: No space left on device\n", Files.readString(dir.resolve("err")));
    }

    @Test
    void aClosedPipeIsQuiet() throws Exception {
        Process process = cli(ProcessBuilder.Redirect.PIPE, "summarize", "corpus", "--format", "jsonl");
        process.getInputStream().close(); // as head does once it has its lines
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(141, process.exitValue());
        assertEquals("", Files.readString(dir.resolve("err")));
    }

    @Test
    void aDirectoryOrAMissingDirectoryIsAUsageError() {
        Run directory = summarize("-o", dir.toString());
        assertEquals(2, directory.code());
        assertTrue(directory.err().startsWith("reactions: --output: cannot write " + dir + ": is a directory\n"), directory.err());
        Run missing = summarize("-o", dir.resolve("no/such/out.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such directory"), missing.err());
    }

    @Test
    void asAnOrdinaryUserReadOnlyFilesAndDirectoriesAreRefusedAsTheShellRefusesThem() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.copy(doc, work.resolve("doc.txt"));
        Path readOnly = Files.writeString(work.resolve("read-only.json"), "kept\n");
        Path lockedDir = Files.createDirectories(work.resolve("locked"));
        Path writableInLocked = Files.writeString(lockedDir.resolve("writable.json"), "old\n");
        if (user == null) {
            user = OrdinaryUser.of(shared);
        }
        OrdinaryUser.openUp(work);
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(writableInLocked, PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.setPosixFilePermissions(lockedDir, PosixFilePermissions.fromString("r-xr-xr-x"));

        OrdinaryUser.Result refused = user.run(work, "summarize", "doc.txt", "--format", "json", "-o", "read-only.json");
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().startsWith("reactions: --output: cannot write read-only.json: permission denied\n"), refused.err());
        assertEquals("kept\n", Files.readString(readOnly));

        OrdinaryUser.Result noDirectory = user.run(work, "summarize", "doc.txt", "--format", "json", "-o", "locked/new.json");
        assertEquals(2, noDirectory.code(), noDirectory.err());
        assertTrue(noDirectory.err().contains("cannot write locked/new.json: permission denied (cannot create files in "), noDirectory.err());
        assertFalse(Files.exists(lockedDir.resolve("new.json")));

        OrdinaryUser.Result inPlace = user.run(work, "summarize", "doc.txt", "--format", "json", "-o", "locked/writable.json");
        assertEquals(0, inPlace.code(), inPlace.err());
        assertTrue(Files.readString(writableInLocked).startsWith("{"), "written in place, as the shell would");
    }
}
