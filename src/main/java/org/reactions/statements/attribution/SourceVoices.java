package org.reactions.statements.attribution;

import org.reactions.statements.CueKind;
import org.reactions.statements.SpeechLexicon;

/**
 * Which speech of a passage comes through an unnamed source ({@code lexicon/source-markers.tsv}): a marker among
 * the unquoted words of the sentence before the cue ("Sources close to the Kremlin said ...", "A person briefed on
 * the talks said Tehran had ...", "According to a source close to the government, Yerevan ..."), or, for an
 * "according to" cue, in the words it introduces. Counted once per passage, so each question is two subtractions.
 */
final class SourceVoices {
    /** how many words after a source's speech verb its report of a plan starts within ("said Moscow would ask") */
    static final int PLAN_WINDOW = 6;
    private final Passage passage;
    /** for each token, how many source markers start at unquoted tokens before it */
    private final int[] markersBefore;
    /** for each token, how many unquoted plan words ("will", "considering") stand before it */
    private final int[] plansBefore;
    /** for each token, how many source markers that open a closing tag (", two sources close to X told") start before it */
    private final int[] closingTagsBefore;

    SourceVoices(Passage p, SpeechLexicon speech) {
        this.passage = p;
        markersBefore = new int[p.size() + 1];
        plansBefore = new int[p.size() + 1];
        closingTagsBefore = new int[p.size() + 1];
        for (int i = 0; i < p.size(); i++) {
            boolean marker = !p.token(i).quoted() && speech.sourceMarkerAt(p::lower, i);
            markersBefore[i + 1] = markersBefore[i] + (marker ? 1 : 0);
            closingTagsBefore[i + 1] = closingTagsBefore[i] + (marker && afterAComma(p, i) ? 1 : 0);
            plansBefore[i + 1] = plansBefore[i] + (!p.token(i).quoted() && speech.isPlanWord(p.lower(i)) ? 1 : 0);
        }
    }

    /** Whether only a number or a determiner stands between a comma and the marker at i (", two sources"). */
    private static boolean afterAComma(Passage p, int i) {
        int k = i - 1;
        while (k >= 0 && (p.token(k).hasTag("NUM") || p.token(k).hasTag("DET"))) {
            k--;
        }
        return k >= 0 && p.token(k).text().equals(",");
    }

    /**
     * Whether a source's speech tells of a plan, an intention or a condition rather than of something said: a
     * plan word ({@code lexicon/plan-words.tsv}) between the speaker and the cue ("Yerevan will ask", "Beijing is
     * considering"), or among the first words the cue introduces, in its clause ("said Moscow would ask").
     */
    boolean tellsAPlan(Event e) {
        Cue cue = e.cue();
        int from = Math.min(e.anchor(), cue.at());
        if (plansBefore[Math.min(cue.at(), passage.size())] > plansBefore[Math.min(from, passage.size())]) {
            return true;
        }
        int start = Math.min(cue.end(), passage.size());
        int end = Math.min(passage.commaAfter(start), start + PLAN_WINDOW);
        return plansBefore[Math.max(end, start)] > plansBefore[start];
    }

    /**
     * Whether the speech of event e is a source's: a marker before its cue in the sentence, or one that opens the
     * sentence's closing tag after it ("Iran has asked China for jets, two sources close to the government told
     * Reuters": what Iran asked for is what the sources say).
     */
    boolean throughASource(Event e) {
        Cue cue = e.cue();
        int at = Math.min(cue.at(), passage.size() - 1);
        int sentenceStart = passage.sentenceStart(at);
        int sentenceEnd = Math.min(passage.sentenceEnd(at), passage.size());
        if (markersBefore[Math.min(cue.at(), passage.size())] > markersBefore[sentenceStart]
                || closingTagsBefore[sentenceEnd] > closingTagsBefore[at + 1]) {
            return true;
        }
        int introduced = cue.kind() == CueKind.ACCORDING ? passage.commaAfter(cue.end()) : cue.end();
        return markersBefore[Math.min(introduced, passage.size())] > markersBefore[Math.min(cue.end(), passage.size())];
    }
}
