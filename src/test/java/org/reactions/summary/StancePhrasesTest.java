package org.reactions.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reactions.stance.Label;

class StancePhrasesTest {
    private final StancePhrases phrases = StancePhrases.bundled();

    private static Map<Label, Integer> counts(Object... labelsAndCounts) {
        Map<Label, Integer> counts = new EnumMap<>(Label.class);
        for (Label label : Label.values()) {
            counts.put(label, 0);
        }
        for (int i = 0; i < labelsAndCounts.length; i += 2) {
            counts.put((Label) labelsAndCounts[i], (Integer) labelsAndCounts[i + 1]);
        }
        return counts;
    }

    @Test
    void theMostFrequentLabelsMakeTheSentence() {
        assertEquals("Condemns the strikes and warns of escalation; says no military help is owed or given.",
                phrases.sentence(counts(Label.CONDEMNATION, 5, Label.WARNING, 3, Label.NON_INTERVENTION, 2, Label.SOLIDARITY, 1)));
    }

    @Test
    void tiesFollowTheLabelOrder() {
        assertEquals("Condemns the strikes and calls for de-escalation and dialogue.",
                phrases.sentence(counts(Label.DE_ESCALATION, 2, Label.CONDEMNATION, 2)));
    }

    @Test
    void otherOnlyWhenNothingElse() {
        assertEquals("Comments without a clear stance.", phrases.sentence(counts(Label.OTHER, 4)));
        assertEquals("Voices disappointment with its partners.", phrases.sentence(counts(Label.OTHER, 4, Label.GRIEVANCE, 1)));
    }
}
