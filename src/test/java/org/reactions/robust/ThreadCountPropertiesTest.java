package org.reactions.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.reactions.cli.Main;

/**
 * The output is the same for any number of threads: a feed of news articles (sentences of corpus/, some dated,
 * some not, some empty) gives the same bytes on one thread as on two to eight, in every report format, whichever
 * thread finishes first.
 */
class ThreadCountPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SENTENCES = ReportPropertiesTest.corpusSentences();

    @Provide
    Arbitrary<String> feeds() {
        Arbitrary<String> paragraph = Arbitraries.of(SENTENCES).list().ofMinSize(1).ofMaxSize(3).map(s -> String.join(" ", s));
        Arbitrary<String> text = paragraph.list().ofMaxSize(5).map(p -> String.join("\n", p));
        Arbitrary<String> date = Arbitraries.integers().between(1, 9).map(day -> "2026-03-0" + day).injectNull(0.3);
        Arbitrary<Map<String, String>> article = Combinators.combine(text, date).as((t, d) -> d == null ? Map.of("text", t)
                : Map.of("text", t, "date", d));
        return article.list().ofMinSize(1).ofMaxSize(8).map(articles -> {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                Map<String, String> a = new java.util.TreeMap<>(articles.get(i));
                a.put("id", "article-" + i);
                lines.add(write(a));
            }
            return String.join("\n", lines) + "\n";
        });
    }

    private static String write(Map<String, String> article) {
        try {
            return JSON.writeValueAsString(article);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything a run says: its exit code (an empty article is a failure), its report and its messages. */
    private static String run(String feed, String format, int threads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"summarize", "-", "--input-format", "jsonl", "--format", format, "--threads",
            Integer.toString(threads)}, new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)), out, err);
        return "exit " + code + "\n" + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Property(tries = 20) // each try is two whole runs of the command line
    void theOutputIsTheSameForAnyThreadCount(@ForAll("feeds") String feed, @ForAll @IntRange(min = 2, max = 8) int threads,
                                              @ForAll("formats") String format) {
        assertEquals(run(feed, format, 1), run(feed, format, threads));
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of("json", "jsonl", "text", "csv", "markdown");
    }
}
