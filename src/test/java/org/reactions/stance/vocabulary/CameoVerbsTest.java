package org.reactions.stance.vocabulary;

import org.reactions.stance.BundledLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lookups in the converted CAMEO dictionary, on sentences written for these tests. */
class CameoVerbsTest {
    private static final CameoVerbs CAMEO = CameoVerbs.bundled(BundledLabels.LABELS.names());

    private static CameoMatch match(String sentence, String verb) {
        List<String> words = Words.of(sentence);
        return CAMEO.match(words, Words.indexOf(words, verb));
    }

    @Test
    void aPatternAfterTheVerbGivesItsCode() {
        CameoMatch call = match("The council called for an immediate ceasefire on Sunday.", "called");
        assertEquals("0256", call.code());
        assertEquals(BundledLabels.DE_ESCALATION.name(), call.label());
        assertEquals("call", call.lemma());
        assertEquals("* (for &ceasefire)", call.pattern());
    }

    @Test
    void theVerbAloneGivesItsOwnCode() {
        CameoMatch condemn = match("The ministry condemned it in the strongest terms.", "condemned");
        assertEquals(BundledLabels.CONDEMNATION.name(), condemn.label());
        assertNull(condemn.pattern());
        assertEquals(0, condemn.size());
        assertEquals(BundledLabels.WARNING.name(), match("The senator warned that the plan would fail.", "warned").label());
    }

    @Test
    void theLongestMatchingPatternWins() {
        CameoMatch ask = match("The mayor asked for humanitarian aid for the flooded towns.", "asked");
        assertEquals("0233", ask.code());
        assertTrue(ask.size() >= 2, ask.toString());
        assertEquals("020", match("The mayor asked the governor to come.", "asked").code());
    }

    @Test
    void patternsSeeThroughDeterminersButNotPastTheClause() {
        assertEquals("0256", match("They appealed for a lasting truce.", "appealed").code());
        assertEquals("0256", match("They appealed for truces.", "appealed").code()); // the plural of a set's phrase
        CameoMatch cut = match("They appealed. A truce was signed later.", "appealed");
        assertTrue(cut == null || !"0256".equals(cut.code()), String.valueOf(cut));
    }

    @Test
    void aMultiWordVerbNeedsItsFixedWords() {
        CameoMatch off = match("The union called off the strike.", "called");
        assertEquals("call off", off.lemma());
        assertEquals("call", match("The union called the strike a success.", "called").lemma());
    }

    @Test
    void aPatternAppliesOnlyToTheVerbItWasWrittenFor() {
        // "(of &crime)" was written for "convict" (an arrest code), in the same block as "accuse"
        CameoMatch accuse = match("The envoy accused the militia of crimes against civilians.", "accused");
        assertEquals("112", accuse.code());
        assertEquals(BundledLabels.CONDEMNATION.name(), accuse.label());
    }

    @Test
    void aPatternWithoutEventCancelsTheVerbsCode() {
        assertEquals("080", match("The rebels abandoned their positions.", "abandoned").code());
        assertNull(match("The rebels abandoned the plan.", "abandoned"));
    }

    @Test
    void relationalLabelsComeAsHints() {
        CameoMatch send = match("The government sent humanitarian aid to the region.", "sent");
        assertEquals(BundledLabels.SOLIDARITY.name(), send.label());
        assertEquals(BundledLabels.NON_INTERVENTION.name(), send.hint());
    }

    @Test
    void wordsThatAreNoVerbGiveNothing() {
        assertNull(match("The weather was mild.", "weather"));
        assertTrue(CAMEO.isVerbForm("condemns"));
    }

    @Test
    void matchesNameTheRowsAndTheSourceLine() {
        String source = match("The council called for an immediate ceasefire.", "called").source();
        assertTrue(source.matches("cameo-patterns\\.tsv:\\d+, CAMEO\\.2\\.0\\.txt:\\d+"), source);
    }

    @Test
    void threatsResolveContactsAndTalksGetTheirLabels() {
        // the vocabulary issue 10 found missing on other crises: resolve (WARNING), contacts and talks (DE_ESCALATION)
        assertEquals(BundledLabels.WARNING.name(), match("The commander vowed revenge against the raiders.", "vowed").label());
        assertEquals(BundledLabels.WARNING.name(), match("The cabinet warned of grave consequences.", "warned").label());
        assertEquals(BundledLabels.DE_ESCALATION.name(), match("The two envoys held talks in Oslo.", "held").label());
        assertEquals(BundledLabels.SOLIDARITY.name(), match("The premier offered condolences to the families.", "offered").label());
        assertEquals(BundledLabels.CONDEMNATION.name(), match("The ministry accused the navy of aggression.", "accused").label());
    }
}
