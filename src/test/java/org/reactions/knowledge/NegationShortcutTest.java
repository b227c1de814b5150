package org.reactions.knowledge;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The stance features skip the negation scan for every word up to the first negator of a statement; no word there
 * may be negated, whatever the words (negators, denials, clause breaks, coordinators and others mixed at random).
 */
class NegationShortcutTest {
    private static final Clauses CLAUSES = Clauses.bundled();

    @Property(tries = 3000)
    void noWordBeforeTheFirstNegationIsNegated(@ForAll("sentences") List<String> words) {
        int first = CLAUSES.firstNegation(words);
        for (int i = 0; i <= Math.min(first, words.size() - 1); i++) {
            if (CLAUSES.negated(words, i, k -> k % 3 == 0)) {
                throw new AssertionError("word " + i + " of " + words + " is negated, but the first negation is at " + first);
            }
        }
    }

    @Provide
    Arbitrary<List<String>> sentences() {
        return Arbitraries.of("not", "no", "never", "denied", "refused", "to", "has", "yet", "only", "even", "help", "aid", "and",
                "but", ",", ";", "which", "russia", "said", "the", "strikes", "fail", "cannot", "without").list().ofMaxSize(14);
    }
}
