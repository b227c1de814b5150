import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates a deterministic synthetic corpus for the benchmark from the articles of corpus/: documents of 6 to 24
 * paragraphs, each paragraph one to three sentences drawn (with a seeded random generator) from the corpus,
 * with the personal names of a document swapped among themselves and every number replaced by another of the
 * same length, until the corpus holds the requested number of words.
 *
 * <pre>java bench/GenerateCorpus.java SOURCE_DIR TARGET_DIR WORDS [SEED]</pre>
 */
public final class GenerateCorpus {
    private static final Pattern DATE_LINE = Pattern.compile("\\A\\s*date\\s+\\d{4}-\\d{2}-\\d{2}\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"\u201D\u2019]?)\\s+(?=[\"\u201C\\p{Lu}])");
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}{2,}(?: \\p{Lu}\\p{Ll}{2,})+\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** capitalised words that make a run a title or an institution rather than a person's name */
    private static final Set<String> NOT_NAMES = Set.of("Foreign", "Minister", "Ministry", "President", "Council", "Security",
            "United", "States", "Nations", "Islamic", "Republic", "Revolutionary", "Guard", "Corps", "Supreme", "Leader", "Middle",
            "East", "General", "Brigadier", "Deputy", "Operation", "Rising", "Lion", "International", "Economic", "Forum", "Axis",
            "Resistance", "Will", "How", "Has", "The", "China", "Russia", "Iran", "Israel", "Chatham", "House", "Law", "Help",
            "Support", "Military", "War", "Killing", "Key", "Takeaways", "Red", "Strategic", "Alliance", "Call", "Direct", "Political",
            "Affairs");

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: java bench/GenerateCorpus.java SOURCE_DIR TARGET_DIR WORDS [SEED]");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        long words = Long.parseLong(args[2]);
        Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 42);

        List<String> sentences = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(source)) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            String text = DATE_LINE.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceFirst("");
            for (String line : text.split("\\R")) {
                for (String sentence : SENTENCE_END.split(line.strip())) {
                    if (sentence.split("\\s+").length >= 4) {
                        sentences.add(sentence);
                        Matcher m = NAME.matcher(sentence);
                        while (m.find()) {
                            if (java.util.Arrays.stream(m.group().split(" ")).noneMatch(NOT_NAMES::contains)) {
                                names.add(m.group());
                            }
                        }
                    }
                }
            }
        }
        List<String> namePool = new ArrayList<>(names);

        Files.createDirectories(target);
        long written = 0;
        int document = 0;
        while (written < words) {
            document++;
            StringBuilder text = new StringBuilder();
            text.append(String.format("date 2026-%02d-%02d%n", 1 + random.nextInt(12), 1 + random.nextInt(28)));
            int paragraphs = 6 + random.nextInt(19);
            List<String> swapped = new ArrayList<>(namePool);
            java.util.Collections.shuffle(swapped, random);
            for (int p = 0; p < paragraphs && written < words; p++) {
                int count = 1 + random.nextInt(3);
                for (int s = 0; s < count; s++) {
                    String sentence = vary(sentences.get(random.nextInt(sentences.size())), namePool, swapped, random);
                    text.append(s == 0 ? "" : " ").append(sentence);
                    written += sentence.split("\\s+").length;
                }
                text.append('\n');
            }
            Files.writeString(target.resolve(String.format("doc-%06d.txt", document)), text, StandardCharsets.UTF_8);
        }
        System.out.println("documents=" + document + " words=" + written);
    }

    private static String vary(String sentence, List<String> names, List<String> swapped, Random random) {
        Matcher m = NAME.matcher(sentence);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int i = names.indexOf(m.group());
            m.appendReplacement(b, Matcher.quoteReplacement(i >= 0 ? swapped.get(i) : m.group()));
        }
        m.appendTail(b);
        Matcher n = NUMBER.matcher(b.toString());
        StringBuilder c = new StringBuilder();
        while (n.find()) {
            StringBuilder digits = new StringBuilder();
            for (int d = 0; d < n.group().length(); d++) {
                digits.append(d == 0 ? 1 + random.nextInt(9) : random.nextInt(10));
            }
            n.appendReplacement(c, digits.toString());
        }
        n.appendTail(c);
        return c.toString();
    }
}
