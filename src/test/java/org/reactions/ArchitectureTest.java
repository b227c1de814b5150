package org.reactions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package graph of the main code (the core and the Spark job) runs one way, as docs/ARCHITECTURE.md draws it:
 * every import (or fully qualified name) of an {@code org.reactions} class goes down {@link #LAYERS}, so no stage
 * looks back up the line and no two packages need each other. A sub-package is a package of its own. Only
 * {@code cli} knows picocli, only the command line reads training, and the learned model's storage reads no stage.
 */
class ArchitectureTest {
    private static final List<Path> ROOTS = List.of(Path.of("src/main/java"), Path.of("spark/src/main/java"));
    private static final String PREFIX = "org.reactions.";

    /**
     * The packages from the bottom up (without {@code org.reactions.}): a package imports only packages of lower
     * layers, never one of its own layer. A new package goes into this list, and into docs/ARCHITECTURE.md.
     */
    static final List<List<String>> LAYERS = List.of(
            List.of("knowledge", "stance.learned"), // word lists and facts; the model's storage reads nothing
            List.of("corpus"),
            List.of("nlp"),
            List.of("entities"),
            List.of("statements"), // the Statement record and its parts, the speech lexicon
            List.of("statements.attribution"), // reads a document into statements
            List.of("stance.vocabulary"), // word tables that name labels by name only
            List.of("stance"),
            List.of("summary"), // also the records render reads: DocumentResult, RunSummary
            List.of("render", "pipeline"), // neither runs the other: the front ends join them
            List.of("training"),
            List.of("cli", "spark"));

    /**
     * The insides of a stage and the only packages that may read them: the attribution rules are run by the
     * pipeline (StatementExtractor) and explained through the Statement record, the stance word tables are read by
     * the stance rules; a writer never reaches past a stage's records.
     */
    static final Map<String, Set<String>> INSIDES = Map.of(
            "statements.attribution", Set.of("pipeline"),
            "stance.vocabulary", Set.of("stance"));

    /** Comments, string literals and text blocks, whose words are no dependency. */
    private static final Pattern NOT_CODE =
            Pattern.compile("//[^\\n]*|/\\*.*?\\*/|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\])'", Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+org\\.reactions\\.([\\w.]+);", Pattern.MULTILINE);
    /** an import or a qualified name: the lower-case segments are the package, the first capitalised one a class */
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.reactions\\.((?:[a-z]\\w*\\.)*[a-z]\\w*)\\.[A-Z]\\w*");

    /** An edge of the graph: a package uses another, first seen in this file at this reference. */
    record Use(String from, String to, String evidence) {
    }

    /** Every use between two packages of the main code, by package and then by the package used (one use each). */
    static Map<String, Map<String, Use>> graph() throws IOException {
        Map<String, Map<String, Use>> graph = new TreeMap<>();
        for (Path root : ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    String code = NOT_CODE.matcher(Files.readString(file)).replaceAll(" ");
                    Matcher p = PACKAGE.matcher(code);
                    if (p.find()) {
                        Map<String, Use> uses = graph.computeIfAbsent(p.group(1), k -> new TreeMap<>());
                        references(code).forEach((to, reference) -> {
                            if (!to.equals(p.group(1))) {
                                uses.putIfAbsent(to, new Use(p.group(1), to, file + ": " + reference));
                            }
                        });
                    }
                }
            }
        }
        return graph;
    }

    /** The packages a file's code (comments and strings removed) names, each with its first reference. */
    static Map<String, String> references(String code) {
        Map<String, String> found = new TreeMap<>();
        Matcher r = REFERENCE.matcher(code);
        while (r.find()) {
            found.putIfAbsent(r.group(1), r.group());
        }
        return found;
    }

    /** The graph as docs/ARCHITECTURE.md lists it: each package and the packages it uses. */
    static String describe(Map<String, Map<String, Use>> graph) {
        StringBuilder b = new StringBuilder();
        graph.forEach((from, uses) -> b.append(from).append(" -> ").append(String.join(", ", uses.keySet())).append('\n'));
        return b.toString();
    }

    /** Each use that closes a cycle, with the way back: "a -> b -> a (file: import)". */
    static List<String> cycles(Map<String, Map<String, Use>> graph) {
        List<String> found = new ArrayList<>();
        graph.values().forEach(uses -> uses.values().forEach(use -> {
            List<String> back = path(graph, use.to(), use.from());
            if (back != null) {
                found.add(use.from() + " -> " + String.join(" -> ", back) + " (" + use.evidence() + ")");
            }
        }));
        return found;
    }

    /** The shortest path of packages from one to another (both included), or null when there is none. */
    private static List<String> path(Map<String, Map<String, Use>> graph, String from, String to) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        cameFrom.put(from, from);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            if (at.equals(to)) {
                List<String> path = new ArrayList<>();
                for (String p = at; !p.equals(from); p = cameFrom.get(p)) {
                    path.add(0, p);
                }
                path.add(0, from);
                return path;
            }
            for (String next : graph.getOrDefault(at, Map.of()).keySet()) {
                if (cameFrom.putIfAbsent(next, at) == null) {
                    queue.add(next);
                }
            }
        }
        return null;
    }

    /** Each use of a package that is not in a lower layer, and each package the layers do not place. */
    static List<String> upward(Map<String, Map<String, Use>> graph, List<List<String>> layers) {
        Map<String, Integer> layer = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            for (String p : layers.get(i)) {
                layer.put(p, i);
            }
        }
        List<String> found = new ArrayList<>();
        Set<String> packages = new TreeSet<>(graph.keySet());
        graph.values().forEach(uses -> packages.addAll(uses.keySet()));
        packages.stream().filter(p -> !layer.containsKey(p)).forEach(p -> found.add(p + " is in no layer of ArchitectureTest.LAYERS"));
        graph.values().forEach(uses -> uses.values().forEach(use -> {
            Integer from = layer.get(use.from());
            Integer to = layer.get(use.to());
            if (from != null && to != null && to >= from) {
                found.add(use.from() + " may not use " + use.to() + (to.equals(from) ? " (same layer)" : " (a higher layer)")
                        + ": " + use.evidence());
            }
        }));
        return found;
    }

    /** Each use of a stage's insides by a package other than the ones that may read them. */
    static List<String> intoInsides(Map<String, Map<String, Use>> graph, Map<String, Set<String>> insides) {
        List<String> found = new ArrayList<>();
        graph.values().forEach(uses -> uses.values().forEach(use -> {
            Set<String> readers = insides.get(use.to());
            if (readers != null && !readers.contains(use.from())) {
                found.add(use.from() + " may not read the insides of " + use.to() + ": " + use.evidence());
            }
        }));
        return found;
    }

    @Test
    void noPackageNeedsAnotherThatNeedsIt() throws IOException {
        Map<String, Map<String, Use>> graph = graph();
        assertEquals(List.of(), cycles(graph), describe(graph));
    }

    @Test
    void everyUseGoesDownTheLayers() throws IOException {
        Map<String, Map<String, Use>> graph = graph();
        assertEquals(List.of(), upward(graph, LAYERS), describe(graph));
    }

    @Test
    void onlyTheirReadersReadTheInsidesOfAStage() throws IOException {
        Map<String, Map<String, Use>> graph = graph();
        assertEquals(List.of(), intoInsides(graph, INSIDES), describe(graph));
    }

    @Test
    void theChecksFindACycleAnUpwardUseAndAReachInside() {
        Map<String, Map<String, Use>> graph = new TreeMap<>();
        graph.put("a", new TreeMap<>(Map.of("b", new Use("a", "b", "A.java: org.reactions.b.B"))));
        graph.put("b", new TreeMap<>(Map.of("c", new Use("b", "c", "B.java: org.reactions.c.C"))));
        graph.put("c", new TreeMap<>(Map.of("a", new Use("c", "a", "C.java: org.reactions.a.A"))));
        assertEquals(List.of("a -> b -> c -> a (A.java: org.reactions.b.B)", "b -> c -> a -> b (B.java: org.reactions.c.C)",
                "c -> a -> b -> c (C.java: org.reactions.a.A)"), cycles(graph));
        assertEquals(List.of("c may not use a (a higher layer): C.java: org.reactions.a.A"),
                upward(graph, List.of(List.of("c"), List.of("b"), List.of("a"))));
        assertEquals(List.of("a is in no layer of ArchitectureTest.LAYERS", "b may not use c (same layer): B.java: org.reactions.c.C"),
                upward(graph, List.of(List.of("c", "b"))));
        assertEquals(List.of("c may not read the insides of a: C.java: org.reactions.a.A"), intoInsides(graph, Map.of("a", Set.of("b"))));
    }

    @Test
    void importsAndQualifiedNamesCountButCommentsAndStringsDoNot() {
        String code = String.join("\n", "import org.reactions.corpus.SourceDocument;", "import static org.reactions.nlp.Token.of;",
                "// org.reactions.cli.Main", "/** {@link org.reactions.cli.Main} */", "String s = \"org.reactions.cli.Main\";",
                "String t = \"\"\"", "org.reactions.render.Ansi", "\"\"\";", "org.reactions.stance.vocabulary.CameoMatch m;");
        assertEquals(Map.of("corpus", "org.reactions.corpus.SourceDocument", "nlp", "org.reactions.nlp.Token",
                "stance.vocabulary", "org.reactions.stance.vocabulary.CameoMatch"),
                references(NOT_CODE.matcher(code).replaceAll(" ")));
    }

    /** The source files of the main code whose code (comments and strings aside) contains a string. */
    private static List<String> containing(String text, String except) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> !f.startsWith(root.resolve("org/reactions").resolve(except)))
                        .filter(f -> {
                            try {
                                return NOT_CODE.matcher(Files.readString(f)).replaceAll(" ").contains(text);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        })
                        .forEach(f -> found.add(f.toString()));
            }
        }
        return found;
    }

    @Test
    void onlyTheCliPackageUsesPicocli() throws IOException {
        assertEquals(List.of(), containing("picocli", "cli"));
    }

    @Test
    void onlyTheCommandLineReadsTraining() throws IOException {
        assertEquals(List.of(), containing("org.reactions.training.", "cli").stream()
                .filter(f -> !f.contains("org/reactions/training/")).toList());
    }

    @Test
    void theLearnedModelsStorageReadsNoStage() throws IOException {
        assertEquals(Map.of(), graph().getOrDefault("stance.learned", Map.of()));
    }
}
