package org.reactions.entities;

import java.util.Locale;

/**
 * A reference to an actor in a sentence.
 *
 * @param start      index of its first token in the sentence
 * @param end        index after its last token
 * @param text       the words as written
 * @param actor      who is meant, or null for a pronoun or role noun not yet resolved; for an office named without
 *                   its holder, the office, meant when it refers to no one named before
 * @param anaphor    for a pronoun, a role noun or an office named without its holder ("the German chancellor"),
 *                   what it may refer to; otherwise null
 * @param kind       how it was recognised
 * @param group      whether it names a group of people ("Iranian officials")
 * @param possessive whether it is followed by a possessive ("Moscow's ties"), so it modifies a noun rather than acts
 */
public record Mention(int start, int end, String text, Actor actor, Anaphor anaphor, Kind kind, boolean group, boolean possessive) {

    /** How a mention was recognised; resolution and confidence depend on it. */
    public enum Kind {
        /** a name from the knowledge base, or one learned earlier in the document */
        NAME,
        /** a title or nationality followed by a name ("Chinese Foreign Minister Wang Yi") */
        TITLED,
        /** a misspelt name matched by similarity ("Araguchi" for Araghchi) */
        FUZZY,
        /** a country name or metonym ("China", "Moscow") */
        STATE,
        /** an institution ("the Kremlin", "Russia's Foreign Ministry") */
        INSTITUTION,
        /** unnamed officials or an office without a name ("Iranian officials", "Iran's foreign minister") */
        DESCRIBED,
        /** a proper name the knowledge base does not know */
        UNKNOWN,
        /** a pronoun or role noun ("he", "the ministry") */
        ANAPHOR
    }

    public boolean isAnaphor() {
        return anaphor != null;
    }

    /**
     * The mention's first word in lower case when it has more than one ("the" of "the Iranian diplomat"), else the
     * empty string: a determiner never stands alone.
     */
    public String leadingWord() {
        return text.substring(0, Math.max(0, text.indexOf(' '))).toLowerCase(Locale.ROOT);
    }

    public Mention withActor(Actor newActor) {
        return new Mention(start, end, text, newActor, anaphor, kind, group, possessive);
    }

    /** This mention, referring back to an actor named before as the anaphor says. */
    public Mention referringBack(Anaphor newAnaphor) {
        return new Mention(start, end, text, actor, newAnaphor, kind, group, possessive);
    }

    /** This mention as one actor, referring back to no one ("Olaf Scholz, the German chancellor,"). */
    public Mention resolvedTo(Actor newActor) {
        return new Mention(start, end, text, newActor, null, kind, group, possessive);
    }
}
