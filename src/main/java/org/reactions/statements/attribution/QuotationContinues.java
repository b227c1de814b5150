package org.reactions.statements.attribution;

import java.util.List;
import java.util.Optional;
import org.reactions.statements.Confidence;

/** A quotation with no speech verb right after one in the same or the previous paragraph: the quoted speaker goes on. */
final class QuotationContinues implements AttributionRule {
    @Override
    public String id() {
        return "quotation-continues";
    }

    @Override
    public String description() {
        return "a quotation with no speech mark of its own goes on from the speaker of the passage before";
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        if (site.cue().kind() != Cue.Kind.CONTINUATION) {
            return Optional.empty();
        }
        Passage p = site.passage();
        Passage previous = site.reading().passage(p.index() - 1);
        List<Event> previousEvents = site.reading().eventsOf(previous);
        if (previous.paragraph() < p.paragraph() - 1 || previousEvents.isEmpty()) {
            return Optional.empty();
        }
        Event last = previousEvents.get(previousEvents.size() - 1);
        if (!last.hasSpeaker() || last.negated()) {
            return Optional.empty();
        }
        List<Speaker> speakers = last.speakers().stream()
                .map(s -> s.carriedOn("continues the quotation of " + s.actor().name(), Confidence.CARRIED_OVER.value()))
                .toList();
        return Optional.of(site.event(this, speakers, false, 0));
    }
}
