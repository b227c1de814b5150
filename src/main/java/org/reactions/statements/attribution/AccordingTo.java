package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.PERSONAL_POSSESSIVES;

import java.util.Optional;
import java.util.Set;
import org.reactions.entities.ActorType;
import org.reactions.entities.Anaphor;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.Confidence;
import org.reactions.statements.CueKind;
import org.reactions.statements.SpeakerEvidence.Place;

/**
 * "according to a statement from China's Foreign Ministry": the source named after the words; "In his view, ...":
 * the one the possessive refers to.
 */
final class AccordingTo implements AttributionRule {
    /** how far after "according to" the source may be named, in tokens ("according to a statement from ...") */
    private static final int REACH = 5;
    /** how many lower-case words may stand between an institution's name and its official's ("foreign policy aide") */
    private static final int PHRASE_WORDS = 4;

    private static final AttributionRuleId ID = new AttributionRuleId("according-to",
            "the source named right after \"according to\"");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    /**
     * The person an institution's or state's name opens the phrase of ("Kremlin foreign policy aide Yuri Ushakov"): a
     * person's mention after it with only lower-case words between; else the mention itself.
     */
    private static Mention personOf(Passage p, Mention m) {
        if (m.actor() == null || m.actor().isPerson()) {
            return m;
        }
        for (int j = m.end(); j < Math.min(m.end() + PHRASE_WORDS, p.size()); j++) {
            Mention next = p.mentionStartingAt(j);
            if (next != null) {
                return next.actor() != null && next.actor().isPerson() ? next : m;
            }
            if (!p.token(j).text().chars().allMatch(Character::isLowerCase)) {
                return m;
            }
        }
        return m;
    }

    /** The person named first after the comma that ends the source's phrase from k on, whom a possessive before points to. */
    private static Mention personAfterComma(Passage p, int k) {
        for (int j = k; j < Math.min(p.size() - 1, k + REACH); j++) {
            if (p.lower(j).equals(",")) {
                Mention m = p.mentionStartingAt(j + 1) != null ? p.mentionStartingAt(j + 1) : p.mentionStartingAt(j + 2); // "the" first
                return m != null && m.actor() != null && m.actor().isPerson() ? m : null;
            }
        }
        return null;
    }

    /** The event whose source is the person a possessive pronoun at k stands for ("his", "her"). */
    private Event byOwner(CueSite site, Passage p, int k) {
        Anaphor person = Anaphor.pronoun(Set.of(ActorType.PERSON), false, false);
        return sourced(site, p, new Mention(k, k + 1, p.token(k).text(), null, person, Mention.Kind.ANAPHOR, false, false));
    }

    /** The event whose speakers are the source a mention names after "according to". */
    private Event sourced(CueSite site, Passage p, Mention source) {
        return site.event(this, site.speakers().of(p, source, site.lookingAt(Place.AFTER_ACCORDING_TO).weighed(Confidence.INDIRECT_SUBJECT)),
                false, site.at());
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        if (site.cue().kind() != CueKind.ACCORDING) {
            return Optional.empty();
        }
        Passage p = site.passage();
        if (site.grammar().is(PERSONAL_POSSESSIVES, p.lower(site.at() + 1))) { // "in his view": the cue holds its source
            return Optional.of(byOwner(site, p, site.at() + 1));
        }
        int end = site.cue().end();
        for (int j = end; j <= end + REACH && j < p.size() && !p.lower(j).equals(","); j++) { // the source ends at a comma
            if (site.grammar().is(PERSONAL_POSSESSIVES, p.lower(j))) { // "according to his own words"
                Event owner = byOwner(site, p, j);
                Mention after = owner.hasSpeaker() ? null : personAfterComma(p, j); // "According to his own words, the president"
                return Optional.of(after == null ? owner : sourced(site, p, after));
            }
            Mention m = p.mentionStartingAt(j);
            boolean owner = m != null && (m.possessive() || (m.end() < p.size() && p.lower(m.end()).equals("'s")));
            Mention owned = owner ? p.mentionStartingAt(m.end() + 1) : null;
            m = owned != null ? owned : m; // "according to Iran's Mehr News Agency", "the ministry's spokesman": not the owner
            m = m == null ? null : personOf(p, m); // "according to Kremlin foreign policy aide Yuri Ushakov": the aide
            if (m != null) {
                return Optional.of(sourced(site, p, m));
            }
        }
        return Optional.of(site.event(this, java.util.List.of(), false, site.at()));
    }
}
