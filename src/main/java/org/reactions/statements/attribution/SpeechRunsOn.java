package org.reactions.statements.attribution;

import java.util.List;
import java.util.Optional;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.CueKind;
import org.reactions.statements.SpeakerEvidence.Place;

/**
 * Words introduced by a colon without quotation marks run on to the end of their paragraph: "he says calmly: The
 * second congratulations are for our victory. The American regime went to war because ..." are all his, as is a
 * paragraph under a line that only names its speaker ("Konstantin Zatulin, Deputy Chairman of the Committee:"). A
 * sentence that names a person ends the run, except in a paragraph a line introduced; so does a paragraph break,
 * unless the paragraph before ends in a colon.
 * What another country's state or institution is said to believe or claim inside the run stays in it.
 */
final class SpeechRunsOn implements AttributionRule {
    /** the surface of the cue a passage with no mark of its own is offered under */
    static final String SURFACE = "runs-on";

    private static final AttributionRuleId ID = new AttributionRuleId("speech-runs-on",
            "unquoted words after a speaker's colon run on to the end of their paragraph");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        if (!site.offeredAsRunOn()) {
            return Optional.empty();
        }
        Passage p = site.passage();
        boolean namesSomeone = StatementGoesOn.namesSomeone(p, false, site.grammar());
        if (p.index() == 0 || (namesSomeone && !underIntroduction(site.reading(), p))) {
            return Optional.empty();
        }
        Passage before = site.reading().passage(p.index() - 1);
        boolean endsInColon = before.token(before.size() - 1).text().equals(":");
        if (before.paragraph() != p.paragraph() && !endsInColon) {
            return Optional.empty();
        }
        List<Event> events = site.reading().eventsOf(before);
        Event last = events.isEmpty() ? null : events.get(events.size() - 1);
        if (last == null || !last.hasSpeaker() || last.negated() || site.reading().isRelay(last)
                || last.speakers().stream().anyMatch(s -> !s.actor().official()) || !(runsOn(last) || colonAfter(before, last))) {
            return Optional.empty();
        }
        if (!site.earlier().stream().allMatch(e -> foreignTo(e, last))) {
            return Optional.empty();
        }
        List<Speaker> speakers = site.carried(last.speakers(), Place.GOES_ON);
        return Optional.of(site.event(this, speakers, false, 0));
    }

    /**
     * Whether the passage's paragraph is the words of a speaker a line above introduced ("Konstantin Zatulin, First
     * Deputy Chairman of the Committee:"): all of it is theirs, even a sentence that names a person ("Ali Khamenei,
     * ministers, generals died.").
     */
    private static boolean underIntroduction(DocumentReading reading, Passage p) {
        int first = p.index();
        while (first > 0 && reading.passage(first - 1).paragraph() == p.paragraph()) {
            first--;
        }
        return reading.eventsOf(reading.passage(first)).stream()
                .anyMatch(e -> e.cue().kind() == CueKind.INTRODUCED && e.hasSpeaker());
    }

    /**
     * Whether a run may go on through a passage where this event was found: one whose speakers are all states or
     * institutions, which the speaker may be talking about ("says calmly: ... The American regime went to war because it
     * believed that ...").
     */
    static boolean mayRunThrough(Event e) {
        return e.hasSpeaker() && e.speakers().stream().noneMatch(s -> s.actor().isPerson());
    }

    /** Whether every speaker of the event is of a country other than every speaker of the run's. */
    private static boolean foreignTo(Event e, Event run) {
        return e.speakers().stream().allMatch(s -> s.actor().country() != null && run.speakers().stream()
                .noneMatch(r -> s.actor().country().equals(r.actor().country())));
    }

    /** Whether the event is a run already: this rule's, or a paragraph under a line that introduced its speaker. */
    private static boolean runsOn(Event e) {
        return ID.equals(e.rule()) || e.cue().kind() == CueKind.INTRODUCED;
    }

    /** "says calmly: The second congratulations ...": a colon after the speech verb, with unquoted words after it. */
    private static boolean colonAfter(Passage p, Event e) {
        if (!e.isVerb()) {
            return false;
        }
        for (int k = e.cue().end(); k < p.size(); k++) {
            if (p.token(k).text().equals(":")) {
                return k + 1 == p.size() || (!p.token(k + 1).quoted() && !p.token(k + 1).isQuoteMark());
            }
        }
        return false;
    }
}
