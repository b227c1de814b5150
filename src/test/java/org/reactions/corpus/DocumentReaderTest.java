package org.reactions.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
    private static final HtmlBoilerplate BOILERPLATE = HtmlBoilerplate.bundled();
    @TempDir
    Path dir;

    private SourceDocument read(byte[] bytes) throws IOException, UnreadableDocumentException {
        Path file = dir.resolve("a.txt");
        Files.write(file, bytes);
        return new DocumentReader(1000, BOILERPLATE, new ByteArrayInputStream(new byte[0])).read(new DocumentSource("a", file.toString()));
    }

    private SourceDocument read(String text) throws IOException, UnreadableDocumentException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bytesFetchedByTheCallerFollowTheRulesOfFiles() throws Exception {
        DocumentReader reader = new DocumentReader(40, BOILERPLATE, new ByteArrayInputStream(new byte[0]));
        DocumentSource source = new DocumentSource("a", "hdfs://archive/a.txt");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "date 2026-03-04\nMoscow urged.".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(text, 0, withBom, bom.length, text.length);
        SourceDocument d = reader.read(source, withBom);
        assertEquals(LocalDate.of(2026, 3, 4), d.date());
        assertEquals("Moscow urged.", d.text().substring(d.bodyStart()));
        assertEquals("hdfs://archive/a.txt", d.path());
        assertEquals("binary file (contains NUL bytes), not text",
                assertThrows(UnreadableDocumentException.class, () -> reader.read(source, new byte[] {65, 0, 66})).getMessage());
        assertTrue(assertThrows(UnreadableDocumentException.class, () -> reader.read(source, new byte[41])).getMessage()
                .startsWith("document is 41 bytes, over the --max-doc-bytes limit of 40"));
    }

    @Test
    void aWebPageWhoseNameDoesNotSaySoIsReadAsOneWithAWarning() throws Exception {
        DocumentReader reader = new DocumentReader(1 << 20, BOILERPLATE, new ByteArrayInputStream(new byte[0]));
        String page = "\uFEFF <!-- saved by a browser -->\n<!DOCTYPE html><html><body><nav>Home | World | Sign in</nav>"
                + "<article><p>Lavrov said the strikes were illegal.</p><p>He spoke in Moscow.</p></article></body></html>";
        for (String name : List.of("saved/page.php", "saved/index", "saved/page.txt")) {
            SourceDocument d = reader.read(new DocumentSource("p", name), page.getBytes(StandardCharsets.UTF_8));
            assertFalse(d.text().contains("Sign in") || d.text().contains("<"), d.text());
            assertTrue(d.text().contains("Lavrov said the strikes were illegal."), d.text());
            assertTrue(d.warnings().contains("read as a web page: its content is HTML, though its name does not say so"), d.warnings().toString());
        }
        SourceDocument quoting = reader.read(new DocumentSource("q", "q.txt"), "He typed <html> into the box.".getBytes(StandardCharsets.UTF_8));
        assertEquals("He typed <html> into the box.", quoting.text());
        assertEquals(List.of(), quoting.warnings());
    }

    @Test
    void dateLineBecomesTheDateAndTheBodyStartsAfterIt() throws Exception {
        SourceDocument d = read("date 2026-03-04\nMoscow urged restraint.");
        assertEquals(LocalDate.of(2026, 3, 4), d.date());
        assertEquals("Moscow urged restraint.", d.text().substring(d.bodyStart()));
    }

    @Test
    void dateMayShareItsLineWithTheText() throws Exception {
        SourceDocument d = read(" date 2026-03-04 Moscow urged restraint.");
        assertEquals(LocalDate.of(2026, 3, 4), d.date());
        assertEquals("Moscow urged restraint.", d.text().substring(d.bodyStart()));
    }

    @Test
    void anImpossibleDateIsAWarningNotAFailure() throws Exception {
        SourceDocument d = read("date 2026-13-40\nText.");
        assertNull(d.date());
        assertEquals(1, d.warnings().size());
    }

    @Test
    void withoutADateLineTheWholeTextIsTheBody() throws Exception {
        SourceDocument d = read("Beijing urged calm on the date of the talks.");
        assertNull(d.date());
        assertEquals(0, d.bodyStart());
    }

    @Test
    void byteOrderMarksAreHonouredAndRemoved() throws Exception {
        byte[] utf8 = "\uFEFFText.".getBytes(StandardCharsets.UTF_8);
        assertEquals("Text.", read(utf8).text());
        byte[] utf16 = new byte[] {(byte) 0xFF, (byte) 0xFE, 'T', 0, 'x', 0, '.', 0};
        assertEquals("Tx.", read(utf16).text());
        byte[] utf16be = new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'T', 0, '.'};
        assertEquals("T.", read(utf16be).text());
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithAWarning() throws Exception {
        SourceDocument d = read(new byte[] {'A', ' ', (byte) 0x93, 'q', (byte) 0x94, '.'});
        assertEquals("A \u201Cq\u201D.", d.text());
        assertEquals(List.of("not valid UTF-8; decoded as Windows-1252"), d.warnings());
    }

    @Test
    void binaryFilesAreRejected() {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}));
        assertTrue(e.getMessage().contains("binary"));
    }

    @Test
    void emptyAndBlankDocumentsAreRejected() {
        assertThrows(UnreadableDocumentException.class, () -> read(""));
        assertThrows(UnreadableDocumentException.class, () -> read(" \n\t\n"));
    }

    @Test
    void documentsOverTheSizeCapAreSkipped() {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> read(new byte[1001]));
        assertTrue(e.getMessage().contains("--max-doc-bytes"), e.getMessage());
    }

    @Test
    void missingFilesAndDirectoriesGiveOneLineReasons() {
        DocumentReader reader = new DocumentReader(1000, BOILERPLATE, new ByteArrayInputStream(new byte[0]));
        UnreadableDocumentException missing = assertThrows(UnreadableDocumentException.class,
                () -> reader.read(new DocumentSource("x", dir.resolve("x.txt").toString())));
        assertEquals("no such file or directory", missing.getMessage());
        UnreadableDocumentException directory = assertThrows(UnreadableDocumentException.class,
                () -> reader.read(new DocumentSource("d", dir.toString())));
        assertEquals("is a directory", directory.getMessage());
    }

    @Test
    void standardInputIsReadToo() throws Exception {
        DocumentReader reader = new DocumentReader(1000, BOILERPLATE, new ByteArrayInputStream("Tehran warned.".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Tehran warned.", reader.read(new DocumentSource("stdin", "-")).text());
    }

    @Test
    void aWebPageIsReadAsItsArticleAndAPageWithoutTextIsAnError() throws Exception {
        Path page = dir.resolve("p.HTML");
        Files.writeString(page, "<html><head><meta property='og:site_name' content='Wire'></head><body><nav>Home</nav>"
                + "<article><h1>Headline</h1><p>Lavrov said Moscow condemned the strikes.</p></article></body></html>");
        DocumentReader reader = new DocumentReader(1000, BOILERPLATE, new ByteArrayInputStream(new byte[0]));
        SourceDocument document = reader.read(new DocumentSource("p", page.toString()));
        assertEquals("Headline\n\nLavrov said Moscow condemned the strikes.", document.text());
        assertEquals("Wire", document.metadata().outlet());
        Path empty = dir.resolve("empty.htm");
        Files.writeString(empty, "<html><body><nav><a href='/'>Home</a></nav><footer>(c) 2026</footer></body></html>");
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> reader.read(new DocumentSource("empty", empty.toString())));
        assertEquals("no article text in the page", e.getMessage());
    }
}
