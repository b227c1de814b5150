package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.DETERMINERS;
import static org.reactions.knowledge.FunctionWords.Set.PASSIVE_AUXILIARIES;
import static org.reactions.knowledge.FunctionWords.Set.PREPOSITIONS;

import java.util.List;
import java.util.Optional;
import org.reactions.nlp.Token;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.CueKind;
import org.reactions.statements.SpeakerEvidence.Place;

/**
 * Reported speech over two sentences under one tag: "The move violates the Charter. It has raised tensions, he said."
 * The first sentence, which has no speech mark and no actor for its subject (no actor acts in it, as in narration),
 * is the speaker's whom the tag names that ends the next sentence of its paragraph, when that sentence goes on from it
 * with "it", "they", "this" or the like.
 */
final class TaggedInNextSentence implements AttributionRule {
    private static final AttributionRuleId ID = new AttributionRuleId("tagged-in-next-sentence",
            "a sentence with no speech mark is the speaker whose tag ends the next sentence, which goes on from it (\"It ..., he said.\")");
    /** the most words from a tag's start to the end of its sentence ("Foreign Ministry spokeswoman Maria Zakharova said on Friday") */
    private static final int TAG_WORDS = 12;

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        Passage p = site.passage();
        if (site.cue().kind() != CueKind.TAGGED_AFTER || !site.reading().hasPassage(p.index() + 1) || p.reportsNothing(site.grammar().words())) {
            return Optional.empty();
        }
        Passage next = site.reading().passage(p.index() + 1);
        // the cue stands only where the next sentence of the paragraph opens with "it", "they", "this" (CueFinder.forward)
        // an actor before the first verb acts (narration); one after it is an object ("violate the UN Charter")
        if (!oneSentence(p) || !oneSentence(next) || site.grammar().coordination().leftmostSubject(p, 0, firstVerb(p, site.grammar())) != null) {
            return Optional.empty();
        }
        if (site.grammar().passives().impersonal(next, 2) || site.grammar().passives().impersonal(next, 3) || emptyIt(site.grammar(), next)) {
            return Optional.empty(); // "It was (also) stressed that ...", "It is too early to say ...": an empty "it", going on from nothing
        }
        List<Event> events = site.reading().eventsOf(next); // the tag is the next sentence's only speech mark
        Event tag = events.size() == 1 ? events.get(0) : null;
        return tag == null || !tag.hasSpeaker() || tag.negated() || !closesSentence(next, tag) ? Optional.empty()
                : Optional.of(site.event(this, site.carried(tag.speakers(), Place.TAGGED_AFTER), false, 0));
    }

    /** Whether the passage opens with an "it" that stands for what follows: "It is (too) early to say", "It is clear that". */
    private static boolean emptyIt(Grammar grammar, Passage p) {
        if (!p.lower(0).equals("it") || !grammar.is(PASSIVE_AUXILIARIES, p.lower(1))) {
            return false;
        }
        int j = 2;
        while (j < p.size() && p.token(j).hasTag("ADV")) {
            j++;
        }
        return j + 1 < p.size() && p.token(j).hasTag("ADJ") && (p.lower(j + 1).equals("to") || p.lower(j + 1).equals("that"));
    }

    /**
     * The index after the passage's first verb, or its end; in a sentence left untagged (it has no speech word), after
     * its first word in lower case that is no determiner ("strikes" of "The strikes violate the UN Charter").
     */
    private static int firstVerb(Passage p, Grammar grammar) {
        for (int k = 0; k < p.size(); k++) {
            Token t = p.token(k);
            boolean untaggedWord = t.tag() == null && !t.isCapitalized() && Character.isLetter(t.text().charAt(0))
                    && !grammar.is(DETERMINERS, p.lower(k)) && !grammar.is(PREPOSITIONS, p.lower(k)); // "In a statement, Russia ..."
            if (t.isVerbal() || untaggedWord) {
                return k + 1;
            }
        }
        return p.size();
    }

    private static boolean oneSentence(Passage p) {
        return p.size() > 0 && p.sentenceStart(p.size() - 1) == 0;
    }

    /** Whether the event's tag (its verb and the speakers named beside it) follows a comma and ends the sentence. */
    private static boolean closesSentence(Passage p, Event e) {
        int start = e.cue().at();
        for (Speaker s : e.speakers()) {
            start = s.at() >= 0 ? Math.min(start, s.at()) : start;
        }
        return e.cue().kind() == CueKind.VERB && start > 2 && p.lower(start - 1).equals(",") && p.size() - start <= TAG_WORDS
                && !p.quotedWithin(0, p.size());
    }
}
