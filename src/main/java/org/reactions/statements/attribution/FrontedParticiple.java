package org.reactions.statements.attribution;

import java.util.Optional;
import org.reactions.entities.Mention;
import org.reactions.knowledge.FunctionWords;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.SpeakerEvidence;

/**
 * "Condemning the attack, the Prime Minister said ...": a speech participle that opens the sentence speaks for the
 * subject of the main clause, the actor named right after its comma.
 */
final class FrontedParticiple implements AttributionRule {
    private static final AttributionRuleId ID = new AttributionRuleId("fronted-participle",
            "an -ing speech verb that opens the sentence speaks for the actor named right after its comma");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        Passage p = site.passage();
        int k = site.at();
        if (!site.isVerb() || !site.isParticiple() || k != p.sentenceStart(k)
                || site.grammar().is(FunctionWords.Set.FRONTING, site.cue().surface())) {
            return Optional.empty(); // "Responding to claims ..., Peskov said": the occasion, not a speech act
        }
        int comma = p.commaAfter(k + 1);
        if (comma < p.sentenceEnd(k)) {
            Mention subject = p.mentionStartingAt(comma + 1);
            if (subject == null || subject.possessive()) {
                return Optional.empty();
            }
            SpeakerEvidence where = site.lookingAt(SpeakerEvidence.Place.AFTER_FRONTED_PARTICIPLE);
            return Optional.of(site.event(this, site.speakers().of(p, site.grammar().coordination().coordinatedAfter(p, subject), where),
                    false, subject.start()));
        }
        return Optional.empty();
    }
}
