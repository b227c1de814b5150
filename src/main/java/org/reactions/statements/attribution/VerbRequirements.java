package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.ADJECTIVE_ENDINGS;
import static org.reactions.knowledge.FunctionWords.Set.BARE_TIME_WORDS;
import static org.reactions.knowledge.FunctionWords.Set.BIDDING_PARTICLES;
import static org.reactions.knowledge.FunctionWords.Set.BID_MARKERS;
import static org.reactions.knowledge.FunctionWords.Set.CALLING_VERBS;
import static org.reactions.knowledge.FunctionWords.Set.DETERMINERS;
import static org.reactions.knowledge.FunctionWords.Set.INTERPOSED_NOUNS;
import static org.reactions.knowledge.FunctionWords.Set.INTERPOSED_PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.NAMING_OBJECTS;
import static org.reactions.knowledge.FunctionWords.Set.OBJECT_TAILS;
import static org.reactions.knowledge.FunctionWords.Set.PLATFORM_PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.POSSESSIVE_DETERMINERS;

import org.reactions.entities.Mention;
import org.reactions.nlp.Token;
import org.reactions.statements.SpeechVerb;

/**
 * What a speech verb needs around it to count (the "requires" column of the speech verbs): "call" only with "for"
 * or "on" after it, quoted words or what it names its object ("called the strikes illegal"), "hold" only with
 * "responsible" after its object, "continue" only before a colon and quoted words; never an act done by some means, a
 * reciprocal accusation, a condition or an act not done.
 */
final class VerbRequirements {
    /** how far after a verb the word it requires may stand ("call" ... "for") */
    private static final int REQUIREMENT_REACH = 3;
    /** How far a colon may follow a verb that needs one: "continued in a taunting tone:". */
    private static final int COLON_REACH = 6;
    /** How far a word that must follow an object may stand from its verb: "held the United States fully responsible". */
    private static final int OBJECT_REACH = 7;
    /** the most words of a phrase of occasion between a verb and the word it needs ("in a recent interview with Japanese media") */
    private static final int OCCASION_REACH = 8;
    /** the most words between "call" and what it names the object ("called the attack on the port a crime") */
    private static final int NAMING_REACH = 8;

    private final Grammar grammar;

    VerbRequirements(Grammar grammar) {
        this.grammar = grammar;
    }

    /** "call" counts only with "for"/"on" after it (or quoted words), "comment" only with "that" or a quote in its sentence. */
    boolean met(Passage p, int k, SpeechVerb verb) {
        int sentenceEnd = p.sentenceEnd(k);
        if (ActsWithoutWords.byMeans(p, k, sentenceEnd, grammar) || ActsWithoutWords.reciprocal(p, k, sentenceEnd, grammar)
                || ActsWithoutWords.hypothetical(p, k, grammar) || ActsWithoutWords.notDone(p, k, grammar) || ActsWithoutWords.toCome(p, k, grammar)
                || ActsWithoutWords.tollTaken(p, k, sentenceEnd, grammar) || ActsWithoutWords.spokenOf(p, k, grammar)
                || ActsWithoutWords.anonymityAsked(p, k, grammar)) {
            return false;
        }
        if (verb.requires().isEmpty()) {
            return true;
        }
        if (verb.requires().contains(SpeechVerb.QUOTE) && (p.quotedWithin(k + 1, sentenceEnd) || tagsQuotationBefore(p, k)
                || (verb.lemma().equals("read") && p.quotedWithin(p.sentenceStart(k), k)))) {
            return true; // "..., he commented: “...”", "“...,” he commented", "“...,” a statement by the ministry reads"
        }
        if (verb.requires().contains(SpeechVerb.NAMING) && names(p, k, sentenceEnd)) {
            return true;
        }
        if (verb.requires().contains(SpeechVerb.COLON) && introducesQuotation(p, k, sentenceEnd)) {
            return true;
        }
        if (verb.requires().stream().anyMatch(r -> r.startsWith(SpeechVerb.AFTER_OBJECT) && afterObject(p, k, sentenceEnd, r.substring(1)))) {
            return true; // "held Washington directly responsible"
        }
        if (p.lower(k + 1).equals("by") && (verb.requires().contains(p.lower(k - 1))
                || (p.lower(k - 1).equals(",") && verb.requires().contains(p.lower(k - 2))))) {
            return true; // a passive names what it needs before it: "a draft backed by China", "the resolution, vetoed by"
        }
        if (requiredAfterOccasion(p, k, sentenceEnd, verb)) {
            return true; // "revealed in a recent interview with Japanese media that ..."
        }
        for (int j = k + 1; j < Math.min(k + 1 + REQUIREMENT_REACH, sentenceEnd); j++) {
            Token t = p.token(j);
            if (verb.requires().contains(t.lower())) {
                // "spoke on the attack", not "spoke on Monday"; "called on all sides to show restraint", not a courtesy call
                // ("called on the interior minister on Tuesday")
                boolean bids = grammar.is(CALLING_VERBS, verb.lemma()) && grammar.is(BIDDING_PARTICLES, t.lower());
                return !dayAfter(p, j + 1, sentenceEnd) && (!bids || bidFollows(p, j + 1, sentenceEnd));
            }
            // only modifiers between: "called publicly for", "addressed mounting public questions", "was adamant on Sunday that"
            boolean modifier = t.hasTag("ADV") || t.hasTag("PART") || t.hasTag("ADJ") || t.hasTag("DET")
                    || grammar.is(DETERMINERS, t.lower()) // quoted words carry no tag: "“... sent a letter to ...”"
                    || grammar.is(POSSESSIVE_DETERMINERS, t.lower()) // "offered his condolences"
                    || (t.hasTag("VERB") && t.lower().endsWith("ing")) || grammar.is(BARE_TIME_WORDS, t.lower())
                    || (t.hasTag("ADP") && grammar.is(BARE_TIME_WORDS, p.lower(j + 1)))
                    || (grammar.is(PLATFORM_PREPOSITIONS, t.lower()) && j + 1 < sentenceEnd && p.token(j + 1).isCapitalized()) // "on X that"
                    || (t.isCapitalized() && grammar.is(PLATFORM_PREPOSITIONS, p.lower(j - 1)) && j - 1 > k);
            if (p.insideMention(j) || !modifier) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether what is bidden follows ("to", "for", "that" or quoted words) before any day: "called on all parties
     * involved in the conflict to show restraint", not "called on Interior Minister Mohsin Naqvi on Tuesday to discuss".
     */
    private boolean bidFollows(Passage p, int from, int sentenceEnd) {
        for (int j = from; j < sentenceEnd && !grammar.is(BARE_TIME_WORDS, p.lower(j)); j++) {
            if (p.token(j).quoted() || grammar.is(BID_MARKERS, p.lower(j)) || p.lower(j).equals(":")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word the verb needs comes right after a phrase of occasion that opens after it: a preposition, then
     * words with a noun of occasion and no verb ("revealed in a recent interview with Japanese media that ...", "called
     * during a briefing on Monday for ...").
     */
    private boolean requiredAfterOccasion(Passage p, int k, int sentenceEnd, SpeechVerb verb) {
        if (k + 1 >= sentenceEnd || !grammar.is(INTERPOSED_PREPOSITIONS, p.lower(k + 1))) {
            return false;
        }
        boolean occasion = false;
        for (int j = k + 2; j < Math.min(k + 2 + OCCASION_REACH, sentenceEnd); j++) {
            Token t = p.token(j);
            if (occasion && verb.requires().contains(t.lower())) {
                return true;
            }
            if (t.isVerbal() || t.quoted() || t.isQuoteMark() || (t.hasTag("PUNCT") && !p.insideMention(j))) {
                return false;
            }
            occasion |= grammar.is(INTERPOSED_NOUNS, t.lower());
        }
        return false;
    }

    /** Whether a day stands at j on its own ("on Monday"), not as the owner of what follows ("on Monday's attack"). */
    private boolean dayAfter(Passage p, int j, int sentenceEnd) {
        return j < sentenceEnd && grammar.is(BARE_TIME_WORDS, p.lower(j)) && !(j + 1 < sentenceEnd && p.lower(j + 1).equals("'s"));
    }

    /**
     * Whether a colon and quoted words follow the verb at k, with only a short phrase of manner between: "continued:
     * “...”", "continued in a taunting tone: “...”", never "continues to oppose ...".
     */
    private static boolean introducesQuotation(Passage p, int k, int sentenceEnd) {
        for (int j = k + 1; j < Math.min(k + 1 + COLON_REACH, sentenceEnd - 1); j++) {
            Token t = p.token(j);
            if (t.text().equals(":")) {
                return p.token(j + 1).quoted() || p.token(j + 1).isQuoteMark();
            }
            if (t.hasTag("VERB") || t.hasTag("PUNCT") || t.quoted()) {
                return false;
            }
        }
        return false;
    }

    /** Whether a word follows the verb at k after its object, within a clause: "held Washington directly responsible". */
    private static boolean afterObject(Passage p, int k, int sentenceEnd, String word) {
        for (int j = k + 1; j < Math.min(k + 1 + OBJECT_REACH, sentenceEnd); j++) {
            if (p.lower(j).equals(word)) {
                return j > k + 1 && !(j + 1 < sentenceEnd && p.token(j + 1).hasTag("NOUN")); // not "held a responsible position"
            }
            if ((p.token(j).hasTag("PUNCT") && !p.insideMention(j)) || (p.token(j).hasTag("VERB") && !p.insideMention(j))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the verb at k stands in the tag right after a quotation: "“...,” he commented", "“...,” charged the envoy". */
    private static boolean tagsQuotationBefore(Passage p, int k) {
        for (int j = k - 1; j >= p.sentenceStart(k); j--) {
            Token t = p.token(j);
            if (t.quoted()) {
                return true;
            }
            if (!t.isQuoteMark() && !t.text().equals(",") && !p.insideMention(j)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the verb at k names what it calls: an object and then an adjective, an article or quoted words ("called
     * the attack on the port a crime", "called it illegal"), never an actor called on the telephone ("called Putin",
     * "called the Iranian president last week").
     */
    private boolean names(Passage p, int k, int sentenceEnd) {
        int j = k + 1;
        if (j >= sentenceEnd) {
            return false;
        }
        if (p.token(j).hasTag("PRON") && grammar.is(NAMING_OBJECTS, p.lower(j))) {
            return j + 1 < sentenceEnd && (namingWord(p, j + 1) || p.token(j + 1).hasTag("NOUN")); // "called it aggression"
        }
        Mention actor = p.mentionStartingAt(j);
        if (actor != null) { // only as the owner or a modifier of the object: "Washington's actions", "the US strikes"
            boolean modifier = actor.end() < sentenceEnd && p.token(actor.end()).hasTag("NOUN");
            if (!actor.possessive() && !modifier) {
                return false;
            }
            j = actor.possessive() ? actor.end() + 1 : actor.end();
        } else if (grammar.is(NAMING_OBJECTS, p.lower(j))) {
            j++;
        } else {
            return false;
        }
        int end = Math.min(sentenceEnd, k + 1 + NAMING_REACH);
        j = nounPhraseEnd(p, j, end);
        while (j > 0 && j + 1 < end && grammar.is(OBJECT_TAILS, p.lower(j))) { // "the attack on the port"
            j = nounPhraseEnd(p, p.token(j + 1).hasTag("DET") ? j + 2 : j + 1, end);
        }
        return j > 0 && (j < end && namingWord(p, j) || predicateTaggedNoun(p, j - 1, sentenceEnd));
    }

    /**
     * Whether the word at j, the last of an object's nouns, is what the object is called, though tagged a noun: "called the
     * strikes reckless", "called the attack provocative". It has an adjective's ending (adjective-endings), follows another
     * noun and ends the clause.
     */
    private boolean predicateTaggedNoun(Passage p, int j, int sentenceEnd) {
        String word = p.lower(j);
        boolean ends = j + 1 >= sentenceEnd || p.token(j + 1).hasTag("PUNCT") || p.token(j + 1).hasTag("CCONJ");
        return j > 0 && ends && p.token(j - 1).hasTag("NOUN") && !p.insideMention(j)
                && grammar.words().get(ADJECTIVE_ENDINGS).stream().anyMatch(word::endsWith);
    }

    /** The end of the adjectives and nouns from j (at least one noun), or -1. */
    private static int nounPhraseEnd(Passage p, int j, int end) {
        while (j < end && p.token(j).hasTag("ADJ")) {
            j++;
        }
        int nouns = j;
        while (j < end && (p.token(j).hasTag("NOUN") || p.token(j).hasTag("PROPN") || p.insideMention(j))) {
            j++;
        }
        return j > nouns ? j : -1;
    }

    /** Whether the word at j opens what the object is called: an article, an adjective, quoted words; not a time. */
    private boolean namingWord(Passage p, int j) {
        Token t = p.token(j);
        if (grammar.is(INTERPOSED_PREPOSITIONS, t.lower()) || grammar.is(BARE_TIME_WORDS, t.lower())) {
            return false; // "called the minister last week"
        }
        return t.quoted() || t.hasTag("DET") || t.hasTag("ADJ");
    }
}
