package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.BARE_TIME_WORDS;
import static org.reactions.knowledge.FunctionWords.Set.COORDINATING;
import static org.reactions.knowledge.FunctionWords.Set.INTERPOSED_PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.PREPOSITIONS;

import java.util.List;
import org.reactions.statements.SpeakerEvidence;
import org.reactions.statements.CueKind;

/**
 * A cue in its passage, with what a rule may need to read around it: the events found before it in the passage,
 * the grammar, the speaker resolution, and the passages around.
 *
 * @param passage the passage the cue is in
 * @param cue     the cue
 * @param earlier the events found before it in the passage
 * @param reading the reading of the document so far
 */
public record CueSite(Passage passage, Cue cue, List<Event> earlier, DocumentReading reading) {

    public Grammar grammar() {
        return reading.grammar();
    }

    Speakers speakers() {
        return reading.speakers();
    }

    int at() {
        return cue.at();
    }

    boolean isVerb() {
        return cue.kind() == CueKind.VERB;
    }

    /** An -ing form ("adding", "saying"). */
    boolean isParticiple() {
        return cue.surface().endsWith("ing");
    }

    /** The word before the cue, past adverbs and auxiliaries, or -1 at the start of the sentence. */
    int previousWord() {
        return grammar().previousWord(passage, cue.at());
    }

    /** The word that joins the cue to what comes before ("and", ",", "by"; "but" in "but on Friday said"), or "". */
    String joiner() {
        int before = previousWord();
        if (before > 0 && grammar().is(BARE_TIME_WORDS, passage.lower(before))) { // a time between the joiner and the verb
            before = grammar().is(INTERPOSED_PREPOSITIONS, passage.lower(before - 1)) ? before - 2 : before - 1;
        }
        return before >= 0 ? passage.lower(before) : "";
    }

    boolean joinedByCoordination() {
        return grammar().is(COORDINATING, joiner());
    }

    boolean joinedByPreposition() {
        return grammar().is(PREPOSITIONS, joiner());
    }

    /**
     * The latest speech-verb event of the cue's sentence before it, or null; null too when a clause with a subject of
     * its own lies between them ("Wang called it a slap, while Fu Cong shook his head, labeling it").
     */
    Event previousVerbInSentence() {
        int sentence = passage.sentenceOf(cue.at());
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Event e = earlier.get(i);
            if (passage.sentenceOf(e.cue().at()) != sentence) {
                return null; // events are in text order: the sentence is behind us
            }
            if (e.isVerb()) {
                return grammar().coordination().contrastingClause(passage, e.cue().at(), cue.at()) >= 0 ? null : e;
            }
        }
        return null;
    }

    /** Whether a negator stands in the cue's clause between token {@code from} and the cue, or the cue said nothing. */
    boolean negatedFrom(int from) {
        return grammar().negated(passage, from, cue.at()) || ActsWithoutWords.saidNothing(passage, cue.at(), grammar());
    }

    /** Where a rule looks for the speaker of this cue, before it has found one. */
    SpeakerEvidence lookingAt(SpeakerEvidence.Place place) {
        return SpeakerEvidence.at(place, cue.speech());
    }

    /** Whether the cue is the mark under which a passage with no speech mark of its own is offered to the rules. */
    boolean offeredAsRunOn() {
        return cue.kind() == CueKind.GOES_ON && cue.surface().equals(SpeechRunsOn.SURFACE);
    }

    /** Speakers a rule found at another place (a passage before, a title), carried on to this cue. */
    List<Speaker> carried(List<Speaker> found, SpeakerEvidence.Place place) {
        return found.stream().map(s -> s.carriedOn(place, cue.speech())).toList();
    }

    /** The event a rule makes: the cue credited to speakers. */
    Event event(AttributionRule rule, List<Speaker> speakers, boolean negated, int anchor) {
        return new Event(cue, speakers, negated, anchor, null, rule.id());
    }

    /** The event of a cue that shares the speakers of an earlier one ("said ..., adding that"). */
    Event sharing(AttributionRule rule, Event previous, boolean negated) {
        return new Event(cue, previous.speakers(), negated, cue.at(), previous, rule.id());
    }
}
