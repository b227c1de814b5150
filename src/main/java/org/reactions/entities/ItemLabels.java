package org.reactions.entities;

import static org.reactions.knowledge.FunctionWords.Set.DATELINE_MARKS;

import org.reactions.knowledge.CountryCode;

/**
 * The country a list item is about, as lists of reactions label their items: a state's name or flag and a colon or
 * a dash opening the sentence ("China – The Foreign Ministry said ...", "🇮🇷 Iran: ...", "🇷🇺 The Foreign Ministry
 * said ..."), or a line of its own above the item's paragraphs ("Russia", "🇷🇺"). An office the item names with no
 * country of its own ("The Foreign Ministry", "The president") is that country's. A capital before a colon is a
 * dateline, no label ("Tehran: Iran holds ...").
 */
final class ItemLabels {
    /** the first of the 26 regional indicator symbols, two of which make a flag */
    private static final int REGIONAL_A = 0x1F1E6;

    private ItemLabels() {
    }

    /** The label that opens the sentence, or null. */
    static CountryCode opening(NationalityReader nationalities, SentenceWords w) {
        int k = afterBullets(w, 0);
        CountryCode flag = k < w.size() ? flag(nationalities, w.token(k).text()) : null;
        if (flag != null) {
            CountryCode named = named(nationalities, w, k + 1);
            return named == null || named.equals(flag) ? flag : null;
        }
        return named(nationalities, w, k);
    }

    /** The label of a line of its own, a state's name or flag and nothing else ("Russia", "🇷🇺", "• Iran"), or null. */
    static CountryCode line(NationalityReader nationalities, SentenceWords w) {
        int k = afterBullets(w, 0);
        CountryCode flag = k + 1 == w.size() ? flag(nationalities, w.token(k).text()) : null;
        if (flag != null) {
            return flag;
        }
        Mention name = stateNamedAt(nationalities, w, k);
        boolean alone = name != null && ownName(w, name) && (name.end() == w.size() || (name.end() + 1 == w.size() && !w.token(name.end()).isVerbal()
                && !Character.isLetterOrDigit(w.token(name.end()).text().codePointAt(0))));
        return alone ? name.actor().country() : null;
    }

    /** A state's own name at k followed by a colon or a dash ("China:", "Saudi Arabia –"), or null. */
    private static CountryCode named(NationalityReader nationalities, SentenceWords w, int k) {
        Mention name = stateNamedAt(nationalities, w, k);
        boolean marked = name != null && ownName(w, name) && name.end() < w.size()
                && w.is(DATELINE_MARKS, name.end()) && !w.lower(name.end()).equals("(");
        // a dash is a label's only with a space before it and no state after it: "Iran-Israel conflict:", "Iran – Israel war:"
        boolean colon = marked && w.lower(name.end()).equals(":");
        boolean dash = marked && !colon && w.token(name.end()).start() > w.token(name.end() - 1).end()
                && stateNamedAt(nationalities, w, name.end() + 1) == null;
        return colon || dash ? name.actor().country() : null;
    }

    /** The mention of a state named at k ("China", "Tehran"), or null. */
    private static Mention stateNamedAt(NationalityReader nationalities, SentenceWords w, int k) {
        Nationality state = k < w.size() ? nationalities.read(w, k) : null;
        Mention name = state == null ? null : state.standalone();
        return name != null && name.kind() == Mention.Kind.STATE ? name : null;
    }

    /** Whether a state is named by its own name, not by its capital or another word for it. */
    private static boolean ownName(SentenceWords w, Mention name) {
        return w.text(name.start(), name.end()).equalsIgnoreCase(name.actor().name());
    }

    /** The index after the bullets and other marks with no letter that open an item ("•", "-", "*"). */
    private static int afterBullets(SentenceWords w, int k) {
        while (k < w.size() && w.token(k).text().codePoints().noneMatch(Character::isLetterOrDigit)
                && flagCode(w.token(k).text()) == null) {
            k++;
        }
        return k;
    }

    /** The country of a flag of the knowledge of countries ("🇷🇺"), or null. */
    private static CountryCode flag(NationalityReader nationalities, String text) {
        String code = flagCode(text);
        return code != null && nationalities.knows(CountryCode.of(code)) ? CountryCode.of(code) : null;
    }

    /** The two letters of a flag made of two regional indicator symbols, or null. */
    private static String flagCode(String text) {
        int[] points = text.codePoints().toArray();
        if (points.length != 2 || points[0] < REGIONAL_A || points[0] > REGIONAL_A + 25 || points[1] < REGIONAL_A || points[1] > REGIONAL_A + 25) {
            return null;
        }
        return new String(new char[] {(char) ('A' + points[0] - REGIONAL_A), (char) ('A' + points[1] - REGIONAL_A)});
    }
}
