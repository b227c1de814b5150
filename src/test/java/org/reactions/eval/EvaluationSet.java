package org.reactions.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.reactions.cli.Main;

/**
 * One evaluation set: a folder under src/test/resources/eval with {@code articles/*.txt}, {@code gold.json},
 * {@code SOURCES.md} and {@code set.properties}, which gives the countries, the part ({@code dev}: its misses may be
 * read while writing rules; {@code locked}: only its totals are ever shown), an optional {@code --actors} file and the
 * bars, each a minimum.
 */
record EvaluationSet(Path folder, String countries, boolean locked, Path actors, Map<String, Double> bars) {
    static final Path ROOT = Path.of("src/test/resources/eval");
    /** The figures a set may set a bar on, in the order they are checked. */
    static final List<String> FIGURES = List.of("statementF1", "speakerAccuracy", "labelF1", "targetF1");
    private static final Set<String> KEYS = Set.of("countries", "part", "actors", "statementF1", "speakerAccuracy", "labelF1", "targetF1");
    private static final ObjectMapper JSON = new ObjectMapper();

    String name() {
        return folder.getFileName().toString();
    }

    /** Every folder under the root that has a set.properties, by name. */
    static List<EvaluationSet> discover() throws IOException {
        List<EvaluationSet> sets = new ArrayList<>();
        try (Stream<Path> folders = Files.list(ROOT)) {
            for (Path folder : folders.filter(f -> Files.isRegularFile(f.resolve("set.properties"))).sorted().toList()) {
                sets.add(load(folder));
            }
        }
        return sets;
    }

    static EvaluationSet load(Path folder) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve("set.properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(folder + "/set.properties: unknown key " + key);
            }
        }
        String part = p.getProperty("part", "");
        if (!part.equals("dev") && !part.equals("locked")) {
            throw new IllegalArgumentException(folder + "/set.properties: part must be dev or locked, not '" + part + "'");
        }
        Map<String, Double> bars = new LinkedHashMap<>();
        for (String figure : FIGURES) {
            if (p.getProperty(figure) != null) {
                bars.put(figure, Double.parseDouble(p.getProperty(figure).strip()));
            }
        }
        String actors = p.getProperty("actors");
        return new EvaluationSet(folder, p.getProperty("countries", "RU,CN,IR").strip(), part.equals("locked"),
                actors == null ? null : folder.resolve(actors.strip()), bars);
    }

    JsonNode gold() throws IOException {
        return readJson(folder.resolve("gold.json"));
    }

    static JsonNode readJson(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    /** The tool's JSON report on this set's articles, run through its command line. */
    JsonNode predict() throws IOException {
        List<String> args = new ArrayList<>(List.of(folder.resolve("articles").toString(), "--countries", countries));
        if (actors != null) {
            args.addAll(List.of("--actors", actors.toString()));
        }
        return summarize(args);
    }

    /** {@code reactions summarize ARGS --format json --threads 1}, which must exit 0. */
    static JsonNode summarize(List<String> args) throws IOException {
        List<String> all = new ArrayList<>(List.of("summarize"));
        all.addAll(args);
        all.addAll(List.of("--format", "json", "--threads", "1"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(all.toArray(String[]::new), new ByteArrayInputStream(new byte[0]), out, err);
        assertEquals(0, code, () -> "reactions " + all + ": " + err.toString(StandardCharsets.UTF_8));
        return JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }
}
