package org.reactions.statements.attribution;

import java.util.Optional;
import org.reactions.statements.AttributionRuleId;

/**
 * "Lavrov spoke by phone with Wang, urging restraint", "warned against escalating": a participle, or a verb after
 * a preposition, with no subject of its own takes the speaker of the speech verb before it in the sentence.
 */
final class SharedWithPreviousVerb implements AttributionRule {
    private static final AttributionRuleId ID = new AttributionRuleId("shared-with-previous-verb",
            "a participle or a verb after a preposition, with no subject of its own, takes the speaker of the speech verb before it");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        if (!site.isVerb()) {
            return Optional.empty();
        }
        Event previous = site.previousVerbInSentence();
        if (previous == null || !previous.hasSpeaker() || !(site.isParticiple() || site.joinedByPreposition())) {
            return Optional.empty();
        }
        int from = Math.max(site.previousWord(), site.passage().sentenceStart(site.at()));
        return Optional.of(site.sharing(this, previous, site.negatedFrom(from)));
    }
}
