package org.reactions.statements.attribution;

import java.util.List;
import java.util.Optional;
import org.reactions.entities.Mention;
import org.reactions.statements.Confidence;

/** "He offered an analogy: “For example, ...”": the subject of the clause before the colon speaks. */
final class ColonQuotation implements AttributionRule {
    @Override
    public String id() {
        return "colon-quotation";
    }

    @Override
    public String description() {
        return "the subject of the clause before a colon that opens a quotation";
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        if (site.cue().kind() != Cue.Kind.COLON) {
            return Optional.empty();
        }
        Passage p = site.passage();
        int colon = site.at();
        List<Mention> subject = site.grammar().leftmostSubject(p, p.sentenceStart(colon), colon);
        if (subject == null) {
            return Optional.empty();
        }
        List<Speaker> speakers = site.speakers().of(p, subject, "subject of the clause before the colon", Confidence.COLON.value());
        boolean negated = site.grammar().negated(p, subject.get(0).end(), colon);
        return Optional.of(site.event(this, speakers, negated, subject.get(0).start()));
    }
}
