package org.reactions.eval;

import org.reactions.stance.BundledLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;
import org.reactions.stance.Label;

/**
 * The stance corpus (data/stance) as data: every line well-formed per ANNOTATING.md, its size and spread as its
 * README states, and nothing in it from what is kept for evaluation: no page of the reserved list or of the
 * project's evaluation sets (by URL), no run of 8 words shared with any of their articles or with corpus/, and no
 * crisis that is reserved whole.
 */
class StanceCorpusTest {
    static final Path CORPUS = Path.of("data/stance");
    private static final int SHARED_RUN = 8;
    private static final Pattern URL = Pattern.compile("https?://[^\\s|)]+");
    /** words that name the India–Pakistan conflict of 2025, reserved whole */
    private static final List<String> RESERVED_MARKERS = List.of("pahalgam", "sindoor");
    private static final Set<String> KINDS = Set.of("air strikes", "border wars", "coups", "sanctions and trade wars", "terror attacks",
            "detentions and hostage cases", "disputed elections", "UN votes", "cyber attacks", "ceasefire talks");

    private static final Map<String, List<JsonNode>> LINES = new TreeMap<>();
    private static final Map<String, String> KIND_OF = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        for (DataRow row : DataFiles.file(CORPUS.resolve("crises.tsv"), 4)) {
            KIND_OF.put(row.get(0), row.get(1));
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                List<JsonNode> lines = new ArrayList<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    lines.add(json.readTree(line));
                }
                LINES.put(file.getFileName().toString().replace(".jsonl", ""), lines);
            }
        }
    }

    @Test
    void everyCrisisOfTheListHasItsFileAndEveryFileItsCrisis() {
        assertEquals(KIND_OF.keySet(), LINES.keySet());
        assertTrue(KIND_OF.values().containsAll(KINDS), "kinds not covered: " + KINDS.stream().filter(k -> !KIND_OF.containsValue(k)).toList());
        LINES.forEach((crisis, lines) -> lines.forEach(s -> assertEquals(crisis, s.path("crisis").asText(), crisis + ": a line of another crisis")));
    }

    @Test
    void theCorpusIsAsLargeAndAsVariedAsItsReadmeSays() {
        int statements = LINES.values().stream().mapToInt(List::size).sum();
        Set<String> outlets = new HashSet<>();
        LINES.values().forEach(lines -> lines.forEach(s -> outlets.add(s.path("outlet").asText())));
        assertTrue(statements >= 4000, statements + " statements");
        assertTrue(LINES.size() >= 12, LINES.size() + " crises");
        assertTrue(outlets.size() >= 150, outlets.size() + " outlets");
    }

    @Test
    void everyLineIsWellFormed() {
        Set<String> codes = new HashSet<>();
        DataFiles.resource("reactions/kb/countries.tsv", 5).forEach(row -> codes.add(row.get(0)));
        List<String> problems = new ArrayList<>();
        LINES.forEach((crisis, lines) -> {
            for (int i = 0; i < lines.size(); i++) {
                String where = crisis + ".jsonl:" + (i + 1);
                problems.addAll(problems(lines.get(i), codes).stream().map(p -> where + ": " + p).toList());
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static List<String> problems(JsonNode s, Set<String> codes) {
        List<String> problems = new ArrayList<>();
        for (String field : List.of("url", "outlet", "sentence", "speaker", "speakerType", "country", "mode")) {
            if (s.path(field).asText("").isBlank()) {
                problems.add("no " + field);
            }
        }
        if (!s.path("context").isTextual() || !(s.path("date").isNull() || s.path("date").asText().matches("\\d{4}-\\d\\d-\\d\\d"))) {
            problems.add("context must be text and date YYYY-MM-DD or null");
        }
        if (!Set.of("person", "institution", "state").contains(s.path("speakerType").asText()) || !Set.of("direct", "indirect").contains(s.path("mode").asText())) {
            problems.add("speakerType or mode");
        }
        if (!codes.contains(s.path("country").asText())) {
            problems.add("unknown country " + s.path("country"));
        }
        List<String> labels = new ArrayList<>();
        s.path("labels").forEach(l -> labels.add(l.asText()));
        List<String> order = BundledLabels.LABELS.values().stream().map(Label::name).toList();
        if (labels.isEmpty() || !order.containsAll(labels) || !labels.equals(labels.stream().distinct().sorted((a, b) -> order.indexOf(a) - order.indexOf(b)).toList())
                || labels.size() > 1 && labels.contains(BundledLabels.LABELS.fallback().name())) {
            problems.add("labels " + labels);
        }
        List<String> targets = new ArrayList<>();
        s.path("targets").forEach(t -> targets.add(t.asText()));
        if (!codes.containsAll(targets) || !targets.equals(new ArrayList<>(new TreeSet<>(targets)))) {
            problems.add("targets " + targets);
        }
        if (s.path("sentence").asText().split("\\s+").length < 4) {
            problems.add("sentence too short");
        }
        return problems;
    }

    @Test
    void noPageKeptForEvaluationIsInTheCorpus() throws IOException {
        Set<String> kept = new HashSet<>();
        for (String line : Files.readAllLines(EvaluationSet.ROOT.resolve("reserved-urls.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                kept.add(urlKey(line));
            }
        }
        try (Stream<Path> sources = Files.walk(EvaluationSet.ROOT)) {
            for (Path file : sources.filter(f -> f.getFileName().toString().equals("SOURCES.md")).toList()) {
                Matcher m = URL.matcher(Files.readString(file));
                while (m.find()) {
                    kept.add(urlKey(m.group()));
                }
            }
        }
        assertTrue(kept.size() > 90, "the reserved and evaluation URLs were not all read: " + kept.size());
        List<String> found = new ArrayList<>();
        LINES.forEach((crisis, lines) -> lines.forEach(s -> {
            if (kept.contains(urlKey(s.path("url").asText()))) {
                found.add(crisis + ": " + s.path("url").asText());
            }
        }));
        assertTrue(found.isEmpty(), "pages kept for evaluation:\n" + String.join("\n", found));
    }

    @Test
    void noRunOfEightWordsIsSharedWithAnEvaluationArticle() throws IOException {
        Map<String, String> runs = new HashMap<>();
        List<Path> articles = new ArrayList<>();
        try (Stream<Path> eval = Files.walk(EvaluationSet.ROOT); Stream<Path> corpus = Files.list(Path.of("corpus"))) {
            eval.filter(f -> f.getParent().getFileName().toString().equals("articles")).forEach(articles::add);
            corpus.forEach(articles::add);
        }
        assertFalse(articles.isEmpty());
        for (Path article : articles) {
            runs(Files.readString(article)).forEach(run -> runs.put(run, article.toString()));
        }
        List<String> shared = new ArrayList<>();
        LINES.forEach((crisis, lines) -> lines.forEach(s -> {
            for (String field : List.of("context", "sentence")) {
                runs(s.path(field).asText()).stream().filter(runs::containsKey).findFirst()
                        .ifPresent(run -> shared.add(crisis + " (" + s.path("url").asText() + ") shares '" + run + "' with " + runs.get(run)));
            }
        }));
        assertTrue(shared.isEmpty(), String.join("\n", shared));
    }

    @Test
    void noCrisisReservedWholeIsInTheCorpus() {
        List<String> found = new ArrayList<>();
        LINES.forEach((crisis, lines) -> lines.forEach(s -> {
            String text = (s.path("context").asText() + " " + s.path("sentence").asText()).toLowerCase(Locale.ROOT);
            RESERVED_MARKERS.stream().filter(text::contains).forEach(marker -> found.add(crisis + ": '" + marker + "' in " + s.path("sentence").asText()));
        }));
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    private static Set<String> runs(String text) {
        List<String> tokens = TextOverlap.tokens(text);
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + SHARED_RUN <= tokens.size(); i++) {
            runs.add(String.join(" ", tokens.subList(i, i + SHARED_RUN)));
        }
        return runs;
    }

    static String urlKey(String url) {
        return url.strip().replaceFirst("^https?://(www\\.)?", "").replaceFirst("/+$", "").toLowerCase(Locale.ROOT);
    }
}
