package org.reactions.statements.attribution;

import java.util.Optional;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.SpeakerEvidence;

/** "“The region cannot take another war,” said Mao Ning": after a quotation, the speaker follows the verb. */
final class NamedAfterVerb implements AttributionRule {
    private static final AttributionRuleId ID = new AttributionRuleId("named-after-verb",
            "the name right after a speech verb that follows a quotation or opens the sentence");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        if (!site.isVerb() || !site.grammar().subjectLeftOf(site.passage(), site.at()).quoteOrStart()) {
            return Optional.empty();
        }
        Mention after = site.passage().mentionStartingAt(site.at() + 1);
        if (after == null || after.possessive()) { // "stated Serbia's willingness": the country owns the object
            return Optional.empty();
        }
        SpeakerEvidence where = site.lookingAt(SpeakerEvidence.Place.NAMED_AFTER_VERB);
        return Optional.of(site.event(this, site.speakers().of(site.passage(), after, where), false, site.at()));
    }
}
