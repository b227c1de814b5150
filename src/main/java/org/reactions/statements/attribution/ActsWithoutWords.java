package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.ANONYMOUS_PARTICIPLES;
import static org.reactions.knowledge.FunctionWords.Set.CONDITIONALS;
import static org.reactions.knowledge.FunctionWords.Set.CONTENT_OPENERS;
import static org.reactions.knowledge.FunctionWords.Set.EMPTY_OBJECTS;
import static org.reactions.knowledge.FunctionWords.Set.EXCEPTING_WORDS;
import static org.reactions.knowledge.FunctionWords.Set.FUTURE_MODALS;
import static org.reactions.knowledge.FunctionWords.Set.MEANS_VERBS;
import static org.reactions.knowledge.FunctionWords.Set.MODALS;
import static org.reactions.knowledge.FunctionWords.Set.PASSIVE_AUXILIARIES;
import static org.reactions.knowledge.FunctionWords.Set.PRIVATIVES;
import static org.reactions.knowledge.FunctionWords.Set.PROSPECTS;
import static org.reactions.knowledge.FunctionWords.Set.QUESTION_OPENERS;
import static org.reactions.knowledge.FunctionWords.Set.RECIPROCALS;
import static org.reactions.knowledge.FunctionWords.Set.RELATIVE_PRONOUNS;
import static org.reactions.knowledge.FunctionWords.Set.TOLL_OBJECTS;
import static org.reactions.knowledge.FunctionWords.Set.TOLL_VERBS;

import java.util.stream.IntStream;
import org.reactions.nlp.Token;

/**
 * Speech verbs that tell no words one could attribute: an act done by some means ("responded to the attacks by
 * targeting Israel"), an exchange whose parties are its own subjects ("both nations accused each other"), a
 * hypothesis ("if the US side insists on a trade war"), an act not done ("without citing evidence") or still to come
 * ("Lavrov will urge"), a toll ("an offensive that claimed the lives of ..."), or nothing said ("said little about Iran").
 */
final class ActsWithoutWords {
    /**
     * how far after a verb of means its "by" and act may stand ("responded to U.S. attacks that killed Iranian Supreme
     * Leader Ayatollah Ali Khamenei by launching")
     */
    private static final int MEANS_REACH = 20;
    /** how far after a verb of means a colon or quotation shows it has words ("would reply: “...”") */
    private static final int WORDS_REACH = 4;
    /** the most words between a toll verb and the lives it takes ("claimed more than two hundred lives") */
    private static final int TOLL_REACH = 5;
    /** the most words of a subject between a conditional and its verb ("if the US side insists") */
    private static final int CONDITION_SUBJECT = 6;
    /** the most words of a subject between a question word and its verb ("How Russia, China and Iran's allies are responding") */
    private static final int QUESTION_SUBJECT = 12;
    /** how far after "said little" a word may say what was said after all ("said little in his message save to praise") */
    private static final int EXCEPTION_REACH = 12;

    private ActsWithoutWords() {
    }

    /**
     * Whether the verb's object is its subjects themselves, each the other's ("both nations accused each other", "each
     * side blamed the other"): what either said is not told.
     */
    static boolean reciprocal(Passage p, int k, int sentenceEnd, Grammar grammar) {
        if (k + 2 >= sentenceEnd || !grammar.is(RECIPROCALS, p.lower(k + 2))) {
            return false;
        }
        String first = p.lower(k + 1);
        boolean eachSide = first.equals("the") && IntStream.range(p.sentenceStart(k), k).anyMatch(j -> grammar.is(RECIPROCALS, p.lower(j)));
        return grammar.is(RECIPROCALS, first) || eachSide; // "each other", "one another"; "each side blamed the other"
    }

    /**
     * Whether "by" and an act that is no speech follow a verb of means in its clause, or a modal comes before it:
     * "Tehran responded to the attacks by targeting Israel" and "Iran will respond" tell acts, "responded by saying" speaks.
     */
    static boolean byMeans(Passage p, int k, int sentenceEnd, Grammar grammar) {
        if (!grammar.is(MEANS_VERBS, p.lower(k)) || grammar.is(CONTENT_OPENERS, p.lower(k + 1))) {
            return false; // "responded that Washington was escalating by sending ships": the act is in the words
        }
        if (k > p.sentenceStart(k) && grammar.is(MODALS, p.lower(k - 1)) && !wordsFollow(p, k, sentenceEnd)) {
            return true; // "Tehran would respond at a time of its choosing": a response to come is an act, no words yet
        }
        for (int j = k + 1; j + 1 < Math.min(sentenceEnd, k + 1 + MEANS_REACH); j++) {
            if (p.lower(j).equals(";") || p.token(j).quoted()
                    || (p.lower(j).equals(",") && grammar.is(RELATIVE_PRONOUNS, p.lower(j + 1)))) {
                return false; // "..., which came after Israel threatened to retaliate by striking": another clause's means
            }
            if (p.lower(j).equals("by") && p.lower(j + 1).endsWith("ing")) {
                return grammar.speech().verb(p.lower(j + 1)) == null;
            }
        }
        return false;
    }

    /** Whether a colon or quoted words follow the verb at k closely: "Baghaei would reply: “Wait and see.”" speaks. */
    private static boolean wordsFollow(Passage p, int k, int sentenceEnd) {
        return IntStream.range(k + 1, Math.min(sentenceEnd, k + 1 + WORDS_REACH))
                .anyMatch(j -> p.lower(j).equals(":") || p.token(j).quoted());
    }

    /**
     * Whether the verb at k takes lives, as a death toll does: "the offensive, which claimed the lives of hundreds",
     * "strikes that claimed more than 200 lives". A claim that speaks has words for its object, not lives.
     */
    static boolean tollTaken(Passage p, int k, int sentenceEnd, Grammar grammar) {
        if (!grammar.is(TOLL_VERBS, p.lower(k))) {
            return false;
        }
        for (int j = k + 1; j < Math.min(sentenceEnd, k + 1 + TOLL_REACH); j++) {
            Token t = p.token(j);
            if (grammar.is(TOLL_OBJECTS, t.lower())) {
                return j + 1 >= sentenceEnd || !p.token(j + 1).isVerbal(); // "claimed the lives lost would be avenged" speaks
            }
            if (t.quoted() || t.isVerbal() || t.hasTag("PUNCT") || grammar.is(CONTENT_OPENERS, t.lower())) {
                return false;
            }
        }
        return false;
    }

    /** Whether the verb at k is that of a condition: "if" or "unless" and its subject right before it ("if the US side insists"). */
    static boolean hypothetical(Passage p, int k, Grammar grammar) {
        int start = p.sentenceStart(k);
        for (int j = k - 1; j >= start && j >= k - 1 - CONDITION_SUBJECT; j--) {
            if (grammar.is(CONDITIONALS, p.lower(j))) {
                return j < k - 1;
            }
            Token t = p.token(j);
            if (t.quoted() || t.isVerbal() || t.hasTag("PUNCT") || t.hasTag("SCONJ") || t.hasTag("CCONJ")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the verb at k is speech still to come, as the writer foresees it: "Lavrov will urge Washington", "Peskov is
     * expected to warn", "Xi is set to call for restraint", "China will probably demand", or that only may come: "Beijing
     * might argue". "Would" is left to the verbs of means and to reported speech ("Russia would later condemn" happened).
     */
    static boolean toCome(Passage p, int k, Grammar grammar) {
        int start = p.sentenceStart(k);
        int j = beforeAdverbs(p, k - 1, start);
        if (j < start || p.token(j).quoted()) {
            return false;
        }
        if (grammar.is(FUTURE_MODALS, p.lower(j)) && p.token(j).hasTag("AUX") && !p.insideMention(j)) { // not "Theresa May said"
            return true;
        }
        int prospect = beforeAdverbs(p, j - 1, start);
        return p.lower(j).equals("to") && prospect > start && grammar.is(PROSPECTS, p.lower(prospect))
                && grammar.is(PASSIVE_AUXILIARIES, p.lower(beforeAdverbs(p, prospect - 1, start)));
    }

    /** The index of the first word at or before j that is no adverb ("is widely expected"), stopping at the sentence start. */
    private static int beforeAdverbs(Passage p, int j, int start) {
        while (j > start && p.token(j).hasTag("ADV") && !p.token(j).quoted()) {
            j--;
        }
        return j;
    }

    /**
     * Whether the verb at k is that of an indirect question or free relative that opens its sentence or follows a colon:
     * "What Moscow, Beijing and Tehran said after ...", "Pronouns and power: how Moscow's spokeswoman framed the war". It
     * names what was said, and says none of it. Inside a sentence "what" is often what a speaker calls something ("on
     * what he called rumours", "about what he described as ..."), which is said.
     */
    static boolean spokenOf(Passage p, int k, Grammar grammar) {
        int start = p.sentenceStart(k);
        for (int j = k - 1; j >= start && j >= k - 1 - QUESTION_SUBJECT; j--) {
            Token t = p.token(j);
            if (grammar.is(QUESTION_OPENERS, t.lower())) {
                boolean opens = j == start || p.lower(j - 1).equals(":");
                return opens && j < k - 1 && !t.quoted();
            }
            boolean subjectWord = p.insideMention(j) || t.text().equals(",") || t.lower().equals("'s") || t.hasTag("AUX") || t.hasTag("PART") || t.hasTag("ADV") || !(t.isVerbal() || t.hasTag("PUNCT"));
            if (t.quoted() || !subjectWord || t.hasTag("SCONJ")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the verb at k only asks for anonymity: "a general who asked not to be named", "requested not to be
     * identified".
     */
    static boolean anonymityAsked(Passage p, int k, Grammar grammar) {
        return k + 4 < p.size() && p.lower(k + 1).equals("not") && p.lower(k + 2).equals("to") && p.lower(k + 3).equals("be")
                && grammar.is(ANONYMOUS_PARTICIPLES, p.lower(k + 4));
    }

    /** Whether the verb at k follows "without": "he claimed, without citing evidence, that ..." cites nothing. */
    static boolean notDone(Passage p, int k, Grammar grammar) {
        return k > p.sentenceStart(k) && grammar.is(PRIVATIVES, p.lower(k - 1));
    }

    /**
     * "Putin has said little about Iran", "the ambassador said nothing until the end": a verb whose object is that
     * nothing was said; not "said nothing would change", whose "nothing" opens what was said, nor "said little ... save
     * to praise “...”", which says what was said after all.
     */
    static boolean saidNothing(Passage p, int verb, Grammar grammar) {
        int object = verb + 1;
        int end = p.sentenceEnd(verb);
        if (object >= end || !grammar.is(EMPTY_OBJECTS, p.lower(object))) {
            return false;
        }
        // "said little progress had been made", "said nothing short of a ceasefire would do": a determiner, not the object
        Token next = object + 1 < end ? p.token(object + 1) : null;
        if (next != null && (next.isVerbal() || next.hasTag("NOUN") || next.hasTag("ADJ"))) {
            return false;
        }
        for (int k = object + 1; k < Math.min(end, object + 1 + EXCEPTION_REACH); k++) {
            if (grammar.is(EXCEPTING_WORDS, p.lower(k))) {
                return false;
            }
        }
        return true;
    }
}
