package org.reactions.entities;

import static org.reactions.knowledge.FunctionWords.Set.COUNTERPARTS;
import static org.reactions.knowledge.FunctionWords.Set.DETERMINERS;
import static org.reactions.knowledge.FunctionWords.Set.SERVING_ROLES;

import java.util.List;
import java.util.Locale;
import org.reactions.knowledge.CountryCode;

/**
 * The person an aide, adviser or spokesperson serves, named after "to" or "for" ("an aide to Putin", "a spokesman
 * for the Russian president", "a top military adviser to Iran's Supreme Leader"): the official is of that person's
 * country, and is not that person. An envoy or ambassador "to" someone is posted there instead, and has no principal.
 * A counterpart of a country holds there the office of the person named before it ("Wang Yi and his Iranian
 * counterpart": Iran's foreign minister).
 */
final class Principals {
    /** The principal's country and the index after the principal's phrase. */
    record Principal(CountryCode country, int end) {
    }

    private final NationalityReader nationalities;

    Principals(NationalityReader nationalities) {
        this.nationalities = nationalities;
    }

    /** The principal named after the preposition at {@code preposition} of a serving title, or null. */
    Principal after(SentenceWords w, Title title, int preposition) {
        if (title.plural() || !serves(w, title)) {
            return null;
        }
        int k = w.is(DETERMINERS, preposition + 1) ? preposition + 2 : preposition + 1;
        Lexeme lexeme = w.lexeme(k);
        Lexeme.Known known = lexeme == null ? null : lexeme.find(Lexeme.Known.class);
        if (known != null && known.actor().isPerson() && known.actor().country() != null) {
            return new Principal(known.actor().country(), lexeme.end()); // "an aide to Putin"
        }
        Nationality n = nationalities.read(w, k);
        if (n == null || n.country() == null || n.standalone() != null) {
            return null;
        }
        Lexeme office = w.lexeme(w.skipModifiers(n.end()));
        return office != null && office.has(Lexeme.TitleWord.class) && !office.find(Lexeme.TitleWord.class).title().plural()
                ? new Principal(n.country(), office.end()) : null; // "the Russian president", "Iran's parliament speaker"
    }

    private static boolean serves(SentenceWords w, Title title) {
        String[] words = title.role().toLowerCase(Locale.ROOT).split(" ");
        return w.isIn(SERVING_ROLES, words[words.length - 1]);
    }

    /**
     * The title a counterpart holds: that of the last official named before it in the sentence ("Wang Yi and his
     * Iranian counterpart" is Iran's Foreign Minister), or the title itself for any other title or when none was named.
     */
    static Title asCounterpart(SentenceWords w, Title title, List<Mention> before) {
        Actor official = isCounterpart(w, title) ? lastOfficial(before) : null;
        return official == null ? title : title.withRole(official.role());
    }

    private static boolean isCounterpart(SentenceWords w, Title title) {
        return !title.plural() && w.isIn(COUNTERPARTS, title.role().toLowerCase(Locale.ROOT));
    }

    /**
     * The counterpart of no stated country named earlier in the sentence: the one official of another country who holds
     * the office of the official right before it ("During his call with Iranian President Masoud Pezeshkian, Putin and
     * his counterpart called": Pezeshkian), or null.
     */
    static Actor counterpartNamed(SentenceWords w, Title title, List<Mention> before) {
        Actor possessor = isCounterpart(w, title) ? lastOfficial(before) : null;
        if (possessor == null) {
            return null;
        }
        Actor found = null;
        for (Mention m : before) {
            Actor a = m.actor();
            boolean fits = a != null && a.isPerson() && a.country() != null && !a.country().equals(possessor.country())
                    && a.role() != null && OfficeHolders.office(a.role()).equals(OfficeHolders.office(possessor.role()));
            if (fits && found != null && !found.equals(a)) {
                return null; // two such officials: no telling which
            }
            found = fits ? a : found;
        }
        return found;
    }

    private static Actor lastOfficial(List<Mention> before) {
        for (int m = before.size() - 1; m >= 0; m--) {
            Actor a = before.get(m).actor();
            if (a != null && a.isPerson() && a.official() && a.role() != null && !before.get(m).group()) {
                return a;
            }
        }
        return null;
    }
}
