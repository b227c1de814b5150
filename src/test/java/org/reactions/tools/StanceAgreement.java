package org.reactions.tools;

import org.reactions.stance.BundledLabels;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.reactions.stance.Label;

/**
 * The agreement of the stance corpus's two independent annotation passes (data/stance/double/*.jsonl: each
 * doubly annotated statement's first and second labels and targets), as the table data/stance/README.md shows:
 * label F1 and target F1 of the second pass against the first, counted as the scorer counts them, and Cohen's kappa
 * per label over the statements. {@code java -cp target/test-classes:target/classes:... org.reactions.tools.StanceAgreement}
 * prints the table.
 */
public final class StanceAgreement {
    static final Path DOUBLE = Path.of("data/stance/double");

    private StanceAgreement() {
    }

    /** One doubly annotated statement. */
    record Pair(String crisis, Set<String> first, Set<String> second, Set<String> firstTargets, Set<String> secondTargets) {
    }

    static List<Pair> read() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Pair> pairs = new ArrayList<>();
        try (Stream<Path> files = Files.list(DOUBLE)) {
            for (Path file : files.sorted().toList()) {
                String crisis = file.getFileName().toString().replace(".jsonl", "");
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    JsonNode n = json.readTree(line);
                    pairs.add(new Pair(crisis, strings(n.path("first").path("labels")), strings(n.path("second").path("labels")),
                            strings(n.path("first").path("targets")), strings(n.path("second").path("targets"))));
                }
            }
        }
        return pairs;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> set = new TreeSet<>();
        array.forEach(n -> set.add(n.asText()));
        return set;
    }

    /** The markdown table of README.md: per crisis, then all crises, then kappa per label. */
    static String table(List<Pair> pairs) {
        StringBuilder b = new StringBuilder("| crisis | statements annotated twice | label F1 | target F1 |\n| --- | ---: | ---: | ---: |\n");
        List<String> crises = pairs.stream().map(Pair::crisis).distinct().sorted().toList();
        for (String crisis : crises) {
            List<Pair> of = pairs.stream().filter(p -> p.crisis().equals(crisis)).toList();
            b.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n", crisis, of.size(), labelF1(of), targetF1(of)));
        }
        b.append(String.format(Locale.ROOT, "| all | %d | %.3f | %.3f |%n%n", pairs.size(), labelF1(pairs), targetF1(pairs)));
        b.append("| label | first pass | second pass | Cohen's kappa |\n| --- | ---: | ---: | ---: |\n");
        for (Label label : BundledLabels.LABELS.values()) {
            String name = label.name();
            long first = pairs.stream().filter(p -> bare(p.first()).contains(name)).count();
            long second = pairs.stream().filter(p -> bare(p.second()).contains(name)).count();
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f |%n", name, first, second, kappa(pairs, name)));
        }
        return b.toString();
    }

    private static Set<String> bare(Set<String> labels) {
        Set<String> set = new TreeSet<>(labels);
        if (set.size() > 1) {
            set.remove(BundledLabels.LABELS.fallback().name());
        }
        return set;
    }

    static double labelF1(List<Pair> pairs) {
        return f1(pairs.stream().map(p -> bare(p.first())).toList(), pairs.stream().map(p -> bare(p.second())).toList());
    }

    static double targetF1(List<Pair> pairs) {
        return f1(pairs.stream().map(Pair::firstTargets).toList(), pairs.stream().map(Pair::secondTargets).toList());
    }

    private static double f1(List<Set<String>> first, List<Set<String>> second) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < first.size(); i++) {
            Set<String> both = new HashSet<>(first.get(i));
            both.retainAll(second.get(i));
            tp += both.size();
            fp += second.get(i).size() - both.size();
            fn += first.get(i).size() - both.size();
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** Cohen's kappa of the two passes on whether each statement has the label. */
    static double kappa(List<Pair> pairs, String label) {
        double n = pairs.size();
        double agree = pairs.stream().filter(p -> bare(p.first()).contains(label) == bare(p.second()).contains(label)).count() / n;
        double a = pairs.stream().filter(p -> bare(p.first()).contains(label)).count() / n;
        double b = pairs.stream().filter(p -> bare(p.second()).contains(label)).count() / n;
        double chance = a * b + (1 - a) * (1 - b);
        return chance == 1 ? 1 : (agree - chance) / (1 - chance);
    }

    public static void main(String[] args) throws IOException {
        System.out.print(table(read()));
    }
}
