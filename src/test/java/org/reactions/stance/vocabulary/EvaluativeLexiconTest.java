package org.reactions.stance.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The evaluative lexicon on sentences written for these tests, and the completeness of its conversion. */
class EvaluativeLexiconTest {
    private static final EvaluativeLexicon LEXICON = EvaluativeLexicon.bundled();

    private static List<String> negative(String sentence) {
        return Words.of(sentence).stream().filter(LEXICON::isNegative).toList();
    }

    private static List<String> positive(String sentence) {
        return Words.of(sentence).stream().filter(LEXICON::isPositive).toList();
    }

    @Test
    void criticismWithoutACueWordIsNegative() {
        assertEquals(List.of("shameful", "irresponsible"),
                negative("The spokesman called the decision shameful and irresponsible."));
        assertEquals(List.of("hypocritical"), negative("Such talk of rules is hypocritical, the envoy said."));
    }

    @Test
    void descriptionsOfConflictEventsCarryNoValence() {
        String report = "The strikes killed dozens, destroyed homes and raised tensions amid fears of a wider war.";
        assertEquals(List.of(), negative(report));
        assertTrue(LEXICON.isConflictTopic("killed"));
        assertEquals("crisis", LEXICON.topicCategory("tensions"));
    }

    @Test
    void victorySpeechesAndNamesAreNotPraise() {
        assertEquals(List.of(), positive("Our brave heroes won the battle, the United Nations envoy heard."));
        assertEquals(List.of("wonderful"), positive("It was a wonderful gesture, the envoy said."));
    }

    @Test
    void everyTopicWordIsLeftOutAndEveryWordIsClearlyValenced() {
        for (String word : LEXICON.topicWords()) {
            assertEquals(0.0, LEXICON.valence(word), word);
        }
        for (String word : LEXICON.words()) {
            assertTrue(Math.abs(LEXICON.valence(word)) >= EvaluativeLexicon.MIN_VALENCE, word);
            assertFalse(LEXICON.isConflictTopic(word), word);
        }
    }

    @Test
    void theConversionAccountsForEveryClearWord() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(EvaluativeLexicon.FILE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher counts = Pattern.compile("clear=(\\d+); removed as conflict-topic words: (\\d+); written: (\\d+)").matcher(text);
            assertTrue(counts.find());
            assertEquals(Integer.parseInt(counts.group(3)), LEXICON.words().size());
            assertEquals(Integer.parseInt(counts.group(2)), LEXICON.topicWords().size());
            assertEquals(Integer.parseInt(counts.group(1)), LEXICON.words().size() + LEXICON.topicWords().size());
        }
    }
}
