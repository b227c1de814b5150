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
 * form of address ("Madam President,") says nothing. So are the paragraphs under such a header in the body of a
 * story ("The full text of the statement is as follows:", then "Statement by" over the line "H.E. Mr. Amir Saeid
 * Iravani"), from the header on: the lines between them and the header (a title, a place and date, an invocation)
 * end in no sentence mark, and a sentence of the writer's above them means no header heads them.
 */
final class TitledSpeech implements AttributionRule {
    /** the fewest words of a paragraph that says something, more than a form of address */
    private static final int ADDRESS_WORDS = 4;
    static final AttributionRuleId ID = new AttributionRuleId("titled-speech",
            "the official a document's title or a header above names as giving its speech (\"Statement by X\"), for paragraphs with no speech mark");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        Passage p = site.passage();
        // every word of a transcript is its speaker's: "We requested the convening ...", "Iran consistently warned ..."
        if (p.isHeading()
                || p.words().size() < ADDRESS_WORDS || !site.reading().hasPassage(0)) {
            return Optional.empty();
        }
        Passage title = site.reading().passage(0);
        Mention speaker = title.isHeading() ? speakerOfTitle(title, site.grammar()) : null;
        if (speaker == null) {
            return underHeader(site, p);
        }
        if (site.reading().paragraphs().endsInQuestion(p)) {
            return Optional.empty();
        }
        List<Speaker> speakers = site.carried(site.speakers().of(title, speaker, site.lookingAt(Place.INTRODUCED)), Place.INTRODUCED);
        return Optional.of(site.event(this, speakers, false, 0));
    }

    /**
     * The event of a passage under a header in the body: the speakers of the passage of this rule above, or of the
     * header the lines above lead up to; empty when a sentence comes first.
     */
    private Optional<Event> underHeader(CueSite site, Passage p) {
        if (!endsAsSentence(p)) {
            return Optional.empty();
        }
        DocumentReading reading = site.reading();
        for (int i = p.index() - 1; i > 0; i--) {
            Passage before = reading.passage(i);
            Optional<Event> run = reading.eventsOf(before).stream().filter(e -> ID.equals(e.rule())).findFirst();
            if (run.isPresent()) {
                return Optional.of(site.event(this, run.get().speakers(), false, 0)); // as sure as the header's own
            }
            Passage named = before;
            Mention speaker = speakerOfTitle(before, site.grammar());
            if (speaker == null && isBareHeader(before, site.grammar()) && reading.hasPassage(i + 1)) {
                named = reading.passage(i + 1); // "Statement by" over "H.E. Mr. Amir Saeid Iravani"
                speaker = endsAsSentence(named) ? null : speakerOfTitle(named, site.grammar(), 0);
            }
            if (speaker != null) {
                return Optional.of(site.event(this, site.speakers().of(named, speaker, site.lookingAt(Place.INTRODUCED)), false, 0));
            }
            if (endsAsSentence(before) && before.words().size() >= ADDRESS_WORDS) {
                return Optional.empty(); // a greeting ("Good afternoon.") is no sentence of the writer's
            }
        }
        return Optional.empty();
    }

    /** "Statement by" alone on its line. */
    private static boolean isBareHeader(Passage p, Grammar grammar) {
        return p.size() == 2 && grammar.is(SPEECH_TITLES, p.lower(0)) && grammar.is(SPEECH_TITLE_LINKS, p.lower(1));
    }

    /** Whether the passage ends in a sentence mark (a full stop, a question or exclamation mark, a closing quotation mark). */
    private static boolean endsAsSentence(Passage p) {
        String last = p.token(p.size() - 1).text();
        return last.equals(".") || last.equals("?") || last.equals("!") || p.token(p.size() - 1).isQuoteMark();
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
        return speakerOfTitle(title, grammar, 2);
    }

    /** The official a title names from {@code from} on, or null (see above). */
    private static Mention speakerOfTitle(Passage title, Grammar grammar, int from) {
        for (int k = from; k < title.size(); k++) {
            if (title.token(k).hasTag("VERB") && !title.insideMention(k)) {
                return null;
            }
        }
        Mention described = null;
        for (Mention m : title.mentions()) {
            boolean official = m.start() >= from && !m.isAnaphor() && !m.possessive() && m.actor() != null && m.actor().isPerson()
                    && m.actor().official();
            if (official && m.actor().origin() != Actor.Origin.DESCRIBED) {
                return m;
            }
            described = described == null && official ? m : described;
        }
        return described;
    }
}
