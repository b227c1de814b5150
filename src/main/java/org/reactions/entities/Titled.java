package org.reactions.entities;

import static org.reactions.knowledge.FunctionWords.Set.POSSESSIVE_DETERMINERS;

import org.reactions.knowledge.CountryCode;

/**
 * A phrase with a title.
 *
 * @param start       where the phrase starts
 * @param portfolio   where the capitalised words of a portfolio before its title start ("Culture Minister"), else
 *                    the title's
 * @param title       where its first title word is
 * @param definite    whether it opens with "the"
 * @param unofficial  whether a modifier makes the holder no official (a former one, a rebel)
 * @param nationality the nationality before the title, or null
 */
record Titled(int start, int portfolio, int title, boolean definite, boolean unofficial, Nationality nationality) {
    CountryCode country() {
        return nationality == null ? null : nationality.country();
    }

    /** The same phrase, its country given by an institution its portfolio names. */
    Titled in(CountryCode country, int end) {
        return new Titled(start, portfolio, title, definite, unofficial, new Nationality(country, null, end, null));
    }

    /**
     * Whether an office named without its holder is a person named before: "the German chancellor", "Qatar's prime
     * minister" (but not "a German minister", or an office the knowledge base has one holder of).
     */
    boolean refersBack(SentenceWords w, Actor office) {
        boolean refers = definite || w.isPossessive(nationality.end() - 1) // "his Chinese counterpart" too
                || (start > 0 && w.is(POSSESSIVE_DETERMINERS, start - 1));
        return refers && office.official() && office.origin() == Actor.Origin.DESCRIBED;
    }
}
