package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.MEANS_VERBS;
import static org.reactions.knowledge.FunctionWords.Set.RECIPROCALS;

import java.util.stream.IntStream;

/**
 * Speech verbs that tell no words one could attribute: an act done by some means ("responded to the attacks by
 * targeting Israel") or an exchange whose parties are its own subjects ("both nations accused each other").
 */
final class ActsWithoutWords {
    /** how far after a verb of means its "by" and act may stand ("responded to the attacks on its territory by targeting") */
    private static final int MEANS_REACH = 12;

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
     * Whether "by" and an act that is no speech follow a verb of means in its clause: "Tehran responded to the attacks
     * by targeting Israel" tells an act, "responded by saying" speaks.
     */
    static boolean byMeans(Passage p, int k, int sentenceEnd, Grammar grammar) {
        if (!grammar.is(MEANS_VERBS, p.lower(k))) {
            return false;
        }
        for (int j = k + 1; j + 1 < Math.min(sentenceEnd, k + 1 + MEANS_REACH); j++) {
            if (p.lower(j).equals(";") || p.token(j).quoted()) {
                return false;
            }
            if (p.lower(j).equals("by") && p.lower(j + 1).endsWith("ing")) {
                return grammar.speech().verb(p.lower(j + 1)) == null;
            }
        }
        return false;
    }
}
