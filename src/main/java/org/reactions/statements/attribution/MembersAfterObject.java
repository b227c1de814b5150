package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.MEMBER_GROUPS;
import static org.reactions.knowledge.FunctionWords.Set.MEMBER_LIST_OPENERS;

import java.util.List;
import java.util.Optional;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.SpeakerEvidence.Place;

/**
 * A group that speaks, and its members named after the verb's object: "Several countries condemned the strikes,
 * including Russia and China", "Top officials from countries across Asia have denounced the attack – among them
 * Russia, China and Japan –": the members speak. Only where the subject is a group noun ("countries", "officials")
 * and names no actor of a country itself, and a comma or a dash and "including" or "among them" open the list.
 */
final class MembersAfterObject implements AttributionRule {
    /** how far after the verb the list may open, in tokens */
    private static final int REACH = 40;
    private static final AttributionRuleId ID = new AttributionRuleId("members-after-object",
            "the members of a group subject that a list after the verb's object names (\", including ...\", \"- among them ...\")");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        Passage p = site.passage();
        if (!site.isVerb() || !groupSubject(site, p)) {
            return Optional.empty();
        }
        int end = Math.min(p.sentenceEnd(site.at()), site.at() + REACH);
        for (int k = site.at() + 1; k + 1 < end; k++) {
            if (p.lower(k).equals(";") || p.token(k).quoted()) {
                return Optional.empty();
            }
            if (opensList(p, k, site.grammar())) {
                List<Mention> members = membersFrom(p, k + 2, site.grammar());
                if (members.isEmpty()) {
                    return Optional.empty();
                }
                List<Speaker> speakers = site.speakers().of(p, members, site.lookingAt(Place.SUBJECT));
                return Optional.of(site.event(this, speakers, false, p.sentenceStart(site.at())));
            }
        }
        return Optional.empty();
    }

    /** Whether a comma or a dash and "including" or "among" open a list at k. */
    static boolean opensList(Passage p, int k, Grammar grammar) {
        String word = k < p.size() ? p.lower(k) : "";
        return k + 1 < p.size() && (word.equals(",") || isDash(word)) && grammar.is(MEMBER_LIST_OPENERS, p.lower(k + 1));
    }

    /** Whether the words before the verb hold a group noun and no actor of a country ("Several countries condemned"). */
    private static boolean groupSubject(CueSite site, Passage p) {
        boolean group = false;
        for (int j = p.sentenceStart(site.at()); j < site.at(); j++) {
            Mention m = p.mentionStartingAt(j);
            if ((m != null && m.actor() != null && m.actor().country() != null) || p.token(j).quoted()) {
                return false;
            }
            group |= site.grammar().is(MEMBER_GROUPS, p.lower(j));
        }
        return group;
    }

    /** The actors of a country listed from k on ("them" skipped), as the list reader joins them with commas and "and". */
    static List<Mention> membersFrom(Passage p, int k, Grammar grammar) {
        int j = k < p.size() && p.token(k).hasTag("PRON") ? k + 1 : k; // "among them"
        Mention first = j < p.size() ? p.mentionStartingAt(j) : null;
        return first == null ? List.of() : grammar.coordination().listedFrom(p, first).stream()
                .filter(m -> m.actor() != null && m.actor().country() != null).toList();
    }

    private static boolean isDash(String word) {
        return word.equals("\u2014") || word.equals("\u2013") || word.equals("-");
    }
}
