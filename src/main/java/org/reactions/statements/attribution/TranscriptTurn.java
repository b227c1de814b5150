package org.reactions.statements.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reactions.entities.Actor;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.CueKind;
import org.reactions.statements.SpeakerEvidence.Place;

/**
 * "ABBAS ARAGHCHI: Well, a military cooperation ...": a transcript turn is its speaker's words, and so are the
 * paragraphs with no mark of their own after it, up to the next turn ("We urge the Council to act. The United States
 * bears full responsibility."), in a document with two turns or more that are no headings, which is a transcript and
 * not a story that quotes one or a live blog that heads its entries so. A paragraph that names the speaker is the writer's.
 */
final class TranscriptTurn implements AttributionRule {
    static final AttributionRuleId ID = new AttributionRuleId("transcript-turn",
            "the name that opens a transcript turn (\"NAME: ...\"), for its paragraph and those after it up to the next turn");
    /** the most words of a label before its colon ("Reuters:", "Margaret Brennan:") */
    private static final int LABEL_WORDS = 3;
    /** how many passages back a paragraph looks for the turn it goes on with */
    private static final int REACH = 12;

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        if (site.cue().kind() == CueKind.TRANSCRIPT) {
            Mention name = site.passage().mentionStartingAt(0);
            return Optional.of(site.event(this, site.speakers().of(site.passage(), name, site.lookingAt(Place.TRANSCRIPT_NAME)), false, 0));
        }
        if (!site.offeredAsRunOn() || !site.earlier().isEmpty() || site.passage().isHeading() || site.reading().transcriptTurns() < 2
                || opensWithLabel(site.passage())) {
            return Optional.empty();
        }
        Event turn = turnGoneOn(site.reading(), site.passage());
        if (turn == null || namesSpeaker(site.passage(), turn)) {
            return Optional.empty(); // "The foreign minister spoke in Istanbul": a writer's words about the speaker
        }
        return Optional.of(site.event(this, site.carried(turn.speakers(), Place.GOES_ON), false, 0));
    }

    /** Whether the passage names one of the turn's speakers outside quotation marks, as others speak of them. */
    private static boolean namesSpeaker(Passage p, Event turn) {
        return p.mentions().stream().anyMatch(m -> !p.token(m.start()).quoted() && m.actor() != null
                && turn.speakers().stream().anyMatch(s -> s.actor().equals(m.actor())));
    }

    /** Whether the passage opens with a label of its own, capitalised words and a colon: another's turn ("Reuters: ..."). */
    private static boolean opensWithLabel(Passage p) {
        for (int k = 0; k < Math.min(p.size(), LABEL_WORDS + 1); k++) {
            if (p.token(k).text().equals(":")) {
                return k > 0;
            }
            if (!p.token(k).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The turn the passage goes on with: the nearest before it, past passages that go on with it too or whose
     * speakers are the turn's ("We urge ..."); null when a passage between is no part of it.
     */
    private static Event turnGoneOn(DocumentReading reading, Passage p) {
        List<Actor> seen = new ArrayList<>();
        for (int i = p.index() - 1; i >= 0 && i >= p.index() - REACH; i--) {
            List<Event> events = reading.eventsOf(reading.passage(i));
            if (events.isEmpty()) {
                return null;
            }
            Event turn = events.get(0);
            if (turn.cue().kind() == CueKind.TRANSCRIPT) {
                List<Actor> speakers = turn.speakers().stream().map(Speaker::actor).toList();
                return turn.hasSpeaker() && speakers.containsAll(seen) ? turn : null;
            }
            events.stream().flatMap(e -> e.speakers().stream()).map(Speaker::actor).forEach(seen::add);
        }
        return null;
    }
}
