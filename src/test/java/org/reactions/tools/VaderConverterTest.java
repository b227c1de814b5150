package org.reactions.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The VADER converter on a short lexicon written in VADER's format. */
class VaderConverterTest {
    @TempDir
    Path dir;

    private Path sample() throws Exception {
        return Path.of(VaderConverterTest.class.getResource("/org/reactions/tools/vader-sample.txt").toURI());
    }

    @Test
    void keepsClearWordsLessTopicWordsAndCountsThem() throws Exception {
        Path topic = Files.writeString(dir.resolve("topic.tsv"), "# word\tcategory\nbombed\tviolence\n");
        Path out = dir.resolve("evaluative.tsv");
        String counts = VaderConverter.convert(sample(), "abc", topic, out);
        // ":(" is no word, "fine" is slight, "sick" splits the raters, "splendid" takes its last rating
        assertEquals("# source counts: entries=8 distinct-words=6 clear=4; removed as conflict-topic words: 1; written: 3", counts);
        List<String> rows = Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of("awful\t-2.0", "splendid\t3.0", "well-meaning\t1.6"), rows);
        assertTrue(Files.readString(out).contains("Copyright (c) 2016 C.J. Hutto"));
    }

    @Test
    void aTopicWordThatRemovesNothingIsAnError() throws Exception {
        Path topic = Files.writeString(dir.resolve("topic.tsv"), "fine\tcrisis\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VaderConverter.convert(sample(), "abc", topic, dir.resolve("evaluative.tsv")));
        assertTrue(e.getMessage().contains("[fine]"), e.getMessage());
    }
}
