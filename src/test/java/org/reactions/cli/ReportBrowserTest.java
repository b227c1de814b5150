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
        runChromium("--window-size=1280,2400", "--screenshot=" + screenshot, url);
        assertTrue(Files.size(screenshot) > 10_000, "screenshot saved");
    }

    @Test
    void thePageIsSelfContained() throws Exception {
        String html = Files.readString(REPORT, StandardCharsets.UTF_8);
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("<link"), "no stylesheet link");
        assertFalse(html.contains("src="), "no external resource");
        assertFalse(html.matches("(?s).*(https?:)?//[a-z].*"), "no network address");
        assertTrue(html.contains("href=\"../../corpus/000_5e1f9e76c6f91612.txt\""), "links to documents, relative to the report");
    }

    private static int countOf(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
