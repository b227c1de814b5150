package org.reactions.statements.attribution;

import java.util.List;
import java.util.Optional;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.CueKind;
import org.reactions.statements.SpeakerEvidence.Place;

/**
 * A paragraph-long quotation that runs on into the next paragraph, which opens with a quotation and names its
 * speaker: both paragraphs are that speaker's words.
 */
final class AttributedInNextParagraph implements AttributionRule {
    private static final AttributionRuleId ID = new AttributionRuleId("attributed-in-next-paragraph",
            "a quotation running on into the next paragraph takes the speaker that paragraph names");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        if (site.cue().kind() != CueKind.FORWARD) {
            return Optional.empty();
        }
        Passage next = site.reading().passage(site.passage().index() + 1);
        List<Event> nextEvents = site.reading().eventsOf(next);
        if (nextEvents.isEmpty() || !next.startsWithQuote()) {
            return Optional.empty();
        }
        Event first = nextEvents.get(0);
        if (!first.hasSpeaker() || first.negated()) {
            return Optional.empty();
        }
        return Optional.of(site.event(this, site.carried(first.speakers(), Place.NEXT_PARAGRAPH), false, 0));
    }
}
