package org.reactions.statements.attribution;

import java.util.List;
import java.util.Optional;
import org.reactions.entities.Mention;

/**
 * The subject of the speech verb: a mention right before it, past adverbs, auxiliaries, negation, "continues to",
 * a time or occasion phrase ("on Monday", "in a statement"), an appositive between commas, the author of a
 * statement noun ("a Kremlin statement said"), or the members of an including-list.
 */
final class SubjectOfVerb implements AttributionRule {
    @Override
    public String id() {
        return "subject-of-verb";
    }

    @Override
    public String description() {
        return "the subject of the speech verb, and the actors coordinated with it";
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        if (!site.isVerb()) {
            return Optional.empty();
        }
        Grammar.Subject subject = site.grammar().subjectLeftOf(site.passage(), site.at());
        if (subject.mentions() == null) {
            return Optional.empty();
        }
        List<Speaker> speakers = site.speakers().of(site.passage(), subject.mentions(), "subject of '" + site.cue().surface() + "'", 1.0);
        int anchor = subject.mentions().stream().mapToInt(Mention::start).min().orElse(site.at());
        boolean negated = site.negatedFrom(subject.end()) || site.grammar().negatedSubject(site.passage(), anchor);
        return Optional.of(site.event(this, speakers, negated, anchor));
    }
}
