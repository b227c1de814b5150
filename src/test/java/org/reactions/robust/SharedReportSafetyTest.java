package org.reactions.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactions.cli.Main;

/**
 * What an analyst shares must not run anything of what the documents hold: a document named like a script link
 * stays a relative link in the HTML report, a feed's address is a link only when it is a web address, the report
 * allows no script but its own and no request, and a quotation that a
 * spreadsheet would run as a formula is written as text in CSV unless --csv-raw asks for it as it is.
 */
class SharedReportSafetyTest {
    private static final String FORMULA = "=HYPERLINK(\"http://example.invalid/x\",\"see the source\")";
    private static final String TEXT = "Moscow urged restraint. \u201C" + FORMULA + "\u201D Lavrov said.\n\n"
            + "\u201C+1 more strike will be answered,\u201D Lavrov said.\n";
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    @TempDir
    Path dir;

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), out, err);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void documentsNamedLikeScriptLinksStayRelativeLinks() throws IOException {
        List<String> names = List.of("javascript:alert(1).txt", "JaVaScRiPt:alert(2).txt", "data:text,x.txt", "java\tscript:alert(3).txt",
                "vbscript:msgbox.txt");
        for (String name : names) {
            Files.writeString(dir.resolve(name), TEXT);
        }
        Path report = dir.resolve("report.html");
        run("report", dir.toString(), "-o", report.toString(), "-q");
        String html = Files.readString(report);
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                + "img-src data:; script-src 'sha256-"), "a policy that allows the page's own style and its one script alone");
        assertEquals(1, html.toLowerCase().split("<script", -1).length - 1, "the report's own script, no other");
        Matcher links = HREF.matcher(html);
        List<String> hrefs = new ArrayList<>();
        while (links.find()) {
            hrefs.add(links.group(1));
        }
        assertTrue(hrefs.size() >= names.size(), hrefs.toString());
        for (String href : hrefs) {
            String asBrowsersRead = href.replaceAll("[\\t\\n\\r]", "").replace("&amp;", "&");
            assertTrue(href.startsWith("#") || href.startsWith("./") || !SCHEME.matcher(asBrowsersRead).find()
                    || asBrowsersRead.startsWith("http://") || asBrowsersRead.startsWith("https://"), href);
        }
        assertTrue(hrefs.contains("./javascript:alert(1).txt"), hrefs.toString());
        assertTrue(hrefs.contains("java%09script:alert(3).txt"), hrefs.toString()); // "%" is no letter of a scheme
    }

    /**
     * A feed's addresses, titles and outlets are anyone's to write: only an http or https address with a host becomes a
     * link; a script, data or mail address, or one without a host, is shown as text; titles and outlets are escaped.
     */
    @Test
    void aFeedsAddressesBecomeLinksOnlyWhenTheyAreWebAddresses() throws IOException {
        String[] urls = {"javascript:alert(1)", " JavaScript:alert(2)", "data:text/html,<b>x</b>", "mailto:a@example.invalid",
            "https:/no-host", "https://news.example.invalid/story?id=1&x=\"y\"", "//news.example.invalid/relative"};
        StringBuilder feed = new StringBuilder();
        for (int i = 0; i < urls.length; i++) {
            feed.append(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(java.util.Map.of("id", "a" + i, "url", urls[i],
                    "title", "<script>alert(" + i + ")</script> \"title\"", "source", "Outlet <img src=x onerror=alert(1)>", "text", TEXT)))
                    .append('\n');
        }
        Path file = Files.writeString(dir.resolve("feed.jsonl"), feed);
        Path report = dir.resolve("feed.html");
        run("report", file.toString(), "-o", report.toString(), "-q");
        String html = Files.readString(report);
        List<String> external = new ArrayList<>();
        Matcher links = HREF.matcher(html);
        while (links.find()) {
            if (!links.group(1).startsWith("#")) {
                external.add(links.group(1));
            }
        }
        assertFalse(external.isEmpty());
        for (String href : external) {
            assertEquals("https://news.example.invalid/story?id=1&amp;x=%22y%22", href, "the one web address with a host is linked");
        }
        assertFalse(html.contains("<script>alert"), "titles are escaped");
        assertFalse(html.contains("<img"), "outlets are escaped");
        assertTrue(html.contains("&lt;script&gt;alert(0)&lt;/script&gt; &quot;title&quot; (" + file + ":1)"), "an unlinked article says where it is");
    }

    /** Every cell of a CSV report. */
    private static List<String> cells(String csv) throws IOException {
        List<String> cells = new ArrayList<>();
        try (MappingIterator<List<String>> rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerForListOf(String.class).readValues(csv)) {
            rows.forEachRemaining(cells::addAll);
        }
        return cells;
    }

    @Test
    void formulasAreTextInCsvUnlessRawIsAsked() throws IOException {
        Path doc = Files.writeString(dir.resolve("doc.txt"), TEXT);
        for (String command : List.of("statements", "summarize")) {
            List<String> cells = cells(run(command, doc.toString(), "--format", "csv"));
            assertTrue(cells.stream().noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0), cells.toString());
            assertTrue(cells.stream().anyMatch(cell -> cell.startsWith("'=HYPERLINK(")), cells.toString());
            assertTrue(cells.stream().anyMatch(cell -> cell.startsWith("'+1 more strike")), cells.toString());
            List<String> raw = cells(run(command, doc.toString(), "--format", "csv", "--csv-raw"));
            assertTrue(raw.stream().anyMatch(cell -> cell.startsWith("=HYPERLINK(")), raw.toString());
            assertTrue(raw.stream().noneMatch(cell -> cell.startsWith("'")), raw.toString());
        }
    }
}
