package org.reactions.entities;

import org.reactions.knowledge.CountryCode;

/**
 * Role nouns for an institution ("the ministry said"), which refer back to one named before, unless the list item the
 * sentence belongs to names the country whose institution it is ({@link ItemLabels}: "China: The Foreign Ministry said").
 */
final class InstitutionRoleNouns {
    private InstitutionRoleNouns() {
    }

    /**
     * "the ministry said" from i to end: a role noun for an institution of that kind, or, in a labelled list item, the
     * institution of the label's country ("China: The Foreign Ministry said").
     */
    static Mention of(NationalityReader nationalities, CountryCode label, SentenceWords w, int i, int end, InstitutionKind kind) {
        if (label != null && kind.type() == ActorType.INSTITUTION) {
            return new Mention(i, end, w.text(i, end), nationalities.institution(label, kind), null, Mention.Kind.INSTITUTION, false, w.isPossessive(end));
        }
        Anaphor roleNoun = Anaphor.roleNoun(kind.type(), false, kind.refersTo(), false, null);
        return new Mention(i, end, w.text(i, end), null, roleNoun, Mention.Kind.ANAPHOR, false, false);
    }
}
