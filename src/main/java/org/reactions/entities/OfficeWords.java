package org.reactions.entities;

import static org.reactions.knowledge.FunctionWords.Set.COORDINATING;
import static org.reactions.knowledge.FunctionWords.Set.DETERMINERS;
import static org.reactions.knowledge.FunctionWords.Set.HEADLINE_VERBS;
import static org.reactions.knowledge.FunctionWords.Set.PORTFOLIO_HEADS;
import static org.reactions.knowledge.FunctionWords.Set.PORTFOLIO_LINKS;
import static org.reactions.knowledge.FunctionWords.Set.UNOFFICIAL_MARKERS;

import java.util.function.IntPredicate;
import org.reactions.knowledge.CountryCode;

/**
 * The words of an office around a title word: the portfolio after it ("Minister of Strategic Resilience") and the
 * words of a compound title ("Chief Cabinet Secretary"), as {@link MentionFinder} reads them.
 */
final class OfficeWords {
    /** The most capitalised portfolio words before the title or kind they go with ("Chief Cabinet Secretary"). */
    private static final int PORTFOLIO_WORDS_BEFORE = 2;
    /** The most words of a lower-case portfolio, its head noun included. */
    private static final int LOWER_CASE_PORTFOLIO_WORDS = 5;
    private OfficeWords() {
    }

    /**
     * Where the portfolio after a singular title ends ("Minister of Strategic Resilience Aidos Bekmuratov", "Head of the
     * Presidential Administration", "Minister for Trade and Industry"): the capitalised words after "of" or "for" (and
     * "the") that name no one the dictionary knows, less the name that may end them: the words the name model takes for a
     * person's, else the last two of three or more. {@code end} when no portfolio follows.
     */
    static int portfolioEnd(SentenceWords w, int end, Title title) {
        if (title.plural() || end + 1 >= w.size() || !w.is(PORTFOLIO_LINKS, end)) {
            return end;
        }
        int start = w.is(DETERMINERS, end + 1) ? end + 2 : end + 1;
        int k = start;
        boolean institutionLast = false; // the portfolio ends in an institution the dictionary knows, which holds no name
        while (k < w.size()) {
            if (institution(w, k)) {
                k = w.lexeme(k).end(); // "Secretary of the Security Council"
                institutionLast = true;
            } else if (portfolioWord(w, k) || (k > start && w.is(COORDINATING, k) && k + 1 < w.size() && portfolioWord(w, k + 1))) {
                k++;
                institutionLast = false;
            } else {
                break;
            }
        }
        if (k == start) {
            return lowerCasePortfolioEnd(w, start, end);
        }
        if (institutionLast) {
            return k; // "the head of Iran's Atomic Energy Organization": not "Energy Organization" by name
        }
        int nameStart = k;
        while (nameStart > start && w.modelName(nameStart - 1)) {
            nameStart--;
        }
        boolean goesOn = k < w.size() && w.token(k).hasTag("ADP"); // "Committee on CIS Affairs": no name ends it there
        if ((nameStart == start || nameStart == k) && !goesOn) { // the model tells no name from portfolio: a name is two words
            nameStart = k - start >= 3 ? k - 2 : k;
        }
        return nameStart > start ? nameStart : end;
    }

    /**
     * Where the title word that goes on a title stands: right at {@code k} ("Brigadier General"), or after one or two
     * capitalised portfolio words that the name model does not take for a name ("Chief Cabinet Secretary"); -1 when
     * no title word goes on. A headline's verb is no portfolio word ("Spokesman Says Supreme Leader").
     */
    static int nextTitleWord(SentenceWords w, int k) {
        return afterPortfolioWords(w, k, k, Lexeme.TitleWord.class, t -> portfolioNoun(w, t));
    }

    /**
     * Where an official's title stands after one or two capitalised words of its portfolio that no dictionary entry
     * holds and the name model does not take for a name ("Culture Minister", "Strategic Resilience Minister"), or -1:
     * nouns, maybe after an adjective ("While officials", "Divided Muslims" are none).
     */
    static int titleAfterPortfolio(SentenceWords w, int k) {
        int t = afterPortfolioWords(w, k, k + 1, Lexeme.TitleWord.class, j -> w.lexeme(j) == null && portfolioNoun(w, j));
        return t >= 0 && w.lexeme(t).find(Lexeme.TitleWord.class).title().official() ? t : -1;
    }

    /**
     * Where the kind of an institution stands after one or two capitalised words of its portfolio that no dictionary
     * entry holds and the name model does not take for a name ("Health Ministry", "Oil Ministry"), or -1.
     */
    static int kindAfterPortfolio(SentenceWords w, int k) {
        if (k + 1 < w.size() && w.lexeme(k) == null && w.token(k).hasTag("NOUN") && w.token(k).text().matches("\\p{Ll}{3,}")
                && w.lexeme(k + 1) != null && w.lexeme(k + 1).has(Lexeme.Kind.class)) {
            return k + 1; // one lower-case noun: "the Iranian health ministry"
        }
        return afterPortfolioWords(w, k, k + 1, Lexeme.Kind.class, t -> w.lexeme(t) == null && portfolioWord(w, t));
    }

    /**
     * Where a word with a reading of the given kind stands, from {@code first} on, after at most
     * {@link #PORTFOLIO_WORDS_BEFORE} words from k that the portfolio test accepts and the name model takes for no name;
     * -1 when another word comes first.
     */
    private static int afterPortfolioWords(SentenceWords w, int k, int first, Class<? extends Lexeme.Reading> reading,
                                           IntPredicate portfolio) {
        for (int t = k; t <= k + PORTFOLIO_WORDS_BEFORE && t < w.size(); t++) {
            if (t >= first && w.lexeme(t) != null && w.lexeme(t).has(reading)) {
                return t;
            }
            if (!portfolio.test(t) || w.modelName(t)) {
                return -1;
            }
        }
        return -1;
    }

    /** A capitalised portfolio word that is a noun, or an adjective before one ("Strategic Resilience"): never a verb. */
    private static boolean portfolioNoun(SentenceWords w, int k) {
        boolean adjectiveBeforeNoun = w.token(k).hasTag("ADJ") && k + 1 < w.size() && w.lexeme(k + 1) == null && noun(w, k + 1);
        return (noun(w, k) || adjectiveBeforeNoun) && portfolioWord(w, k) && !w.is(HEADLINE_VERBS, k); // title case tags "Says" a noun
    }

    private static boolean noun(SentenceWords w, int k) {
        return w.token(k).hasTag("NOUN") || w.token(k).hasTag("PROPN");
    }

    /** Where the portfolio after an institution's kind ends ("Ministry of Health", "Ministry of Oil and Gas"), or end. */
    static int institutionPortfolioEnd(SentenceWords w, int end) {
        if (end + 1 >= w.size() || !w.is(PORTFOLIO_LINKS, end)) {
            return end;
        }
        int k = end + 1;
        while (k < w.size() && w.lexeme(k) == null && !w.modelName(k) && (portfolioWord(w, k)
                || (k > end + 1 && w.is(COORDINATING, k) && k + 1 < w.size() && w.lexeme(k + 1) == null && portfolioWord(w, k + 1)))) {
            k++;
        }
        return k > end + 1 ? k : end;
    }

    private static boolean institution(SentenceWords w, int k) {
        Lexeme.Known known = w.lexeme(k) == null ? null : w.lexeme(k).find(Lexeme.Known.class);
        return known != null && known.actor().type() == ActorType.INSTITUTION;
    }

    /** The country of an institution a portfolio names ("Chairman of the State Duma Committee on ..."), or null. */
    static CountryCode portfolioCountry(SentenceWords w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (institution(w, k)) {
                return w.lexeme(k).find(Lexeme.Known.class).actor().country();
            }
        }
        return null;
    }

    /**
     * Where a portfolio written in lower case ends: "for legal and international affairs", "for political affairs",
     * a few words joined by "and" that end in a portfolio's head noun; {@code end} when none does.
     */
    private static int lowerCasePortfolioEnd(SentenceWords w, int start, int end) {
        for (int k = start; k < Math.min(start + LOWER_CASE_PORTFOLIO_WORDS, w.size()); k++) {
            String word = w.token(k).text();
            if (w.is(PORTFOLIO_HEADS, k) && k > start) {
                return k + 1;
            }
            boolean lowerWord = !word.isEmpty() && word.chars().allMatch(Character::isLowerCase);
            if (!lowerWord || (w.is(COORDINATING, k) && k == start)) {
                return end;
            }
        }
        return end;
    }

    /** A capitalised word of a portfolio: no name the dictionary knows, though it may be an institution's ("Administration"). */
    private static boolean portfolioWord(SentenceWords w, int k) {
        String word = w.token(k).text();
        Lexeme lexeme = w.lexeme(k);
        return (lexeme == null || lexeme.readings().stream().allMatch(r -> r instanceof Lexeme.Kind)) && w.token(k).isCapitalized()
                && word.length() > 1 && word.chars().allMatch(Character::isLetter);
    }

    /** Whether a modifier in [from, to) makes the holder no official ("former foreign minister", "rebel spokesperson"). */
    static boolean anyUnofficialMarker(SentenceWords w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (w.isModifier(k) && w.is(UNOFFICIAL_MARKERS, k)) {
                return true;
            }
        }
        return false;
    }
}
