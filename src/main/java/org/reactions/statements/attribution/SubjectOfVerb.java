package org.reactions.statements.attribution;

import java.util.List;
import java.util.Optional;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.SpeakerEvidence.Place;

/**
 * The subject of the speech verb: a mention right before it, past adverbs, auxiliaries, negation, "continues to",
 * a time or occasion phrase ("on Monday", "in a statement"), an appositive between commas, the author of a
 * statement noun ("a Kremlin statement said"), or the members of an including-list.
 */
final class SubjectOfVerb implements AttributionRule {
    private static final AttributionRuleId ID = new AttributionRuleId("subject-of-verb",
            "the subject of the speech verb, and the actors coordinated with it");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        if (!site.isVerb() || NamedAfterVerb.invertedTag(site)) {
            return Optional.empty(); // "..., in the conflict with Israel, said Hosseini.": the name after the verb speaks
        }
        if (site.grammar().passives().passive(site.passage(), site.at())) {
            List<Speaker> issuer = site.grammar().passives().impersonal(site.passage(), site.at())
                    ? site.speakers().latest(site.passage(), site.at(), site.lookingAt(Place.SUBJECT)) : List.of();
            return Optional.of(site.event(this, issuer, false, site.at())); // "Putin was warned by doctors": spoken to
        }
        Grammar.Subject subject = site.grammar().subjectLeftOf(site.passage(), site.at());
        if (subject.mentions() == null) {
            return Optional.empty();
        }
        List<Speaker> speakers = site.speakers().of(site.passage(), subject.mentions(), site.lookingAt(Place.SUBJECT));
        int anchor = subject.mentions().stream().mapToInt(Mention::start).min().orElse(site.at());
        boolean negated = site.negatedFrom(subject.end()) || site.grammar().negatedSubject(site.passage(), anchor);
        return Optional.of(site.event(this, speakers, negated, anchor));
    }
}
