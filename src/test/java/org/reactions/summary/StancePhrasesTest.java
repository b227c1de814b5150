package org.reactions.summary;

import org.reactions.stance.BundledLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.Label;

class StancePhrasesTest {
    private static final Map<CountryCode, String> NAMES = Map.of(CountryCode.of("US"), "United States", CountryCode.of("IL"), "Israel", CountryCode.of("RU"), "Russia", CountryCode.of("CN"), "China");
    private final StancePhrases phrases = StancePhrases.of(BundledLabels.LABELS);

    private static Map<Label, Integer> counts(Object... labelsAndCounts) {
        Map<Label, Integer> counts = new TreeMap<>();
        for (Label label : BundledLabels.LABELS.values()) {
            counts.put(label, 0);
        }
        for (int i = 0; i < labelsAndCounts.length; i += 2) {
            counts.put((Label) labelsAndCounts[i], (Integer) labelsAndCounts[i + 1]);
        }
        return counts;
    }

    private String sentence(int statements, Map<Label, Integer> counts, Map<Label, Map<CountryCode, Integer>> targets) {
        return phrases.sentence(statements, counts, targets, NAMES::get);
    }

    @Test
    void everyLabelWithAQuarterOfTheStatementsLeadsTheLineMostFrequentFirstAndTheRestFollow() {
        assertEquals("Voices condemnation; warns of dangerous consequences; says no military help is owed or given."
                        + " Also voices support for its partners.",
                sentence(10, counts(BundledLabels.CONDEMNATION, 5, BundledLabels.WARNING, 3, BundledLabels.NON_INTERVENTION, 3, BundledLabels.SOLIDARITY, 2), Map.of()));
    }

    @Test
    void theMostFrequentLabelLeadsEvenBelowAQuarterAndTheFallbackFollows() {
        assertEquals("Calls for de-escalation and dialogue. Also comments without a clear stance.", sentence(20, counts(BundledLabels.DE_ESCALATION, 2, BundledLabels.OTHER, 18), Map.of()));
    }

    @Test
    void targetsAreNamedByHowManyStatementsAimAtThem() {
        Map<Label, Map<CountryCode, Integer>> targets = Map.of(BundledLabels.CONDEMNATION, Map.of(CountryCode.of("US"), 4, CountryCode.of("IL"), 2, CountryCode.of("CN"), 1),
                BundledLabels.GRIEVANCE, Map.of(CountryCode.of("RU"), 1, CountryCode.of("CN"), 1));
        assertEquals("Condemns the United States and Israel; complains about China and Russia.",
                sentence(8, counts(BundledLabels.CONDEMNATION, 6, BundledLabels.GRIEVANCE, 1), targets));
    }

    @Test
    void aGrievanceIsNeverDropped() {
        assertEquals("Says no military help is owed or given; voices disappointment with its partners.",
                sentence(17, counts(BundledLabels.NON_INTERVENTION, 12, BundledLabels.GRIEVANCE, 1), Map.of()));
    }

    @Test
    void labelsBelowAQuarterFollowWithoutTargets() {
        Map<Label, Map<CountryCode, Integer>> targets = Map.of(BundledLabels.WARNING, Map.of(CountryCode.of("US"), 2));
        assertEquals("Voices condemnation. Also warns of dangerous consequences.",
                sentence(10, counts(BundledLabels.CONDEMNATION, 8, BundledLabels.WARNING, 2), targets));
    }

    @Test
    void noLabelNoLine() {
        assertEquals("No statements found.", sentence(0, counts(), Map.of()));
    }

    @Test
    void otherLeadsOnlyWhenNothingElse() {
        assertEquals("Comments without a clear stance.", sentence(4, counts(BundledLabels.OTHER, 4), Map.of()));
    }

    @Test
    void namesTakeTheArticleRunningTextGivesThem() {
        assertEquals("the United States", phrases.inText("United States"));
        assertEquals("the Netherlands", phrases.inText("Netherlands"));
        assertEquals("Russia", phrases.inText("Russia"));
        assertEquals("Israel", phrases.inText("Israel"));
    }

    @Test
    void everyDefiniteWordIsInSomeCountryName() {
        java.util.List<String> names = org.reactions.entities.ActorKnowledgeBase.bundled().countries().stream()
                .map(org.reactions.entities.Country::name).toList();
        for (org.reactions.knowledge.DataRow row : org.reactions.knowledge.DataFiles.resource(StancePhrases.DEFINITE_NAMES, 1)) {
            String word = row.get(0);
            org.junit.jupiter.api.Assertions.assertTrue(names.stream().anyMatch(n -> java.util.Arrays.asList(n.split("[ ()]+")).contains(word)
                    && phrases.inText(n).startsWith("the ")), "unused: " + word);
        }
    }
}
