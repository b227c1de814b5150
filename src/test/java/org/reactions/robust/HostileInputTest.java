package org.reactions.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactions.Fixtures;
import org.reactions.cli.Main;
import org.reactions.corpus.CorpusListing;
import org.reactions.summary.DocumentResult;

/**
 * Whatever lies in a folder: each hostile input gets its message and exit code, the good documents beside it are
 * still analysed, and the report stays valid JSON whose statements are slices of their documents.
 */
class HostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOOD = "Moscow urged restraint. \u201CWe condemn the strikes,\u201D Lavrov said.";

    @TempDir
    Path dir;

    /** A run of the command line on the given paths, JSON to stdout. */
    private record Run(int code, JsonNode report, String err) {
        JsonNode document(int i) {
            return report.path("documents").get(i);
        }
    }

    private static Run run(String... paths) throws Exception {
        List<String> args = new ArrayList<>(List.of("summarize", "--format", "json", "--threads", "2"));
        args.addAll(List.of(paths));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]), out, err);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(!errors.contains("Exception") && !errors.contains("\tat "), "no stack trace: " + errors);
        JsonNode report = out.size() == 0 ? null : JSON.readTree(out.toByteArray());
        return new Run(code, report, errors);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** One hostile file beside a good one: the good one is analysed, the run says what was wrong with the other. */
    private Run besideAGoodOne(Path hostile) throws Exception {
        Path good = write("good.txt", GOOD);
        return run(good.toString(), hostile.toString());
    }

    @Test
    void aMissingPath() throws Exception {
        Run alone = run(dir.resolve("gone.txt").toString());
        assertEquals(3, alone.code());
        assertTrue(alone.err().contains("gone.txt: no such file or directory"), alone.err());
        Run mixed = besideAGoodOne(dir.resolve("gone.txt"));
        assertEquals(1, mixed.code());
        assertEquals(2, mixed.report().path("statements").size());
        assertEquals("no such file or directory", mixed.document(1).path("error").asText());
    }

    @Test
    void anEmptyDirectory() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Run run = run(empty.toString());
        assertEquals(3, run.code());
        assertTrue(run.err().contains("directory holds no .txt files") && run.err().contains("nothing to analyse"), run.err());
    }

    @Test
    void anEmptyFile() throws Exception {
        Run run = besideAGoodOne(write("empty.txt", ""));
        assertEquals(1, run.code());
        assertEquals("empty document (no text to analyse)", run.document(1).path("error").asText());
        assertEquals(3, run(write("blank.txt", "  \n\n ").toString()).code());
    }

    @Test
    void thousandsOfSmallFiles() throws Exception {
        Path many = Files.createDirectory(dir.resolve("many"));
        for (int i = 0; i < 3000; i++) {
            Files.writeString(many.resolve(String.format("n%04d.txt", i)), i % 10 == 0 ? GOOD : "Nothing happened on day " + i + ".");
        }
        Run run = run(many.toString());
        assertEquals(0, run.code());
        assertEquals(3000, run.report().path("documents").size());
        assertEquals(600, run.report().path("statements").size());
    }

    @Test
    void binaryFiles() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Run run = besideAGoodOne(write("image.txt", png));
        assertEquals(1, run.code());
        assertEquals("binary file (contains NUL bytes), not text", run.document(1).path("error").asText());
        assertTrue(run.err().contains("image.txt: binary file"), run.err());
        byte[] nul = ("Moscow urged" + '\0' + "restraint.").getBytes(StandardCharsets.UTF_8);
        assertEquals(3, run(write("nul.txt", nul).toString()).code());
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithAWarning() throws Exception {
        byte[] cp1252 = "\u201CWe condemn this,\u201D Lavrov said.".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Run run = run(write("cp1252.txt", cp1252).toString());
        assertEquals(0, run.code());
        assertTrue(run.err().contains("warning: not valid UTF-8; decoded as Windows-1252"), run.err());
        assertEquals("We condemn this,", run.report().path("statements").get(0).path("quote").asText());
        assertEquals("not valid UTF-8; decoded as Windows-1252", run.document(0).path("warnings").get(0).asText());
    }

    @Test
    void byteOrderMarks() throws Exception {
        byte[] utf8 = ("\uFEFF" + GOOD).getBytes(StandardCharsets.UTF_8);
        byte[] le = ("\uFEFF" + GOOD).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF" + GOOD).getBytes(StandardCharsets.UTF_16BE);
        Run run = run(write("utf8.txt", utf8).toString(), write("le.txt", le).toString(), write("be.txt", be).toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(6, run.report().path("statements").size());
        assertEquals(0, run.report().path("statements").get(0).path("start").asInt(), "offsets do not count the mark");
    }

    @Test
    void crlfAndLoneCrLineEnds() throws Exception {
        String crlf = "Headline\r\nMoscow urged restraint.\r\n\u201CWe condemn the strikes,\u201D Lavrov said.\r\n";
        String cr = crlf.replace("\r\n", "\r");
        Run run = run(write("crlf.txt", crlf).toString(), write("cr.txt", cr).toString());
        assertEquals(0, run.code());
        for (JsonNode s : run.report().path("statements")) {
            String text = s.path("document").asText().equals("crlf") ? crlf : cr;
            assertEquals(text.substring(s.path("start").asInt(), s.path("end").asInt()), s.path("text").asText());
            assertTrue(!s.path("text").asText().contains("\r"));
        }
        assertEquals(4, run.report().path("statements").size());
    }

    @Test
    void aFileOverTheSizeCapIsSkipped() throws Exception {
        Path big = dir.resolve("big.txt");
        byte[] line = "Nothing happened here today, again.\n".getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(big)) {
            for (int written = 0; written < 50 * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        Run run = besideAGoodOne(big);
        assertEquals(1, run.code());
        assertTrue(run.document(1).path("error").asText().matches("document is \\d+ bytes, over the --max-doc-bytes limit of 20971520; skipped"),
                run.document(1).path("error").asText());
    }

    @Test
    void oneLineOfFiveMegabytes() throws Exception {
        StringBuilder line = new StringBuilder();
        while (line.length() < 5_000_000) {
            line.append(GOOD).append(' ');
        }
        Run run = run(write("line.txt", line.toString()).toString());
        assertEquals(0, run.code());
        assertTrue(run.report().path("statements").size() > 1000);
    }

    @Test
    void unbalancedAndNestedQuoteMarks() throws Exception {
        String text = "\u201CWe condemn \u201Cthis\u201D and \u2018that\u2019,\u201D Lavrov said.\n"
                + "\u201CNo closing mark, Peskov said.\n\u201D\u201D Stray marks \u201C\u201C \" ' \u00AB Zakharova said: \u201Cyes\n"
                + "\"Straight \"inner\" quotes,\" Nebenzia said.";
        Run run = run(write("quotes.txt", text).toString());
        assertEquals(0, run.code());
        for (JsonNode s : run.report().path("statements")) {
            assertEquals(text.substring(s.path("start").asInt(), s.path("end").asInt()), s.path("text").asText());
        }
        assertTrue(run.report().path("statements").size() >= 3);
    }

    @Test
    void aFileUnreadableForPermissions() throws Exception {
        Path locked = write("locked.txt", GOOD);
        if (OrdinaryUser.isRoot()) { // root reads any file: the command line runs as an ordinary user
            write("good.txt", GOOD);
            OrdinaryUser user = OrdinaryUser.of(Files.createDirectory(dir.resolve("classpath")));
            OrdinaryUser.openUp(dir);
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            OrdinaryUser.Result result = user.run(dir, "summarize", "good.txt", "locked.txt", "--format", "json");
            assertEquals(1, result.code(), result.err());
            assertEquals("reactions: locked.txt: permission denied\n", result.err());
            return;
        }
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "this user can read a file of mode 000");
        Run run = besideAGoodOne(locked);
        assertEquals(1, run.code());
        assertEquals("permission denied", run.document(1).path("error").asText());
    }

    @Test
    void aSymbolicLinkLoop() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        Run run = run(a.toString());
        assertEquals(3, run.code());
        assertTrue(run.err().contains("a.txt: too many levels of symbolic links"), run.err());
        Run listed = run(dir.toString());
        assertEquals(3, listed.code());
        assertEquals(2, listed.report().path("documents").size());
    }

    @Test
    void aFileThatVanishesDuringTheRun() throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("vanishing"));
        Files.writeString(corpus.resolve("a.txt"), GOOD);
        Files.writeString(corpus.resolve("b.txt"), GOOD);
        CorpusListing listing = CorpusListing.of(List.of(corpus.toString()));
        Files.delete(corpus.resolve("b.txt")); // listed, then gone before a worker reads it
        List<DocumentResult> results = new ArrayList<>();
        Fixtures.ANALYZER.analyzeAll(listing.documents(), new ByteArrayInputStream(new byte[0]), results::add);
        assertEquals(2, results.get(0).statements().size());
        assertEquals("no such file or directory", results.get(1).error());
    }

    @Test
    void nonEnglishText() throws Exception {
        String text = "Москва призвала к сдержанности. 中国外交部发言人表示强烈谴责。 إيران تدين الهجوم. Teherán condenó el ataque.";
        Run run = run(write("other.txt", text).toString());
        assertEquals(0, run.code());
        for (JsonNode s : run.report().path("statements")) {
            int start = text.offsetByCodePoints(0, s.path("start").asInt());
            int end = text.offsetByCodePoints(0, s.path("end").asInt());
            assertEquals(text.substring(start, end), s.path("text").asText());
        }
    }

    @Test
    void onlyPunctuation() throws Exception {
        Run run = run(write("punct.txt", "... !!! ??? \u201C\u201D \"\" '' \u2014 ;;; (((\n,,,").toString());
        assertEquals(0, run.code());
        assertEquals(0, run.report().path("statements").size());
    }
}
