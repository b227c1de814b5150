package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.ANAPHORIC_DETERMINERS;

import java.util.List;
import java.util.Optional;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.SpeakerEvidence;

/**
 * "Petro fired off a warning to Washington", "Beijing lodged a strong protest", "the ministry renewed its call for
 * talks": a speech noun issued by a verb speaks for that verb's subject. The remarks that a determiner points back to
 * ("Wang Yi made the remarks on Monday") were told before: that sentence says when, and is no statement of its own.
 */
final class IssuedStatement implements AttributionRule {
    private static final AttributionRuleId ID = new AttributionRuleId("issued-statement",
            "a speech noun issued by a verb (\"issued a warning\", \"lodged a protest\") speaks for that verb's subject");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        if (!site.isVerb()) {
            return Optional.empty();
        }
        Passage p = site.passage();
        int verb = site.grammar().issuingVerbBefore(p, site.at());
        if (verb < 0 || introducesWords(p, site.at())) { // "delivered remarks to the council:" introduces them
            return Optional.empty();
        }
        if (site.grammar().is(ANAPHORIC_DETERMINERS, p.lower(site.at() - 1))) {
            return Optional.of(site.event(this, List.of(), false, site.at())); // "made the remarks on Monday": told before
        }
        Grammar.Subject subject = site.grammar().subjectLeftOf(p, verb);
        if (subject.mentions() == null) {
            return Optional.empty();
        }
        List<Speaker> speakers = site.speakers().of(p, subject.mentions(), SpeakerEvidence.issuedBy(p.lower(verb), site.cue().speech()));
        int anchor = subject.mentions().stream().mapToInt(Mention::start).min().orElse(site.at());
        boolean negated = site.grammar().negated(p, subject.end(), verb) || site.grammar().negatedSubject(p, anchor);
        return Optional.of(site.event(this, speakers, negated, anchor));
    }

    /** Whether a colon follows the noun at k with no verb between: "delivered remarks to the council on Monday: ...". */
    private static boolean introducesWords(Passage p, int k) {
        for (int j = k + 1; j < p.sentenceEnd(k); j++) {
            if (p.token(j).text().equals(":")) {
                return true;
            }
            if (p.token(j).isVerbal() || p.token(j).quoted()) {
                return false;
            }
        }
        return false;
    }
}
