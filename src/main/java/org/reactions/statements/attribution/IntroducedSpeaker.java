package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.ADDRESS_VERBS;

import java.util.List;
import java.util.Optional;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.Confidence;
import org.reactions.statements.CueKind;
import org.reactions.statements.SpeakerEvidence.Place;

/**
 * A speech or briefing quoted as paragraphs: the paragraph after one that introduces an official speaking ("Lavrov
 * addressed the forum on Friday." before a quotation, "Fu Cong delivered remarks to the Council:" before a quotation
 * or plain words) is the introduced speaker's. The sentences after it that speak as "we" go on from it
 * ({@link StatementGoesOn}), the quoted paragraphs after it too ({@link QuotationContinues}).
 */
final class IntroducedSpeaker implements AttributionRule {
    private static final AttributionRuleId ID = new AttributionRuleId("introduced-speaker",
            "a paragraph with no speech mark is the speaker whom the paragraph before introduces speaking (\"X addressed the forum:\")");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        if (site.cue().kind() != CueKind.INTRODUCED) {
            return Optional.empty();
        }
        Passage p = site.passage();
        Passage before = site.reading().passage(p.index() - 1);
        if (before.paragraph() != p.paragraph() - 1 || site.reading().eventsOf(before).stream().anyMatch(Event::hasSpeaker)) {
            return Optional.empty();
        }
        int last = before.size() - 1;
        int sentenceStart = before.sentenceStart(last);
        boolean colon = before.token(last).text().equals(":");
        int verb = addressVerb(site.grammar(), before, sentenceStart, last);
        boolean header = colon && verb < 0 && namesItsSpeakerOnly(before, sentenceStart, last);
        if ((!colon || verb < 0) && !(p.startsWithQuote() && (verb >= 0 || colon)) && !header) {
            return Optional.empty(); // plain words after "X addressed the forum." are the writer's
        }
        List<Mention> subject = site.grammar().coordination().leftmostSubject(before, sentenceStart, verb >= 0 ? verb : last);
        if (subject == null) {
            return Optional.empty();
        }
        List<Speaker> speakers = site.speakers().of(before, subject, site.lookingAt(Place.INTRODUCED).weighed(Confidence.CARRIED_OVER))
                .stream().map(s -> new Speaker(s.actor(), -1, s.how())).toList(); // named in the paragraph before
        return Optional.of(site.event(this, speakers, false, 0));
    }

    /**
     * "Konstantin Zatulin, First Deputy Chairman of the Duma Committee on CIS Affairs:": a line that opens with an
     * official's name and holds no verb, only the name and what the official is, before the colon.
     */
    private static boolean namesItsSpeakerOnly(Passage p, int from, int colon) {
        Mention name = p.mentionStartingAt(from);
        if (name == null || name.actor() == null || !name.actor().isPerson() || !name.actor().official()) {
            return false;
        }
        for (int k = from; k < colon; k++) {
            if (!p.insideMention(k) && p.token(k).isVerbal()) {
                return false;
            }
        }
        return true;
    }

    /** The first verb of addressing in the sentence from {@code from} to {@code end}, or -1. */
    static int addressVerb(Grammar grammar, Passage p, int from, int end) {
        for (int k = from; k < end; k++) {
            if (!p.token(k).quoted() && grammar.is(ADDRESS_VERBS, p.lower(k))) {
                return k;
            }
        }
        return -1;
    }
}
