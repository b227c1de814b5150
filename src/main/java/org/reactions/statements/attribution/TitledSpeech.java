package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.SPEECH_TITLES;
import static org.reactions.knowledge.FunctionWords.Set.SPEECH_TITLE_LINKS;

import java.util.List;
import java.util.Optional;
import org.reactions.entities.Actor;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.SpeakerEvidence.Place;

/**
 * A transcript published under its speaker's name: below the title "Statement by the Permanent Representative
 * Vassily Nebenzia at a UNSC Briefing" or "Interview with Foreign Minister Sergey Lavrov", every paragraph with no
 * speech mark of its own is his (an interviewer's question, which ends in a question mark, is read as no one's). A
 * form of address ("Madam President,") says nothing.
 */
final class TitledSpeech implements AttributionRule {
    /** the fewest words of a paragraph that says something, more than a form of address */
    private static final int ADDRESS_WORDS = 4;
    private static final AttributionRuleId ID = new AttributionRuleId("titled-speech",
            "the official a document's title names as giving its speech (\"Statement by X\"), for paragraphs with no speech mark");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        Passage p = site.passage();
        if (!site.offeredAsRunOn() || p.isHeading()
                || p.words().size() < ADDRESS_WORDS || !site.reading().hasPassage(0)) {
            return Optional.empty();
        }
        Passage title = site.reading().passage(0);
        Mention speaker = title.isHeading() ? speakerOfTitle(title, site.grammar()) : null;
        if (speaker == null || site.reading().paragraphs().endsInQuestion(p)) {
            return Optional.empty();
        }
        List<Speaker> speakers = site.carried(site.speakers().of(title, speaker, site.lookingAt(Place.INTRODUCED)), Place.INTRODUCED);
        return Optional.of(site.event(this, speakers, false, 0));
    }

    /**
     * The official after "Statement by", "Remarks by", "Interview with" that opens a title, or null: the person named
     * ("Interview by Permanent Representative of the Russian Federation ... Mikhail Ulyanov to «Press TV»" is
     * Ulyanov's), else the first described. A title with a verb is a headline about the speech, not its title
     * ("Speech by Trump draws fire in Tehran").
     */
    private static Mention speakerOfTitle(Passage title, Grammar grammar) {
        if (title.size() < 3 || !grammar.is(SPEECH_TITLES, title.lower(0)) || !grammar.is(SPEECH_TITLE_LINKS, title.lower(1))) {
            return null;
        }
        for (int k = 2; k < title.size(); k++) {
            if (title.token(k).hasTag("VERB") && !title.insideMention(k)) {
                return null;
            }
        }
        Mention described = null;
        for (Mention m : title.mentions()) {
            boolean official = m.start() >= 2 && !m.isAnaphor() && !m.possessive() && m.actor() != null && m.actor().isPerson()
                    && m.actor().official();
            if (official && m.actor().origin() != Actor.Origin.DESCRIBED) {
                return m;
            }
            described = described == null && official ? m : described;
        }
        return described;
    }
}
