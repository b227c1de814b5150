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

/** The VerbNet speech-verb inventory on sentences written for these tests. */
class SpeechVerbInventoryTest {
    private static final SpeechVerbInventory INVENTORY = SpeechVerbInventory.bundled();

    private static List<String> lemmasAt(String sentence, String word) {
        List<String> words = Words.of(sentence);
        return INVENTORY.at(words, Words.indexOf(words, word)).stream().map(SpeechVerbInventory.Entry::lemma).toList();
    }

    @Test
    void reportingVerbsNewsUsesAreFoundInEveryForm() {
        assertEquals(List.of("reaffirm"), lemmasAt("The minister reaffirmed the country's position.", "reaffirmed"));
        assertEquals(List.of("reiterate"), lemmasAt("She reiterates that talks must resume.", "reiterates"));
        assertEquals(List.of("say"), lemmasAt("The envoy said talks must resume.", "said"));
        assertTrue(lemmasAt("He spoke on Tuesday.", "spoke").contains("speak"));
    }

    @Test
    void britishSpellingsAreFormsOfTheAmericanLemma() {
        assertEquals(List.of("criticize"), lemmasAt("The ministry criticised the decision.", "criticised"));
        assertEquals(List.of("emphasize"), lemmasAt("The ministry emphasised the risks.", "emphasised"));
    }

    @Test
    void aMultiWordMemberNeedsItsFollowingWords() {
        List<String> out = lemmasAt("Several ministers spoke out against the decision.", "spoke");
        assertTrue(out.contains("speak out") && out.contains("speak"), out.toString());
        assertFalse(lemmasAt("Several ministers spoke against the decision.", "spoke").contains("speak out"));
    }

    @Test
    void entriesKnowTheirVerbNetClasses() {
        SpeechVerbInventory.Entry condemn = INVENTORY.at(Words.of("they condemned it"), 1).get(0);
        assertTrue(condemn.inClass("judgment-33.1"), condemn.classes().toString());
        assertFalse(condemn.inClass("say-37.7"));
        assertTrue(INVENTORY.at(Words.of("the weather"), 1).isEmpty());
    }

    @Test
    void theConversionWroteEveryMember() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SpeechVerbInventory.FILE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher counts = Pattern.compile("members=(\\d+) .*lemmas written=(\\d+)").matcher(text);
            assertTrue(counts.find());
            assertEquals(Integer.parseInt(counts.group(2)), INVENTORY.entries().size());
            // a member listed by several classes is one entry with several classes
            assertEquals(Integer.parseInt(counts.group(1)), INVENTORY.entries().stream().mapToInt(e -> e.classes().size()).sum());
        }
    }

    @Test
    void everyFormOfEveryEntryIsFoundInASentence() {
        List<String> failures = new java.util.ArrayList<>();
        for (SpeechVerbInventory.Entry entry : INVENTORY.entries()) {
            for (String form : entry.forms()) {
                String tail = entry.after().isEmpty() ? "" : " " + String.join(" ", entry.after());
                List<String> words = Words.of("Officials " + form + tail + " on Monday.");
                if (!INVENTORY.at(words, 1).contains(entry)) {
                    failures.add(entry.lemma() + " '" + form + "'");
                }
            }
        }
        assertEquals(List.of(), failures);
    }
}
