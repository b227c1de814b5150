package org.reactions.statements.attribution;

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

    Speakers(Salience salience) {
        this.salience = salience;
    }

    /** The speakers of mention m, found by a rule at a place ({@code where}, with the rule's own factors). */
    List<Speaker> of(Passage p, Mention m, SpeakerEvidence where) {
        if (!m.isAnaphor()) {
            return List.of(new Speaker(m.actor(), m.start(), where.found(m, m.actor(), trust(m))));
        }
        int sentence = p.sentenceOf(m.start());
        List<Actor> actors = m.anaphor().statement()
                ? java.util.Optional.ofNullable(salience.lastSpeaker(sentence)).map(List::of).orElse(List.of())
                : salience.resolve(m.anaphor(), sentence, m.start());
        List<Speaker> speakers = new ArrayList<>();
        for (Actor actor : actors) {
            speakers.add(new Speaker(actor, m.start(), where.found(m, actor, Confidence.PRONOUN)));
        }
        return speakers;
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
