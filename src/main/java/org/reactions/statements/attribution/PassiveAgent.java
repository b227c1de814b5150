package org.reactions.statements.attribution;

import java.util.List;
import java.util.Optional;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.SpeakerEvidence.Place;

/** "The session was requested by Russia and China": the agents of a passive speech verb speak. */
final class PassiveAgent implements AttributionRule {
    /** how far before the verb a negator of the passive may stand ("was not requested") */
    private static final int NEGATION_REACH = 4;

    private static final AttributionRuleId ID = new AttributionRuleId("passive-agent",
            "the actors after \"by\" of a passive speech verb");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        if (!site.isVerb()) {
            return Optional.empty();
        }
        List<Mention> agents = site.grammar().passives().agents(site.passage(), site.at());
        if (agents.isEmpty()) {
            return Optional.empty();
        }
        List<Speaker> speakers = site.speakers().of(site.passage(), agents, site.lookingAt(Place.PASSIVE_AGENT));
        int from = Math.max(site.passage().sentenceStart(site.at()), site.at() - NEGATION_REACH);
        return Optional.of(site.event(this, speakers, site.negatedFrom(from), site.at()));
    }
}
