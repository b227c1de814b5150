package org.reactions.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reactions.Fixtures;

/** The multi-word cues of stance-cues.tsv, each in a sentence written for it, give their label. */
class CuePhrasesTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "CONDEMNATION     | Peskov said there was no justification for the raid on the port.",
        "CONDEMNATION     | Zakharova said there was no basis in law for the blockade of the port.",
        "CONDEMNATION     | Zakharova said the blockade amounted to a war against the whole region.",
        "DE_ESCALATION    | Wang Yi said the quarrel over the dam must be settled by diplomatic means.",
        "DE_ESCALATION    | Lavrov called for a diplomatic resolution of the standoff over the dam.",
        "DE_ESCALATION    | Beijing demanded an end to hostilities on the border.",
        "DE_ESCALATION    | Araghchi urged a return to diplomacy over the dam.",
        "WARNING          | Lavrov said the blockade risked a regional war.",
        "WARNING          | Putin said the blockade marked a dangerous turning point.",
        "WARNING          | Wang Yi expressed concern over the blockade of the port.",
        "SOLIDARITY       | Putin said Tehran remains a strategic partner of Moscow.",
        "SOLIDARITY       | Lavrov reaffirmed the commitment to Iran that Moscow made last year.",
        "NON_INTERVENTION | The Iranian official said Tehran had never asked Moscow for military support.",
        "NON_INTERVENTION | Peskov said the treaty with Tehran carries no mutual defence obligation.",
        "NON_INTERVENTION | Peskov said there was no military cooperation with Tehran during the blockade.",
        "NON_INTERVENTION | Zakharova said the treaty with Tehran has no defense clause."})
    void theCueGivesItsLabel(String label, String sentence) {
        List<LabeledStatement> found = Fixtures.labeled(sentence);
        assertEquals(1, found.size(), () -> found.toString());
        assertTrue(found.get(0).labels().contains(BundledLabels.LABELS.valueOf(label)), () -> found.get(0).labels() + " " + found.get(0).evidence());
    }
}
