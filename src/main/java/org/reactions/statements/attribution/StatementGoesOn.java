package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.FIRST_PERSON_PLURAL;
import static org.reactions.knowledge.FunctionWords.Set.FIRST_PERSON_POSSESSIVES;

import java.util.List;
import java.util.Optional;
import org.reactions.entities.ActorType;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.CueKind;
import org.reactions.statements.SpeakerEvidence.Place;

/**
 * A statement goes on over the sentences after it that have no speaker of their own, where the words show it: a
 * sentence that speaks as "we" ("Peace across the Strait matters to everyone. We will keep watching closely." after
 * a spokesperson's statement) is the same speaker's, and so is a sentence that names no one between the statement
 * and such a sentence; so is a speech verb whose subject is that "we" ("We call on all parties ..."). A writer's own sentences after a statement speak as no "we", so they stay the writer's.
 */
final class StatementGoesOn implements AttributionRule {
    /** the surface of the cue of a sentence that may lie between a statement and its first-person words */
    static final String BETWEEN = "between";
    /** how many sentences that name no one may lie between a statement and the first-person words after it */
    private static final int GAP = 1;

    private static final AttributionRuleId ID = new AttributionRuleId("statement-goes-on",
            "a sentence with no speaker that speaks as \"we\" (or lies before one) goes on from the statement before it");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        boolean weSpeak = site.isVerb() && firstPersonSubject(site);
        if ((site.cue().kind() != CueKind.GOES_ON && !weSpeak) || site.cue().surface().equals(SpeechRunsOn.SURFACE)) {
            return Optional.empty();
        }
        Passage p = site.passage();
        boolean between = site.cue().surface().equals(BETWEEN);
        if (namesSomeone(p, between, site.grammar())) {
            return Optional.empty();
        }
        Event statement = weSpeak && !site.earlier().isEmpty() ? official(site.reading(), site.earlier().get(site.earlier().size() - 1))
                : statementBefore(site, p, between ? 0 : GAP);
        if (statement == null || (between && !goesOnAfter(site.reading(), p, statement))) {
            return Optional.empty();
        }
        return Optional.of(site.event(this, site.carried(statement.speakers(), Place.GOES_ON), false, 0));
    }

    /**
     * The statement that the passage may go on from: the last event of the nearest passage before it with events,
     * past at most {@code gap} passages that name no one, no further back than the paragraph before; null when that
     * event credits no official or denies speaking.
     */
    private static Event statementBefore(CueSite site, Passage p, int gap) {
        DocumentReading reading = site.reading();
        for (int i = p.index() - 1; i >= 0 && i >= p.index() - 1 - gap; i--) {
            Passage before = reading.passage(i);
            // a paragraph that asks a question is answered by someone else ("... the United States says ... Is that so?")
            boolean asked = before.paragraph() < p.paragraph() && reading.paragraphs().endsInQuestion(before);
            if (before.paragraph() < p.paragraph() - 1 || asked) {
                return null;
            }
            List<Event> events = reading.eventsOf(before);
            if (!events.isEmpty()) {
                return official(reading, lastAct(before, events));
            }
            if (namesSomeone(before, true, site.grammar())) {
                return null;
            }
        }
        return null;
    }

    /**
     * The last speech act of a passage: a cue that found no speaker inside the words of a turn or a quotation is a word
     * of their speaker's ("IRAVANI: Thank you, Madam President. ..."), no act of its own.
     */
    private static Event lastAct(Passage p, List<Event> events) {
        for (int i = events.size() - 1; i > 0; i--) {
            Event e = events.get(i);
            boolean inTurn = events.stream().anyMatch(t -> t.cue().kind() == CueKind.TRANSCRIPT && t.cue().at() < e.cue().at());
            if (e.hasSpeaker() || !(inTurn || p.token(e.cue().at()).quoted())) {
                return e;
            }
        }
        return events.get(0);
    }

    /** The event when it credits officials with their own words, else null. */
    private static Event official(DocumentReading reading, Event e) {
        boolean official = e.hasSpeaker() && e.speakers().stream().allMatch(s -> s.actor().official());
        return official && !e.negated() && !reading.isRelay(e) ? e : null;
    }

    /** "We call on all parties ...": a speech verb whose subject is the speaker's "we". */
    private static boolean firstPersonSubject(CueSite site) {
        int before = site.previousWord();
        return before >= 0 && site.grammar().is(FIRST_PERSON_PLURAL, site.passage().lower(before))
                && CueFinder.firstPersonWord(site.passage(), before);
    }

    /** Whether the passage after this one goes on, speaking as "we", from the same statement. */
    private boolean goesOnAfter(DocumentReading reading, Passage p, Event statement) {
        if (!reading.hasPassage(p.index() + 1)) {
            return false;
        }
        List<Speaker> speakers = statement.speakers();
        return reading.eventsOf(reading.passage(p.index() + 1)).stream().anyMatch(e -> ID.equals(e.rule())
                && !e.cue().surface().equals(BETWEEN)
                && e.speakers().stream().map(Speaker::actor).toList().equals(speakers.stream().map(Speaker::actor).toList()));
    }

    /**
     * Whether a passage names an actor (or only a person, when {@code anyActor} is false) or refers to one outside
     * quotation marks: someone else may speak there. A capitalised phrase the reader knows nothing of ("the Strait")
     * names no one; "we" speaks of the speaker's own side, which may name its country, and so does "our"
     * ("our leaders established the OIC").
     */
    static boolean namesSomeone(Passage p, boolean anyActor, Grammar grammar) {
        for (Mention m : p.mentions()) {
            boolean someone = m.actor() != null ? anyActor || m.actor().isPerson()
                    : m.anaphor() != null && (anyActor || m.anaphor().types().contains(ActorType.PERSON)); // not "it"
            boolean ours = m.start() > 0 && grammar.is(FIRST_PERSON_POSSESSIVES, p.lower(m.start() - 1));
            if (!p.token(m.start()).quoted() && m.kind() != Mention.Kind.UNKNOWN && someone && !ours) {
                return true;
            }
        }
        return false;
    }
}
