package org.reactions.statements.attribution;

import java.util.List;
import java.util.Optional;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.Confidence;
import org.reactions.statements.CueKind;
import org.reactions.statements.SpeakerEvidence.Place;

/** "He offered an analogy: “For example, ...”": the subject of the clause before the colon speaks. */
final class ColonQuotation implements AttributionRule {
    private static final AttributionRuleId ID = new AttributionRuleId("colon-quotation",
            "the subject of the clause before a colon that opens a quotation");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        if (site.cue().kind() != CueKind.COLON) {
            return Optional.empty();
        }
        Passage p = site.passage();
        int colon = site.at();
        List<Mention> subject = site.grammar().coordination().leftmostSubject(p, p.sentenceStart(colon), colon);
        Mention author = subject == null ? authorOfWords(site, p, colon) : null;
        subject = author != null ? List.of(author) : subject;
        if (subject == null) {
            return Optional.empty();
        }
        List<Speaker> speakers = site.speakers().of(p, subject, site.lookingAt(Place.BEFORE_COLON).weighed(Confidence.COLON));
        boolean negated = site.grammar().negated(p, subject.get(0).end(), colon);
        return Optional.of(site.event(this, speakers, negated, subject.get(0).start()));
    }

    /** "Quote from Ushakov: “...”", "Statement by the Foreign Ministry: “...”": the actor right before the colon, after its words. */
    private static Mention authorOfWords(CueSite site, Passage p, int colon) {
        Mention m = p.mentionEndingAt(colon - 1);
        int preposition = m == null ? -1 : m.start() - 1;
        boolean fromOrBy = preposition > 0 && (p.lower(preposition).equals("from") || p.lower(preposition).equals("by"));
        return fromOrBy && site.grammar().speech().isStatementNoun(p.lower(preposition - 1)) ? m : null;
    }
}
