package org.reactions.statements.attribution;

import java.util.Optional;
import org.reactions.statements.AttributionRuleId;

/**
 * "called ... and urged", "said ..., adding that": a verb coordinated with an earlier speech verb of the sentence,
 * or a participle after its comma, shares that verb's speakers.
 */
final class CoordinatedVerb implements AttributionRule {
    private static final AttributionRuleId ID = new AttributionRuleId("coordinated-verb",
            "a verb joined by \"and\"/\"but\"/\"or\", or an -ing form after a comma, shares the speaker of the speech verb before it");

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
        boolean joined = site.joinedByCoordination() || (site.isParticiple() && site.joiner().equals(","));
        if (previous == null || !previous.hasSpeaker() || !joined) {
            return Optional.empty();
        }
        int from = Math.max(site.previousWord(), site.passage().sentenceStart(site.at()));
        return Optional.of(site.sharing(this, previous, site.negatedFrom(from)));
    }
}
