package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.AGENT_PREPOSITIONS;

import org.reactions.entities.ActorType;
import org.reactions.entities.Mention;
import org.reactions.knowledge.FunctionWords;
import org.reactions.nlp.Token;

/** The asides between commas that stand between a subject and its verb ("Ruto, who chairs the EAC, said"). */
final class Asides {
    /** how far back an aside may open before the comma that closes it, in tokens */
    private static final int REACH = 30;

    private final FunctionWords words;

    Asides(FunctionWords words) {
        this.words = words;
    }

    /** The comma or bracket that opens the aside closed by the comma at j, or -1. */
    static int start(Passage p, int j, int sentenceStart) {
        for (int q = j - 1; q >= Math.max(sentenceStart, j - REACH); q--) {
            Token t = p.token(q);
            if (t.isQuoteMark() || t.quoted()) {
                return -1;
            }
            if (t.text().equals(")")) { // "Ruto, who chairs the East African Community (EAC), said": a bracket inside it
                int opening = p.bracketOpening(q, sentenceStart);
                if (opening < 0) {
                    return -1;
                }
                q = opening;
                continue;
            }
            if (t.text().equals(",") || t.text().equals("(")) {
                return q;
            }
        }
        return -1;
    }

    /**
     * Whether the person in the aside between the commas at open and close speaks for the institution or state
     * before it: "the Kenyan government, through its principal secretary X, called", "The head of Rosatom, Alexey
     * Likhachev, warned".
     */
    boolean speaksFor(Passage p, int open, int close) {
        Mention person = p.mentionEndingAt(close - 1);
        Mention before = p.mentionEndingAt(open - 1);
        if (person == null || person.actor() == null || !person.actor().isPerson()) {
            return false;
        }
        return words.contains(AGENT_PREPOSITIONS, p.lower(open + 1)) || (person.start() == open + 1 && before != null
                && before.actor() != null && before.actor().type() == ActorType.INSTITUTION && person.actor().official());
    }
}
