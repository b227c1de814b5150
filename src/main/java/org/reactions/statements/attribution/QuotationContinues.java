package org.reactions.statements.attribution;

import java.util.List;
import java.util.Optional;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.CueKind;
import org.reactions.statements.SpeakerEvidence.Place;

/**
 * A quotation with no speech verb right after one in the same or the previous paragraph: the quoted speaker goes on;
 * the source named with "according to" only when no one else speaks there.
 */
final class QuotationContinues implements AttributionRule {
    private static final AttributionRuleId ID = new AttributionRuleId("quotation-continues",
            "a quotation with no speech mark of its own goes on from the speaker of the passage before");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        if (site.cue().kind() != CueKind.CONTINUATION) {
            return Optional.empty();
        }
        Passage p = site.passage();
        Passage previous = site.reading().passage(p.index() - 1);
        List<Event> previousEvents = site.reading().eventsOf(previous);
        if (previous.paragraph() < p.paragraph() - 1 || previousEvents.isEmpty()) {
            return Optional.empty();
        }
        // "Xi reaffirmed ..., according to Iran's readout of the call." then “...”: Xi goes on, not the source
        boolean othersSpeak = previousEvents.stream().anyMatch(e -> e.hasSpeaker() && e.cue().kind() != CueKind.ACCORDING);
        Event last = previousEvents.stream().filter(e -> !othersSpeak || e.cue().kind() != CueKind.ACCORDING)
                .reduce((first, second) -> second).orElseThrow();
        if (!last.hasSpeaker() || last.negated()) {
            return Optional.empty();
        }
        return Optional.of(site.event(this, site.carried(last.speakers(), Place.CONTINUED_QUOTATION), false, 0));
    }
}
