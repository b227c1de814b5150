package org.reactions.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.corpus.SourceDocument;
import org.reactions.stance.LabeledStatement;

/**
 * Claim grouping on a collection built for it: agency stories, each reprinted by several outlets under another
 * headline and byline, with a paragraph trimmed, quote marks and small wordings changed; beside them, other
 * statements of the same speakers. Every statement the pipeline finds is known to come from one story paragraph,
 * so the grouping is scored on every pair of statements: precision and recall both at least 0.95.
 */
class ClaimIndexTest {
    /** Story paragraphs: each holds one official's statement, which is one claim wherever it is reprinted. */
    private static final List<List<String>> STORIES = List.of(
            List.of("Foreign Minister Sergey Lavrov said on Tuesday that the strikes were \u201Ca flagrant violation of international law\u201D.",
                    "Kremlin spokesman Dmitry Peskov said Moscow was deeply concerned by the risk of a wider war in the region.",
                    "Russian President Vladimir Putin warned that the attacks could push the whole Middle East into catastrophe."),
            List.of("\u201CWe call on all parties to exercise restraint and return to dialogue,\u201D Chinese Foreign Ministry spokesperson Mao Ning told a regular news briefing.",
                    "Chinese Foreign Minister Wang Yi said Beijing firmly opposed the use of force against a sovereign state.",
                    "Chinese President Xi Jinping called for an immediate ceasefire and talks under the United Nations."),
            List.of("Iranian Foreign Minister Abbas Araghchi said Tehran had never asked Russia or China to fight its battles.",
                    "\u201CAny further aggression will meet a crushing response,\u201D Iran\u2019s government spokeswoman Fatemeh Mohajerani said.",
                    "Iranian Foreign Minister Abbas Araghchi said Iran expected its partners to stand by their commitments."),
            List.of("Foreign Minister Sergey Lavrov said Russia would raise the strikes at an emergency session of the Security Council.",
                    "Kremlin spokesman Dmitry Peskov said there had been no request from Tehran for military assistance.",
                    "Chinese Foreign Minister Wang Yi said the crisis showed the danger of unilateral military action."),
            List.of("Russian President Vladimir Putin said Russia stood ready to help mediate between Washington and Tehran.",
                    "Chinese Foreign Ministry spokesperson Mao Ning said China would send humanitarian aid to the Iranian people.",
                    "Iran\u2019s government spokeswoman Fatemeh Mohajerani said the country would defend itself with all means at its disposal."));
    private static final List<String> OUTLETS = List.of("Global Wire", "Daily Ledger", "Gulf Today", "Eurasia Monitor", "World Service");

    /** A statement found, with the story paragraph it came from. */
    private record Found(String claim, String truth) {
    }

    /** A reprint: another headline and byline, straight quote marks or not, a paragraph trimmed, wording tweaked. */
    private static List<String> reprint(List<String> story, int outlet) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < story.size(); p++) {
            if (outlet % 3 == 2 && p == story.size() - 1) {
                continue; // trimmed to fit
            }
            String text = story.get(p);
            if (outlet % 2 == 1) {
                text = text.replace('\u201C', '"').replace('\u201D', '"').replace(" on Tuesday", "");
            }
            if (outlet % 4 == 3) {
                text = text.replace(" the ", " the ").replace("said", "said in a statement");
            }
            paragraphs.add(text);
        }
        return paragraphs;
    }

    @Test
    void reprintsAreGroupedIntoTheirClaimsWithPrecisionAndRecallOfAtLeast095() {
        ClaimIndex claims = new ClaimIndex();
        List<Found> found = new ArrayList<>();
        int index = 0;
        for (int s = 0; s < STORIES.size(); s++) {
            for (int outlet = 0; outlet < OUTLETS.size() - (s % 2); outlet++) {
                List<String> paragraphs = reprint(STORIES.get(s), outlet);
                StringBuilder text = new StringBuilder("Reactions to the strikes, as seen from " + OUTLETS.get(outlet) + "\n\nBy staff, "
                        + OUTLETS.get(outlet) + "\n\n");
                List<int[]> spans = new ArrayList<>();
                for (String paragraph : paragraphs) {
                    spans.add(new int[] {text.length(), text.length() + paragraph.length()});
                    text.append(paragraph).append("\n\n");
                }
                String id = "s" + s + "-" + OUTLETS.get(outlet).replace(' ', '_');
                DocumentResult result = Fixtures.ANALYZER.analyze(index++, new SourceDocument(id, id, text.toString(), null, 0, List.of()));
                for (LabeledStatement statement : result.statements()) {
                    int start = statement.statement().start();
                    int paragraph = -1;
                    for (int p = 0; p < spans.size(); p++) {
                        if (start >= spans.get(p)[0] && start < spans.get(p)[1]) {
                            paragraph = STORIES.get(s).indexOf(originalOf(STORIES.get(s), paragraphs.get(p)));
                        }
                    }
                    found.add(new Found(claims.claim(statement).claim(),
                            "story " + s + " paragraph " + paragraph + " " + statement.statement().speaker().name()));
                }
            }
        }
        long truePairs = 0;
        long predictedPairs = 0;
        long agreed = 0;
        for (int i = 0; i < found.size(); i++) {
            for (int j = i + 1; j < found.size(); j++) {
                boolean same = found.get(i).truth().equals(found.get(j).truth());
                boolean grouped = found.get(i).claim().equals(found.get(j).claim());
                truePairs += same ? 1 : 0;
                predictedPairs += grouped ? 1 : 0;
                agreed += same && grouped ? 1 : 0;
            }
        }
        double precision = (double) agreed / predictedPairs;
        double recall = (double) agreed / truePairs;
        System.out.printf("claims: %d statements, %d true pairs, precision %.3f, recall %.3f%n", found.size(), truePairs, precision, recall);
        assertTrue(found.size() >= 60, found.size() + " statements");
        assertTrue(precision >= 0.95, "precision " + precision);
        assertTrue(recall >= 0.95, "recall " + recall);
    }

    /** The story paragraph a reprinted one comes from: the one with most words in common. */
    private static String originalOf(List<String> story, String reprinted) {
        String best = null;
        long bestShared = -1;
        List<String> words = List.of(reprinted.split("\\W+"));
        for (String paragraph : story) {
            long shared = List.of(paragraph.split("\\W+")).stream().filter(words::contains).count();
            if (shared > bestShared) {
                best = paragraph;
                bestShared = shared;
            }
        }
        return best;
    }

    @Test
    void theFirstReportNamesTheClaimAndOtherSpeakersOrWordsMakeOtherClaims() {
        ClaimIndex claims = new ClaimIndex();
        assertEquals(new ClaimIndex.Claimed("a#1", true), claims.claim("a#1", "RU\tSergey Lavrov", "a flagrant violation of international law"));
        assertEquals(new ClaimIndex.Claimed("a#1", false), claims.claim("b#4", "RU\tSergey Lavrov", "A flagrant violation of international law!"));
        assertEquals(new ClaimIndex.Claimed("c#1", true), claims.claim("c#1", "RU\tVladimir Putin", "a flagrant violation of international law"));
        assertEquals(new ClaimIndex.Claimed("d#2", true), claims.claim("d#2", "RU\tSergey Lavrov", "Russia will raise the strikes at the Security Council"));
    }

    @Test
    void onlyTheLatestClaimsAreKeptSoMemoryStaysBounded() {
        ClaimIndex claims = new ClaimIndex(2);
        claims.claim("a#1", "RU\tSergey Lavrov", "a flagrant violation of international law");
        claims.claim("b#1", "RU\tSergey Lavrov", "Russia will raise the strikes at the Security Council");
        assertEquals("a#1", claims.claim("c#1", "RU\tSergey Lavrov", "a flagrant violation of international law").claim());
        claims.claim("d#1", "RU\tSergey Lavrov", "Moscow has received no request for military help");
        claims.claim("e#1", "RU\tSergey Lavrov", "the talks must resume at once in Geneva");
        assertEquals(new ClaimIndex.Claimed("f#1", true), claims.claim("f#1", "RU\tSergey Lavrov", "a flagrant violation of international law"));
    }
}
