package org.reactions.robust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.reactions.cli.Main;

/**
 * Properties of every report, on random and mutated articles: no exception escapes (exit code 0, or 3 for a document
 * that turned out unreadable, and no stack trace), the JSON parses and validates against
 * schema/reactions-v1.schema.json, every statement's text is its start/end slice of the document, every
 * statement's country is one requested, and the per-country counts add up to the statements listed.
 */
class ReportPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = schema();
    private static final List<String> SENTENCES = corpusSentences();
    private static final List<String> COUNTRIES = List.of("RU", "CN", "IR", "US", "IL", "TR");
    /** characters that stress the quote finder, the tokenizer and offsets */
    private static final String ODD = "\u201C\u201D\"'\u2018\u2019\u00AB\u00BB:;,.?!-\u2014\u2026()\n\r\t \u00A0\u0301\u05D0\uD83D\uDE00#%\\/";

    private static JsonSchema schema() {
        try {
            JsonNode schema = JSON.readTree(Path.of("schema/reactions-v1.schema.json").toFile());
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentences of corpus/, news as the tool meets it. */
    static List<String> corpusSentences() {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readString(file).split("\n")) {
                    for (String sentence : line.split("(?<=[.?!\u201D])\\s+")) {
                        if (!sentence.isBlank()) {
                            sentences.add(sentence);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sentences;
    }

    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> sentence = Arbitraries.of(SENTENCES);
        Arbitrary<String> mutated = Combinators.combine(sentence, Arbitraries.integers().between(0, 6), Arbitraries.randoms())
                .as((s, mutations, random) -> {
                    StringBuilder b = new StringBuilder(s);
                    for (int m = 0; m < mutations && b.length() > 0; m++) {
                        int at = random.nextInt(b.length());
                        switch (random.nextInt(4)) {
                            case 0 -> b.deleteCharAt(at);
                            case 1 -> b.insert(at, ODD.charAt(random.nextInt(ODD.length())));
                            case 2 -> b.insert(at, b.charAt(random.nextInt(b.length())));
                            default -> b.setCharAt(at, Character.isUpperCase(b.charAt(at)) ? Character.toLowerCase(b.charAt(at))
                                    : Character.toUpperCase(b.charAt(at)));
                        }
                    }
                    return b.toString();
                });
        Arbitrary<String> noise = Arbitraries.strings().withChars(ODD + "abcXYZ said according to Moscow Lavrov").ofMaxLength(120);
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(6, mutated), Tuple.of(3, sentence), Tuple.of(1, noise));
        Arbitrary<String> paragraph = piece.list().ofMinSize(1).ofMaxSize(4).map(p -> String.join(" ", p));
        Arbitrary<String> separator = Arbitraries.of("\n", "\r\n", "\r", "\n\n", " ");
        return Combinators.combine(paragraph.list().ofMinSize(1).ofMaxSize(8), separator, Arbitraries.of("", "date 2026-03-04\n", "\uFEFF"))
                .as((paragraphs, sep, head) -> head + String.join(sep, paragraphs));
    }

    @Provide
    Arbitrary<List<String>> countries() {
        return Arbitraries.of(COUNTRIES).list().ofMinSize(1).ofMaxSize(4).uniqueElements();
    }

    @Property(tries = 250)
    void everyReportIsValidConsistentAndTrueToTheText(@ForAll("articles") String article, @ForAll("countries") List<String> countries)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        byte[] bytes = article.getBytes(StandardCharsets.UTF_8); // a lone surrogate goes out as '?'
        int code = Main.run(new String[] {"summarize", "-", "--format", "json", "--countries", String.join(",", countries),
            "--threads", "1"}, new ByteArrayInputStream(bytes), out, err);
        String errors = err.toString(StandardCharsets.UTF_8);
        check(code == 0 || code == 3, "exit code " + code + ": " + errors);
        check(!errors.contains("Exception") && !errors.contains("\tat "), "a stack trace: " + errors);
        JsonNode report = JSON.readTree(out.toByteArray());
        Set<ValidationMessage> invalid = SCHEMA.validate(report);
        check(invalid.isEmpty(), "schema: " + invalid);

        String sent = new String(bytes, StandardCharsets.UTF_8);
        String text = sent.startsWith("\uFEFF") ? sent.substring(1) : sent;
        Map<String, Integer> perCountry = new HashMap<>();
        for (JsonNode s : report.path("statements")) {
            int start = text.offsetByCodePoints(0, s.path("start").asInt());
            int end = text.offsetByCodePoints(0, s.path("end").asInt());
            check(s.path("text").asText().equals(text.substring(start, end)), "text is not its slice: " + s);
            check(countries.contains(s.path("country").asText()), "country not requested: " + s);
            perCountry.merge(s.path("country").asText(), 1, Integer::sum);
        }
        int listed = 0;
        for (JsonNode c : report.path("countries")) {
            int statements = c.path("statements").asInt();
            check(statements == perCountry.getOrDefault(c.path("code").asText(), 0), "count of " + c.path("code"));
            int speakers = 0;
            for (JsonNode speaker : c.path("speakers")) {
                speakers += speaker.path("statements").asInt();
            }
            check(speakers == statements, "speakers of " + c.path("code") + " add up");
            listed += statements;
        }
        check(listed == report.path("statements").size(), "every statement is counted once");
        check(report.path("countries").size() == countries.size(), "one summary per requested country");
        check(code == 3 || report.path("documents").get(0).path("statements").asInt() == listed, "document count");
    }

    /** Random boilerplate around a page's article: each piece holds a statement that must not be extracted. */
    private static final List<String> BOILERPLATE = List.of(
            "<nav><a href='/'>Home</a> Putin said the menu is fine</nav>",
            "<div class='cookie-banner'><p>Lavrov said we use cookies to improve the site.</p></div>",
            "<aside><p>Related: <a href='/x'>Wang Yi says China will send troops</a></p></aside>",
            "<div id='comments'><p>A reader: Araghchi said the war is over.</p></div>",
            "<footer><p>Zakharova said all rights reserved.</p></footer>",
            "<p><a href='/a'>Putin vows to strike back at once</a></p>");

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> boilerplate = Arbitraries.of(BOILERPLATE).list().ofMaxSize(4).map(b -> String.join("", b));
        Arbitrary<List<String>> paragraphs = articles().map(a -> List.of(a.replace("date 2026-03-04\n", "").split("[\r\n]+")));
        Arbitrary<String> date = Arbitraries.of("", "<meta property='article:published_time' content='2026-03-04T10:00:00Z'>",
                "<meta property='article:published_time' content='not a date'>");
        return Combinators.combine(boilerplate, paragraphs, boilerplate, date).as((before, body, after, meta) -> "<html><head>" + meta
                + "</head><body>" + before + "<article>" + String.join("", body.stream().map(p -> "<p>" + escape(p) + "</p>").toList())
                + "</article>" + after + "</body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Property(tries = 50)
    void everyPageReportIsValidAndItsStatementsComeFromTheArticleText(@ForAll("pages") String page,
                                                                       @ForAll("countries") List<String> countries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"summarize", "--input-format", "html", "-", "--format", "json", "--countries",
            String.join(",", countries), "--threads", "1"}, new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), out, err);
        String errors = err.toString(StandardCharsets.UTF_8);
        check(code == 0 || code == 3, "exit code " + code + ": " + errors);
        check(!errors.contains("Exception") && !errors.contains("\tat "), "a stack trace: " + errors);
        JsonNode report = JSON.readTree(out.toByteArray());
        check(SCHEMA.validate(report).isEmpty(), "schema: " + SCHEMA.validate(report));
        String text = org.reactions.corpus.HtmlArticle.extract(new String(page.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                org.reactions.corpus.HtmlBoilerplate.bundled()).text();
        for (JsonNode s : report.path("statements")) {
            int start = text.offsetByCodePoints(0, s.path("start").asInt());
            int end = text.offsetByCodePoints(0, s.path("end").asInt());
            check(s.path("text").asText().equals(text.substring(start, end)), "text is not its slice of the article: " + s);
            for (String decoy : List.of("menu", "cookies", "send troops", "war is over", "rights reserved", "strike back")) {
                check(!s.path("text").asText().contains(decoy), "a statement from the boilerplate: " + s);
            }
        }
        checkTimelines(report);
    }

    @Provide
    Arbitrary<List<String>> feeds() {
        Arbitrary<String> good = Combinators.combine(articles(), Arbitraries.of("2026-03-02", "2026-03-04T08:00:00Z", "bad date", ""))
                .as((text, date) -> {
                    com.fasterxml.jackson.databind.node.ObjectNode line = JSON.createObjectNode().put("text", text);
                    if (!date.isEmpty()) {
                        line.put("date", date);
                    }
                    return line.toString();
                });
        Arbitrary<String> bad = Arbitraries.of("{not json", "{\"title\": \"no text\"}", "[1, 2]", "{\"text\": 42}", "\"text\"");
        return Arbitraries.frequencyOf(Tuple.of(4, good), Tuple.of(1, bad)).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 40)
    void everyFeedReportNamesEachBadLineAndAnalysesTheRest(@ForAll("feeds") List<String> lines, @ForAll("countries") List<String> countries)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"summarize", "--input-format", "jsonl", "-", "--format", "json", "--countries",
            String.join(",", countries), "--threads", "2"},
                new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), out, err);
        String errors = err.toString(StandardCharsets.UTF_8);
        check(!errors.contains("Exception") && !errors.contains("\tat "), "a stack trace: " + errors);
        JsonNode report = JSON.readTree(out.toByteArray());
        check(SCHEMA.validate(report).isEmpty(), "schema: " + SCHEMA.validate(report));
        JsonNode documents = report.path("documents");
        check(documents.size() == lines.size(), "one document per line");
        int failed = 0;
        for (int i = 0; i < lines.size(); i++) {
            JsonNode document = documents.get(i);
            check(document.path("path").asText().equals("-:" + (i + 1)), "line number of " + document);
            JsonNode parsed = parse(new String(lines.get(i).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)); // as sent
            boolean readable = parsed != null && parsed.path("text").isTextual() && !parsed.path("text").asText().isBlank();
            check(readable == document.path("error").isNull(), "error exactly for a bad line: " + lines.get(i) + " -> " + document);
            failed += readable ? 0 : 1;
            if (readable) {
                String text = parsed.path("text").asText();
                for (JsonNode s : report.path("statements")) {
                    if (s.path("document").asText().equals(document.path("id").asText())) {
                        int start = text.offsetByCodePoints(0, s.path("start").asInt());
                        int end = text.offsetByCodePoints(0, s.path("end").asInt());
                        check(s.path("text").asText().equals(text.substring(start, end)), "text is not its slice: " + s);
                    }
                }
            }
        }
        check(code == (failed == 0 ? 0 : failed == lines.size() ? 3 : 1), "exit code " + code + " with " + failed + " bad lines");
        checkTimelines(report);
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }

    /** Each country's timeline adds up to its statements and label counts. */
    private static void checkTimelines(JsonNode report) {
        for (JsonNode c : report.path("countries")) {
            int statements = 0;
            Map<String, Integer> labels = new HashMap<>();
            for (JsonNode day : c.path("timeline")) {
                statements += day.path("statements").asInt();
                day.path("labels").fields().forEachRemaining(e -> labels.merge(e.getKey(), e.getValue().asInt(), Integer::sum));
            }
            check(statements == c.path("statements").asInt(), "timeline of " + c.path("code") + " adds up");
            c.path("labels").fields().forEachRemaining(e -> check(e.getValue().asInt() == labels.getOrDefault(e.getKey(), 0),
                    "timeline labels of " + c.path("code")));
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
