package org.reactions.statements.attribution;

import java.util.Optional;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.CueKind;
import org.reactions.statements.SpeakerEvidence.Place;

/** "‘Those who support the aggression are partners in its crimes’ – Iranian Foreign Ministry": the signer speaks. */
final class SignedQuotation implements AttributionRule {
    private static final AttributionRuleId ID = new AttributionRuleId("signed-quotation",
            "the actor named after a dash that closes quoted words, as headlines sign them");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        if (site.cue().kind() != CueKind.SIGNED) {
            return Optional.empty();
        }
        Mention signer = site.passage().anyMentionStartingAt(site.cue().end());
        return Optional.of(site.event(this, site.speakers().of(site.passage(), signer, site.lookingAt(Place.AFTER_DASH)), false, signer.start()));
    }
}
