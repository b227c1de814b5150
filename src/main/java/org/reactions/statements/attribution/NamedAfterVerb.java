package org.reactions.statements.attribution;

import java.util.Optional;
import org.reactions.entities.Mention;

/** "“The region cannot take another war,” said Mao Ning": after a quotation, the speaker follows the verb. */
final class NamedAfterVerb implements AttributionRule {
    @Override
    public String id() {
        return "named-after-verb";
    }

    @Override
    public String description() {
        return "the name right after a speech verb that follows a quotation or opens the sentence";
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        if (!site.isVerb() || !site.grammar().subjectLeftOf(site.passage(), site.at()).quoteOrStart()) {
            return Optional.empty();
        }
        Mention after = site.passage().mentionStartingAt(site.at() + 1);
        if (after == null) {
            return Optional.empty();
        }
        String how = "named after '" + site.cue().surface() + "'";
        return Optional.of(site.event(this, site.speakers().of(site.passage(), after, how, 1.0), false, site.at()));
    }
}
