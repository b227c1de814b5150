package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.PUBLISHING_PARTICIPLES;

import java.util.ArrayList;
import java.util.List;
import org.reactions.entities.Actor;
import org.reactions.entities.Mention;
import org.reactions.statements.Confidence;
import org.reactions.statements.SpeakerEvidence;

/**
 * Turns the mention a rule points at into speakers: a name is its actor; a pronoun or role noun ("he", "the
 * ministry") is the nearest compatible actor named before, from what the reader has in mind ({@link Salience}).
 */
final class Speakers {
    private final Salience salience;
    private final Grammar grammar;

    Speakers(Salience salience, Grammar grammar) {
        this.salience = salience;
        this.grammar = grammar;
    }

    /** The speakers of mention m, found by a rule at a place ({@code where}, with the rule's own factors). */
    List<Speaker> of(Passage p, Mention m, SpeakerEvidence where) {
        if (!m.isAnaphor()) {
            return List.of(new Speaker(m.actor(), m.start(), where.found(m, m.actor(), trust(m))));
        }
        Mention issuer = m.anaphor().statement() ? issuer(p, m) : null;
        if (issuer != null) { // "says the statement issued by the Ministry of Foreign Affairs"
            return of(p, issuer, where);
        }
        int sentence = p.sentenceOf(m.start());
        List<Actor> actors = m.anaphor().statement()
                ? java.util.Optional.ofNullable(salience.lastSpeaker(sentence)).map(List::of).orElse(List.of())
                : salience.resolve(m.anaphor(), sentence, m.start());
        if (actors.isEmpty() && m.actor() != null) { // "the German chancellor" with no chancellor named before: the office
            return List.of(new Speaker(m.actor(), m.start(), where.found(m, m.actor(), trust(m))));
        }
        List<Speaker> speakers = new ArrayList<>();
        for (Actor actor : actors) {
            speakers.add(new Speaker(actor, m.start(), where.found(m, actor, Confidence.PRONOUN)));
        }
        return speakers;
    }

    /**
     * The speaker of the latest statement, for a readout's impersonal passive ("It was stressed that ...", "It was
     * also noted that ..."): its issuer goes on; empty when no one has spoken yet.
     */
    List<Speaker> latest(Passage p, int at, SpeakerEvidence where) {
        Actor last = salience.lastSpeaker(p.sentenceOf(at));
        return last == null ? List.of() : List.of(new Speaker(last, -1, where.found(null, last, Confidence.PRONOUN)));
    }

    /** The named actor after "issued by", "released by" that follows a statement noun, or null. */
    private Mention issuer(Passage p, Mention statement) {
        int k = statement.end();
        if (!grammar.is(PUBLISHING_PARTICIPLES, p.lower(k)) || !p.lower(k + 1).equals("by")) {
            return null;
        }
        Mention agent = p.mentionStartingAt(k + 2);
        return agent == null || agent.isAnaphor() ? null : agent;
    }

    /** The speakers of several mentions ("Russia and China condemned"). */
    List<Speaker> of(Passage p, List<Mention> mentions, SpeakerEvidence where) {
        List<Speaker> speakers = new ArrayList<>();
        for (Mention m : mentions) {
            speakers.addAll(of(p, m, where));
        }
        return speakers;
    }

    private static Confidence trust(Mention m) {
        if (m.actor().origin() == Actor.Origin.INFERRED) {
            return Confidence.INFERRED_COUNTRY; // "President Ana Ruiz", placed by a dateline or the article's country
        }
        return switch (m.kind()) {
            case NAME, TITLED -> m.actor().origin() == Actor.Origin.UNKNOWN ? Confidence.UNKNOWN_NAME : Confidence.NAME;
            case STATE, INSTITUTION -> Confidence.STATE_OR_INSTITUTION;
            case FUZZY, DESCRIBED -> Confidence.SIMILAR_OR_UNNAMED;
            case UNKNOWN -> Confidence.UNKNOWN_NAME;
            case ANAPHOR -> Confidence.PRONOUN;
        };
    }
}
