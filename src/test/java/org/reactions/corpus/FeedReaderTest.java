package org.reactions.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
    private static final HtmlBoilerplate BOILERPLATE = HtmlBoilerplate.bundled();
    private static final CorpusOptions OPTIONS = CorpusOptions.defaults(10_000, BOILERPLATE);

    @TempDir
    Path dir;

    /** Each article read: id, path and then its text, or "error: " and the reason. */
    private static List<String> read(String feed, InputFormat format, CorpusOptions options) throws IOException {
        List<String> out = new ArrayList<>();
        try (FeedReader reader = new FeedReader(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)), "news", "news.jsonl",
                format, options)) {
            while (reader.hasNext()) {
                PendingDocument article = reader.next();
                try {
                    out.add(article.id() + " " + article.path() + " " + article.read().text());
                } catch (UnreadableDocumentException e) {
                    out.add(article.id() + " " + article.path() + " error: " + e.getMessage());
                }
            }
        }
        return out;
    }

    @Test
    void aBadLineIsReportedWithItsLineNumberAndTheRestIsRead() throws IOException {
        String feed = "{\"id\": \"a1\", \"text\": \"Lavrov said Moscow condemned the strikes.\"}\n"
                + "\n"
                + "{not json at all\n"
                + "{\"id\": \"a4\", \"title\": \"no text here\"}\n"
                + "[1, 2]\n"
                + "{\"id\": 5, \"text\": \"Wang Yi called for calm.\"}\r\n"
                + "{\"text\": \"No id, so the feed and the line name it.\"}";
        assertEquals(List.of(
                "a1 news.jsonl:1 Lavrov said Moscow condemned the strikes.",
                "news:3 news.jsonl:3 error: not valid JSON (each line of a JSON Lines feed is one article object)",
                "a4 news.jsonl:4 error: no 'text' or 'html' string with the article (its fields: id, title; name yours with --field text=NAME)",
                "news:5 news.jsonl:5 error: not a JSON object (a feed's article is {\"text\": ...})",
                "5 news.jsonl:6 Wang Yi called for calm.",
                "news:7 news.jsonl:7 No id, so the feed and the line name it."), read(feed, InputFormat.JSONL, OPTIONS));
    }

    @Test
    void fieldsCanHaveOtherNamesAndCarryDateTitleOutletAndUrl() throws Exception {
        FeedFields fields = FeedFields.DEFAULT.with(Map.of("text", "body", "date", "published_at", "source", "publisher"));
        String line = "{\"id\":\"x\",\"body\":\"Araghchi warned of a response.\",\"published_at\":\"2026-03-04T10:00:00+03:30\","
                + "\"title\":\"Iran warns\",\"publisher\":\"Gulf Today\",\"url\":\"https://gulftoday.example/x\"}\n";
        try (FeedReader reader = new FeedReader(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "f", "f.jsonl",
                InputFormat.JSONL, new CorpusOptions(10_000, InputFormat.TEXT, fields, BOILERPLATE))) {
            SourceDocument document = reader.next().read();
            assertEquals("Araghchi warned of a response.", document.text());
            assertEquals(LocalDate.of(2026, 3, 4), document.date());
            assertEquals(new DocumentMetadata("Iran warns", "Gulf Today", "https://gulftoday.example/x"), document.metadata());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeedFields.DEFAULT.with(Map.of("body", "text")));
        assertEquals("unknown feed field 'body' (id, text, html, title, date, url, source)", e.getMessage());
    }

    @Test
    void anArticleGivenAsHtmlIsExtractedAndADateThatDoesNotParseIsAWarning() throws Exception {
        String line = "{\"id\":\"p\",\"date\":\"March 4th\",\"html\":\"<html><head><meta property='og:site_name' content='Wire'></head>"
                + "<body><nav>Home</nav><article><h1>Headline</h1><p>Lin Jian said China opposed the strikes.</p></article></body></html>\"}\n";
        try (FeedReader reader = new FeedReader(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "f", "f.jsonl",
                InputFormat.JSONL, OPTIONS)) {
            SourceDocument document = reader.next().read();
            assertEquals("Headline\n\nLin Jian said China opposed the strikes.", document.text());
            assertEquals("Wire", document.metadata().outlet());
            assertNull(document.date());
            assertEquals(List.of("date 'March 4th' (field 'date') is not an ISO date (YYYY-MM-DD); the document counts as undated"),
                    document.warnings());
        }
    }

    @Test
    void aLineOverTheSizeLimitIsSkippedAndTheNextOneRead() throws IOException {
        String feed = "{\"text\": \"" + "a".repeat(200) + "\"}\n{\"id\": \"ok\", \"text\": \"Short.\"}\n";
        assertEquals(List.of("news:1 news.jsonl:1 error: article is over the --max-doc-bytes limit of 100 bytes; skipped",
                "ok news.jsonl:2 Short."), read(feed, InputFormat.JSONL, CorpusOptions.defaults(100, BOILERPLATE)));
    }

    @Test
    void aByteOrderMarkBeforeTheFirstLineIsSkipped() throws IOException {
        assertEquals(List.of("b news.jsonl:1 Text."), read("\uFEFF{\"id\":\"b\",\"text\":\"Text.\"}", InputFormat.JSONL, OPTIONS));
    }

    @Test
    void aJsonArrayIsReadItemByItemAndItsItemsAreNumbered() throws IOException {
        String feed = "[\n {\"id\": \"a\", \"text\": \"One.\"},\n \"not an object\",\n {\"id\": \"c\", \"text\": \"Three.\"}\n]";
        assertEquals(List.of("a news.jsonl[1] One.", "news:2 news.jsonl[2] error: not a JSON object (a feed's article is {\"text\": ...})",
                "c news.jsonl[3] Three."), read(feed, InputFormat.JSON, OPTIONS));
        String oneLine = "[{\"text\": \"One.\"}, {\"title\": \"no text\"}, {\"text\": \"Three.\"}]";
        assertEquals(List.of("news:1 news.jsonl[1] One.",
                "news:2 news.jsonl[2] error: no 'text' or 'html' string with the article (its fields: title; name yours with --field text=NAME)",
                "news:3 news.jsonl[3] Three."), read(oneLine, InputFormat.JSON, OPTIONS), "one line, yet each item its own id and place");
    }

    @Test
    void theCommonWrappersOfAnArrayAreRead() throws IOException {
        for (String wrapper : List.of("articles", "items", "data")) {
            String feed = "{\"source\": {\"name\": \"x\", \"list\": [1, 2]}, \"" + wrapper + "\": [{\"id\": \"a\", \"text\": \"One.\"}], \"next\": null}";
            assertEquals(List.of("a news.jsonl[1] One."), read(feed, InputFormat.JSON, OPTIONS), wrapper);
        }
    }

    @Test
    void aJsonArrayBrokenInTheMiddleEndsThere() throws IOException {
        String feed = "[{\"id\": \"a\", \"text\": \"One.\"},\n{\"id\": \"b\", \"text\": \"Two.\"\n{\"id\": \"c\"}]";
        List<String> read = read(feed, InputFormat.JSON, OPTIONS);
        assertEquals(2, read.size());
        assertEquals("a news.jsonl[1] One.", read.get(0));
        assertTrue(read.get(1).endsWith("error: not valid JSON; the rest of the feed cannot be read"), read.get(1));
    }

    @Test
    void aJsonFileThatIsNotAnArraySaysSo() throws IOException {
        assertEquals(List.of("news:1 news.jsonl:1 error: not a JSON array of articles (a .json feed is [{\"text\": ...}, ...], "
                + "or an object holding that array as articles, items, data)"),
                read("{\"text\": \"an object, not an array\"}", InputFormat.JSON, OPTIONS));
    }

    /** A stream of JSON Lines made up as it is read, that counts the bytes handed out. */
    private static final class GeneratedFeed extends InputStream {
        private final int lines;
        private byte[] current = new byte[0];
        private int position;
        private int made;
        long handedOut;

        GeneratedFeed(int lines) {
            this.lines = lines;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position == current.length) {
                if (made == lines) {
                    return -1;
                }
                made++;
                current = ("{\"id\":\"n" + made + "\",\"text\":\"" + "Lavrov said the strikes were unlawful. ".repeat(100) + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            handedOut += n;
            return n;
        }
    }

    @Test
    void aBigFeedIsReadLineByLineNeverAheadOfTheArticleAsked() throws IOException {
        GeneratedFeed feed = new GeneratedFeed(20_000); // about 80 MB
        int lineBytes = 4_000;
        try (FeedReader reader = new FeedReader(feed, "big", "big.jsonl", InputFormat.JSONL, OPTIONS)) {
            int articles = 0;
            while (reader.hasNext()) {
                reader.next();
                articles++;
                // what was read is the articles handed over, at most one 64 KiB buffer ahead
                assertTrue(feed.handedOut <= (long) articles * lineBytes + (1 << 16) + lineBytes,
                        "read " + feed.handedOut + " bytes for " + articles + " articles");
            }
            assertEquals(20_000, articles);
        }
    }

    @Test
    void aFeedThatCannotBeOpenedOrHoldsNothingIsOneDocumentWithAnError() throws Exception {
        Files.writeString(dir.resolve("empty.jsonl"), "\n\n");
        List<DocumentSource> sources = List.of(new DocumentSource("gone", dir.resolve("gone.jsonl").toString()),
                new DocumentSource("empty", dir.resolve("empty.jsonl").toString()));
        List<String> errors = new ArrayList<>();
        try (CorpusReader reader = new CorpusReader(sources, OPTIONS, new ByteArrayInputStream(new byte[0]))) {
            while (reader.hasNext()) {
                PendingDocument document = reader.next();
                errors.add(document.id() + ": " + assertThrows(UnreadableDocumentException.class, document::read).getMessage());
            }
        }
        assertEquals(List.of("gone: no such file or directory", "empty: the feed holds no articles"), errors);
    }

    @Test
    void feedsFilesAndStandardInputComeInInputOrder() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "date 2026-03-01\nA text file.");
        Files.writeString(dir.resolve("b.jsonl"), "{\"id\":\"b1\",\"text\":\"B one.\"}\n{\"id\":\"b2\",\"text\":\"B two.\"}\n");
        List<DocumentSource> sources = CorpusListing.of(List.of(dir.resolve("a.txt").toString(), dir.resolve("b.jsonl").toString(), "-"),
                InputFormat.JSONL).documents();
        List<String> ids = new ArrayList<>();
        try (CorpusReader reader = new CorpusReader(sources, OPTIONS,
                new ByteArrayInputStream("{\"id\":\"s1\",\"text\":\"From stdin.\"}".getBytes(StandardCharsets.UTF_8)))) {
            while (reader.hasNext()) {
                PendingDocument document = reader.next();
                ids.add(document.id() + "=" + document.read().text());
            }
        }
        assertEquals(List.of("a=date 2026-03-01\nA text file.", "b1=B one.", "b2=B two.", "s1=From stdin."), ids);
    }

    @Test
    void aRepeatedIdIsMadeUniqueAsRepeatedFileNamesAre() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "A text file.");
        Files.writeString(dir.resolve("f.jsonl"), "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"x\",\"text\":\"Two.\"}\n"
                + "{\"id\":\"x\",\"text\":\"Three.\"}\n");
        List<String> ids = new ArrayList<>();
        try (CorpusReader reader = new CorpusReader(CorpusListing.of(List.of(dir.toString())).documents(), OPTIONS,
                new ByteArrayInputStream(new byte[0]))) {
            while (reader.hasNext()) {
                PendingDocument document = reader.next();
                ids.add(document.id() + "=" + document.read().id());
            }
        }
        assertEquals(List.of("a=a", "a~2=a~2", "x=x", "x~2=x~2"), ids);
    }
}
