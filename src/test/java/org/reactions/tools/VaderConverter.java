package org.reactions.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Converts VADER's {@code vader_lexicon.txt} (token, mean valence on -4..+4, standard deviation, ten ratings)
 * into {@code evaluative.tsv}: the words ten raters rated clearly (|mean| ≥ {@value #MIN_VALENCE}, standard
 * deviation ≤ {@value #MAX_DEVIATION}), less the words of {@code conflict-topic-words.tsv}. Run once by hand:
 *
 * <pre>
 * java -cp target/test-classes org.reactions.tools.VaderConverter vader_lexicon.txt COMMIT src/main/resources/reactions/lexicon
 * </pre>
 */
public final class VaderConverter {
    /** "Clearly" valenced: beyond VADER's slight band (|mean| 1 is "okay"-like; "good" is 1.9, "bad" -2.5). */
    static final double MIN_VALENCE = 1.5;
    /** The raters agree: the source keeps words up to a deviation of 2.5, where raters may disagree on the sign. */
    static final double MAX_DEVIATION = 1.2;
    static final String TOPIC_WORDS = "conflict-topic-words.tsv";

    private static final String LICENCE = """
            # Converted from VADER's lexicon, vaderSentiment/vader_lexicon.txt (github.com/cjhutto/vaderSentiment,
            # commit %s, package version 3.3.1) by org.reactions.tools.VaderConverter. Hutto & Gilbert, VADER: A
            # Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text, ICWSM 2014.
            # Licence of the source (MIT), reproduced as it requires:
            """ + MitLicence.notice("Copyright (c) 2016 C.J. Hutto") + """
            # Kept: words (letters, inner hyphens) with |mean valence| >= %.1f and standard deviation <= %.1f.
            # source counts: entries=%d distinct-words=%d clear=%d; removed as conflict-topic words: %d; written: %d
            # word	valence (VADER's mean rating, -4 extremely negative .. +4 extremely positive)
            """;

    private VaderConverter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: VaderConverter vader_lexicon.txt SOURCE-COMMIT LEXICON-DIRECTORY");
            System.exit(2);
        }
        Path directory = Path.of(args[2]);
        System.out.println(convert(Path.of(args[0]), args[1], directory.resolve(TOPIC_WORDS), directory.resolve("evaluative.tsv")));
    }

    /** @return the header's count line */
    static String convert(Path source, String commit, Path topicWords, Path output) throws IOException {
        Set<String> topic = new LinkedHashSet<>();
        for (String line : Files.readAllLines(topicWords, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                topic.add(line.split("\t")[0]);
            }
        }
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        // a word listed twice takes its last rating, as VADER's own reader does
        Map<String, String[]> entries = new LinkedHashMap<>();
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (fields[0].matches("[a-z]+(-[a-z]+)*")) { // not emoticons, nor abbreviations with digits or punctuation
                entries.put(fields[0], fields);
            }
        }
        List<String> rows = new ArrayList<>();
        Set<String> removed = new LinkedHashSet<>();
        int clear = 0;
        for (String[] fields : entries.values()) {
            double mean = Double.parseDouble(fields[1]);
            double deviation = Double.parseDouble(fields[2]);
            if (Math.abs(mean) < MIN_VALENCE || deviation > MAX_DEVIATION) {
                continue;
            }
            clear++;
            if (topic.contains(fields[0])) {
                removed.add(fields[0]);
            } else {
                rows.add(fields[0] + "\t" + String.format(Locale.ROOT, "%.1f", mean));
            }
        }
        Set<String> idle = new LinkedHashSet<>(topic);
        idle.removeAll(removed);
        if (!idle.isEmpty()) {
            throw new IllegalArgumentException("conflict-topic words that VADER does not rate clearly: " + idle);
        }
        String header = String.format(Locale.ROOT, LICENCE, commit, MIN_VALENCE, MAX_DEVIATION, lines.size(), entries.size(),
                clear, removed.size(), rows.size());
        rows.add(0, header.stripTrailing());
        Files.write(output, rows, StandardCharsets.UTF_8);
        return header.lines().filter(l -> l.startsWith("# source counts")).findFirst().orElseThrow();
    }
}
