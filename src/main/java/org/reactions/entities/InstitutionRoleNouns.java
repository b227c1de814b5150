package org.reactions.entities;

import org.reactions.knowledge.CountryCode;

/**
 * Role nouns for an institution ("the ministry said"), which refer back to one named before, unless a label that opens
 * the sentence names the country whose institution it is, as round-ups list reactions ("China: The Foreign Ministry
 * said ...").
 */
final class InstitutionRoleNouns {
    private InstitutionRoleNouns() {
    }

    /**
     * "the ministry said" from i to end: a role noun for an institution of that kind, or, under a label, the institution
     * of the label's country ("China: The Foreign Ministry said").
     */
    static Mention of(NationalityReader nationalities, SentenceWords w, int i, int end, InstitutionKind kind) {
        CountryCode label = kind.type() == ActorType.INSTITUTION ? label(nationalities, w) : null;
        if (label != null) {
            return new Mention(i, end, w.text(i, end), nationalities.institution(label, kind), null, Mention.Kind.INSTITUTION, false, w.isPossessive(end));
        }
        Anaphor roleNoun = Anaphor.roleNoun(kind.type(), false, kind.refersTo(), false, null);
        return new Mention(i, end, w.text(i, end), null, roleNoun, Mention.Kind.ANAPHOR, false, false);
    }

    /**
     * The country of a label that opens the sentence, a state's name and a colon, as round-ups list reactions ("China:
     * The Foreign Ministry said ..."), or null; a capital before a colon is a dateline ("Tehran: Iran holds ...").
     */
    private static CountryCode label(NationalityReader nationalities, SentenceWords w) {
        Nationality state = w.size() > 2 ? nationalities.read(w, 0) : null;
        Mention name = state == null ? null : state.standalone();
        boolean named = name != null && name.kind() == Mention.Kind.STATE && w.text(name.start(), name.end()).equalsIgnoreCase(name.actor().name());
        return named && name.end() < w.size() && w.lower(name.end()).equals(":") ? state.country() : null;
    }
}
