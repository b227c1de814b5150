package org.reactions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reactions.pipeline.ExitCode;

/**
 * The HTML report in a real browser: headless Chromium loads the file, the rendered DOM must hold the chart and
 * the statements of every country, and a screenshot is saved as target/report.png. Without Chromium the test is
 * skipped, unless REACTIONS_CI=required (as in .ci/run, which installs Debian's chromium).
 */
class ReportBrowserTest {
    private static final Path DIR = Path.of("target/report-test");
    private static final Path REPORT = DIR.resolve("report.html");

    @BeforeAll
    static void writeReport() throws Exception {
        Files.createDirectories(DIR);
        CliRun run = CliRun.run("report", "corpus", "-o", REPORT.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
    }

    private static String chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        boolean required = "required".equals(System.getenv("REACTIONS_CI"));
        assertFalse(required, "REACTIONS_CI=required but no Chromium was found");
        assumeTrue(false, "Chromium is not installed (apt-get install chromium); browser test skipped");
        return null;
    }

    private static String runChromium(String... arguments) throws Exception {
        Path profile = Files.createTempDirectory("reactions-chromium");
        List<String> command = new ArrayList<>(List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        Path stdout = Files.createTempFile("chromium", ".out");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish in time");
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    @Test
    void theRenderedPageHasTheChartAndStatementsOfEveryCountry() throws Exception {
        String url = REPORT.toAbsolutePath().toUri().toString();
        String dom = runChromium("--dump-dom", url);
        JsonNode json = new ObjectMapper().readTree(CliRun.run("summarize", "corpus", "--format", "json").out());
        for (JsonNode country : json.path("countries")) {
            String code = country.path("code").asText();
            assertTrue(dom.contains("id=\"country-" + code + "\""), "no section for " + code);
            assertTrue(dom.contains("class=\"chart\" data-country=\"" + code + "\""), "no chart for " + code);
            Matcher section = Pattern.compile("id=\"country-" + code + "\"(.*?)</section>", Pattern.DOTALL).matcher(dom);
            assertTrue(section.find());
            int statements = countOf(section.group(1), "class=\"statement\"");
            assertEquals(country.path("statements").asInt(), statements, code);
            for (var label : (Iterable<java.util.Map.Entry<String, JsonNode>>) country.path("labels")::fields) {
                assertTrue(section.group(1).contains("data-label=\"" + label.getKey() + "\""), code + " " + label.getKey());
            }
        }
        assertTrue(dom.contains("<mark>"), "quoted words are highlighted");
        Path screenshot = Path.of("target/report.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        runChromium("--window-size=1400,2400", "--screenshot=" + screenshot, url);
        assertTrue(Files.size(screenshot) > 10_000, "screenshot saved");
    }

    /**
     * The page at a phone's width, a laptop's and a wide screen's scrolls only downwards. Headless Chromium will not
     * make its window narrower than 500 px, so the page is measured in frames of each width: a copy of it, without
     * its policy, reports its overflow (scroll width less client width) to the page that frames it.
     */
    @Test
    void thePageFitsNarrowAndWideScreensWithoutScrollingSideways() throws Exception {
        String page = Files.readString(REPORT, StandardCharsets.UTF_8).replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "")
                .replace("</body>", "<script>var d=document.documentElement;"
                        + "parent.postMessage(location.hash.slice(1)+'='+(d.scrollWidth-d.clientWidth),'*');</script></body>");
        Files.writeString(DIR.resolve("probe.html"), page, StandardCharsets.UTF_8);
        List<Integer> widths = List.of(360, 420, 1400, 1600);
        StringBuilder frames = new StringBuilder("<!DOCTYPE html><html><body><div id=\"out\"></div>");
        for (int width : widths) {
            frames.append("<iframe src=\"probe.html#w").append(width).append("\" width=\"").append(width).append("\" height=\"600\"></iframe>");
        }
        frames.append("<script>addEventListener('message',function(e){var p=e.data.split('=');"
                + "document.getElementById('out').setAttribute('data-'+p[0],p[1]);});</script></body></html>");
        Path framing = Files.writeString(DIR.resolve("frames.html"), frames, StandardCharsets.UTF_8);
        String dom = runChromium("--window-size=1700,900", "--virtual-time-budget=5000", "--dump-dom", framing.toAbsolutePath().toUri().toString());
        for (int width : widths) {
            Matcher overflow = Pattern.compile("data-w" + width + "=\"(-?\\d+)\"").matcher(dom);
            assertTrue(overflow.find(), "the page in a frame of " + width + " px said nothing: " + dom.substring(0, Math.min(300, dom.length())));
            assertEquals("0", overflow.group(1), "pixels to scroll sideways at " + width + " px");
        }
        runChromium("--window-size=420,2400", "--screenshot=" + Path.of("target/report-420.png").toAbsolutePath(), REPORT.toAbsolutePath().toUri().toString());
    }

    @Test
    void thePageIsSelfContainedAndRunsOnlyItsOwnScript() throws Exception {
        String html = Files.readString(REPORT, StandardCharsets.UTF_8);
        assertFalse(html.contains("<link"), "no stylesheet link");
        assertFalse(html.contains("src="), "no external resource");
        assertFalse(html.matches("(?s).*(https?:)?//[a-z].*"), "no network address");
        assertTrue(html.contains("href=\"../../corpus/000_5e1f9e76c6f91612.txt\""), "links to documents, relative to the report");
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(script.find(), "the filters' script");
        String code = script.group(1);
        assertFalse(script.find(), "one script only");
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
        String hash = "'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'";
        Matcher policy = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").matcher(html);
        assertTrue(policy.find());
        assertTrue(policy.group(1).contains("script-src " + hash), "the policy allows the script by its hash: " + policy.group(1));
        assertTrue(policy.group(1).startsWith("default-src 'none'"), policy.group(1));
        assertTrue(html.contains("<form id=\"filters\" hidden"), "without script the form is hidden");
        assertFalse(html.contains("<li class=\"statement\" hidden"), "without script every statement shows");
    }

    /**
     * The filters in a real browser, set by the page's fragment as a shared link would: only the statements that
     * match every field are shown, and the count says so. What should match is worked out here from the page's own text.
     */
    @Test
    void theFiltersShowOnlyTheStatementsThatMatch() throws Exception {
        String html = Files.readString(REPORT, StandardCharsets.UTF_8);
        List<String[]> items = new ArrayList<>(); // country, labels, text
        Matcher li = Pattern.compile("<li class=\"statement\" id=\"[^\"]*\" data-country=\"([A-Z]+)\" data-labels=\"([A-Z_ ]*)\"[^>]*>(.*?)</li>")
                .matcher(html);
        while (li.find()) {
            String text = li.group(3).replaceAll("<[^>]*>", "").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&amp;", "&");
            items.add(new String[] {li.group(1), " " + li.group(2) + " ", text.toLowerCase(java.util.Locale.ROOT)});
        }
        assertEquals(countOf(html, "<li class=\"statement\""), items.size());
        String base = REPORT.toAbsolutePath().toUri().toString();
        long russianCondemnations = items.stream().filter(i -> i[0].equals("RU") && i[1].contains(" CONDEMNATION ")).count();
        assertTrue(russianCondemnations > 0);
        String dom = runChromium("--dump-dom", base + "#country=RU&label=CONDEMNATION");
        assertEquals(russianCondemnations + " of " + items.size() + " statements shown", shownOf(dom));
        assertEquals(items.size() - russianCondemnations, Pattern.compile("<li class=\"statement\"[^>]* hidden[ =>]").matcher(dom).results().count(),
                "the others are hidden");
        assertTrue(Pattern.compile("<section class=\"country\" id=\"country-CN\" data-country=\"CN\" hidden[ =>]").matcher(dom).find(),
                "another country's section is hidden");
        long searched = items.stream().filter(i -> i[2].contains("nuclear") && i[2].contains("iran")).count();
        assertTrue(searched > 0 && searched < items.size());
        dom = runChromium("--dump-dom", base + "#q=Nuclear%20%20iran");
        assertEquals(searched + " of " + items.size() + " statements shown", shownOf(dom), "every word of the search, in any case");
        assertFalse(dom.contains("<form id=\"filters\" hidden"), "the script shows the form");
        long official = Pattern.compile("<li class=\"statement\"[^>]* data-voice=\"official\"").matcher(html).results().count();
        assertTrue(official > 0);
        assertEquals(official + " of " + items.size() + " statements shown", shownOf(runChromium("--dump-dom", base + "#voice=official")), "by voice");
    }

    private static String shownOf(String dom) {
        Matcher shown = Pattern.compile("<output id=\"shown\"[^>]*>([^<]*)</output>").matcher(dom);
        assertTrue(shown.find(), "no count of statements shown");
        return shown.group(1);
    }

    private static int countOf(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
