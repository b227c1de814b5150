package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.FROM_NOUNS;
import static org.reactions.knowledge.FunctionWords.Set.MEMBER_GROUPS;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reactions.entities.Actor;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.SpeakerEvidence.Place;

/**
 * "The strikes drew sharp criticism from global powers Russia and China", "a formal request from the Russian
 * Federation", "calls from Beijing for restraint": a speech noun followed by "from" and actors speaks for them.
 * Only the nouns of {@code function-words.tsv}'s "from-nouns" ("a call from Putin" is a phone call, no statement). A
 * group there speaks through the members a list names: "drew condemnation from several countries, including Russia".
 */
final class SpeechNounFrom implements AttributionRule {
    /** the most words between "from" and the first actor ("from global powers Russia") */
    private static final int MODIFIERS = 2;
    private static final AttributionRuleId ID = new AttributionRuleId("speech-noun-from",
            "the actors after \"from\" that follows a speech noun (\"drew condemnation from its neighbours\")");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        List<Mention> actors = site.isVerb() ? actorsAfter(site.passage(), site.at(), site.grammar()) : null;
        if (actors == null) {
            return Optional.empty();
        }
        List<Speaker> speakers = site.speakers().of(site.passage(), actors, site.lookingAt(Place.SUBJECT));
        return Optional.of(site.event(this, speakers, false, actors.get(0).start()));
    }

    private static boolean groupBetween(Passage p, int from, int to, Grammar grammar) {
        for (int j = from; j < to; j++) {
            if (grammar.is(MEMBER_GROUPS, p.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /** The actors after "from" that follows the speech noun at k, in order, or null when there are none. */
    static List<Mention> actorsAfter(Passage p, int k, Grammar grammar) {
        if (!grammar.is(FROM_NOUNS, p.lower(k)) || !p.lower(k + 1).equals("from")) {
            return null;
        }
        int j = k + 2;
        while (j < p.size() && j < k + 2 + MODIFIERS && p.mentionStartingAt(j) == null
                && (p.token(j).hasTag("DET") || p.token(j).hasTag("ADJ") || p.token(j).hasTag("NOUN"))) {
            j++; // "from global powers Russia and China", "from the Russian Federation"
        }
        Mention first = j < p.size() ? p.mentionStartingAt(j) : null;
        if (first == null && MembersAfterObject.opensList(p, j, grammar) && groupBetween(p, k + 2, j, grammar)) {
            List<Mention> members = MembersAfterObject.membersFrom(p, j + 2, grammar); // "from several countries, including Russia"
            return members.isEmpty() ? null : members;
        }
        if (first == null || first.actor() == null || first.possessive()) {
            return null;
        }
        // an appositive names one actor twice: "from Russia's Deputy Foreign Minister, Sergei Ryabkov,"
        Set<Actor> seen = new HashSet<>();
        return grammar.coordination().listedFrom(p, first).stream()
                .filter(m -> m.actor() != null && !m.possessive() && seen.add(m.actor())).toList();
    }
}
