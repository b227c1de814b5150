package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.AGENT_PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.BARE_TIME_WORDS;
import static org.reactions.knowledge.FunctionWords.Set.DETERMINERS;
import static org.reactions.knowledge.FunctionWords.Set.INTERPOSED_NOUNS;
import static org.reactions.knowledge.FunctionWords.Set.INTERPOSED_PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.MONTHS;

import java.util.regex.Pattern;

import org.reactions.entities.Actor;
import org.reactions.entities.ActorType;
import org.reactions.entities.Mention;
import org.reactions.knowledge.FunctionWords;
import org.reactions.nlp.Token;

/** The asides between commas that stand between a subject and its verb ("Ruto, who chairs the EAC, said"). */
final class Asides {
    /** how far back an aside may open before the comma that closes it, in tokens */
    private static final int REACH = 30;
    private static final Pattern DAY_OR_YEAR = Pattern.compile("\\d{1,4}(st|nd|rd|th)?");

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
     * Likhachev, warned", "Mexico, Claudia Sheinbaum, condemned"; or is the name of the description that opens the sentence before it ("The head of
     * Russia's foreign intelligence service, Sergei Naryshkin, has said").
     */
    boolean speaksFor(Passage p, int open, int close) {
        Mention person = p.mentionEndingAt(close - 1);
        Mention before = p.mentionEndingAt(open - 1);
        if (person == null || person.actor() == null || !person.actor().isPerson()) {
            return false;
        }
        boolean named = person.start() == open + 1 && person.actor().official();
        boolean nameOfDescription = named && before == null && person.actor().origin() != Actor.Origin.DESCRIBED && describedBefore(p, open);
        // "Mexico, Claudia Sheinbaum, condemned": a state's own official named after it speaks for it
        boolean ownOfficial = named && before != null && before.actor() != null && before.actor().type() == ActorType.STATE
                && before.actor().country() != null && before.actor().country().equals(person.actor().country());
        return words.contains(AGENT_PREPOSITIONS, p.lower(open + 1)) || (named && before != null
                && before.actor() != null && before.actor().type() == ActorType.INSTITUTION) || nameOfDescription || ownOfficial;
    }

    /** Whether a noun phrase without a verb opens the sentence and ends at the comma at open ("The head of the SVR,"). */
    private static boolean describedBefore(Passage p, int open) {
        int sentenceStart = p.sentenceStart(open);
        if (open - 1 <= sentenceStart || !(p.token(open - 1).hasTag("NOUN") || p.token(open - 1).hasTag("PROPN"))) {
            return false;
        }
        for (int k = sentenceStart; k < open; k++) {
            Token t = p.token(k);
            if (t.isVerbal() || t.quoted() || t.text().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the walk to a subject goes on from the comma at j, when the comma only sets off a time ("Putin on
     * Monday, June 23rd, slammed": from before the date's opening comma; "The ministry, on Friday said": from before
     * the comma, when the mention before it opens the sentence); else -1.
     */
    int pastTime(Passage p, int j, int open, int sentenceStart) {
        if (open >= 0 && isDate(p, open + 1, j)) {
            return open - 1;
        }
        Mention before = open < 0 && j - 1 >= sentenceStart ? p.mentionEndingAt(j - 1) : null;
        boolean opens = before != null && (before.start() == sentenceStart
                || (before.start() == sentenceStart + 1 && words.contains(DETERMINERS, p.lower(sentenceStart))));
        return opens && isTime(p, j + 1) ? j - 1 : -1;
    }

    /** "on Friday", "Friday", "last week": a time word, or a preposition of time and one within two words. */
    private boolean isTime(Passage p, int k) {
        if (words.contains(BARE_TIME_WORDS, p.lower(k))) {
            return true;
        }
        return words.contains(INTERPOSED_PREPOSITIONS, p.lower(k))
                && (isTimeNoun(p.lower(k + 1)) || isTimeNoun(p.lower(k + 2)));
    }

    private boolean isTimeNoun(String w) {
        return words.contains(BARE_TIME_WORDS, w) || words.contains(MONTHS, w) || words.contains(INTERPOSED_NOUNS, w);
    }

    /** "June 23rd", "23 June 2025": a month and numbers only. */
    private boolean isDate(Passage p, int from, int to) {
        boolean month = false;
        for (int k = from; k < to; k++) {
            String w = p.lower(k);
            boolean isMonth = words.contains(MONTHS, w);
            if (!isMonth && !DAY_OR_YEAR.matcher(w).matches()) {
                return false;
            }
            month |= isMonth;
        }
        return month;
    }
}
