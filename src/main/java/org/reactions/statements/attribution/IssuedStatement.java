package org.reactions.statements.attribution;

import java.util.List;
import java.util.Optional;
import org.reactions.entities.Mention;

/**
 * "Petro fired off a warning to Washington", "Beijing lodged a strong protest", "the ministry renewed its call for
 * talks": a speech noun issued by a verb speaks for that verb's subject.
 */
final class IssuedStatement implements AttributionRule {
    @Override
    public String id() {
        return "issued-statement";
    }

    @Override
    public String description() {
        return "a speech noun issued by a verb (\"issued a warning\", \"lodged a protest\") speaks for that verb's subject";
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        if (!site.isVerb()) {
            return Optional.empty();
        }
        Passage p = site.passage();
        int verb = site.grammar().issuingVerbBefore(p, site.at());
        if (verb < 0) {
            return Optional.empty();
        }
        Grammar.Subject subject = site.grammar().subjectLeftOf(p, verb);
        if (subject.mentions() == null) {
            return Optional.empty();
        }
        String how = "subject of '" + p.lower(verb) + "', which issues the '" + site.cue().surface() + "'";
        List<Speaker> speakers = site.speakers().of(p, subject.mentions(), how, 1.0);
        int anchor = subject.mentions().stream().mapToInt(Mention::start).min().orElse(site.at());
        boolean negated = site.grammar().negated(p, subject.end(), verb) || site.grammar().negatedSubject(p, anchor);
        return Optional.of(site.event(this, speakers, negated, anchor));
    }
}
