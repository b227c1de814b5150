package org.reactions.statements.attribution;

import java.util.List;
import java.util.Optional;
import org.reactions.entities.Actor;
import org.reactions.entities.ActorType;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.Confidence;
import org.reactions.statements.CueKind;
import org.reactions.statements.SpeakerEvidence.Place;

/**
 * A quotation with no speech mark of its own right after a sentence that says nothing and whose subject is one official
 * ("Lavrov spoke to reporters after the talks. “What we see is a gross violation of international law.”", "Araghchi was
 * defiant. “We will defend ourselves.”"): that official's words. Not when the sentence names another person, who might be
 * the one quoted, nor when a state is its subject ("Iran fired missiles at Israel.").
 */
final class QuotationAfterSubject implements AttributionRule {
    private static final AttributionRuleId ID = new AttributionRuleId("quotation-after-subject",
            "a quotation with no speech mark of its own is the official who is the one person and subject of the silent sentence before");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        Passage p = site.passage();
        if (site.cue().kind() != CueKind.CONTINUATION || p.index() == 0) {
            return Optional.empty();
        }
        Passage before = site.reading().passage(p.index() - 1);
        if (before.paragraph() < p.paragraph() - 1 || before.isHeading() || !wholeQuotation(p) || site.reading().paragraphs().endsInQuestion(p)
                || site.reading().eventsOf(before).stream().anyMatch(Event::hasSpeaker)) {
            return Optional.empty(); // not "“Rising Lion” was the name Israel gave it", nor an interviewer's question
        }
        int end = before.size();
        int sentenceStart = before.sentenceStart(end - 1);
        if (before.paragraph() < p.paragraph() && IntroducedSpeaker.addressVerb(site.grammar(), before, sentenceStart, end) >= 0) {
            return Optional.empty(); // "Lavrov addressed the forum." above a quoted paragraph: a speech introduced (IntroducedSpeaker)
        }
        List<Mention> subject = site.grammar().coordination().leftmostSubject(before, sentenceStart, end);
        if (subject == null || subject.size() != 1 || before.quotedWithin(sentenceStart, end) || otherPersonNamed(before, sentenceStart, subject.get(0))) {
            return Optional.empty();
        }
        List<Speaker> speakers = site.speakers().of(before, subject, site.lookingAt(Place.SUBJECT_BEFORE).weighed(Confidence.CARRIED_OVER))
                .stream().filter(s -> official(s.actor())).map(s -> new Speaker(s.actor(), -1, s.how())).toList();
        return speakers.isEmpty() ? Optional.empty() : Optional.of(site.event(this, speakers, false, 0));
    }

    /** An official person or institution of a country: a state that acts ("Iran fired missiles") is not quoted so. */
    private static boolean official(Actor a) {
        return a.official() && a.country() != null && a.type() != ActorType.STATE;
    }

    /**
     * Whether the sentence from {@code from} names a person other than its subject ("Araghchi met Wang Yi in Beijing.", "sat
     * down with CNN's Christiane Amanpour"), or someone only by a pronoun or role noun, who might be anyone; a group
     * ("reporters") asks no one's words.
     */
    private static boolean otherPersonNamed(Passage p, int from, Mention subject) {
        return p.mentions().stream().anyMatch(m -> m.start() >= from && m != subject && (m.actor() == null ? m.isAnaphor()
                : m.actor().isPerson() && !m.group() && !m.actor().equals(subject.actor())));
    }

    /** Whether the passage is a quotation from its first word to its last. */
    private static boolean wholeQuotation(Passage p) {
        int last = p.size() - 1;
        if (last < 0) {
            return false;
        }
        while (last > 0 && (p.token(last).hasTag("PUNCT") && !p.token(last).isQuoteMark())) {
            last--;
        }
        return p.startsWithQuote() && (p.token(last).isQuoteMark() || p.token(last).quoted());
    }
}
