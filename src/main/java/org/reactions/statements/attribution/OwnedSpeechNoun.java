package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.CONTENT_OPENERS;

import java.util.Optional;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.SpeakerEvidence.Place;
import org.reactions.statements.SpeechVerb;

/**
 * "Ryabkov's assertion that such aid would destabilise the region", "Lavrov's stern warning that ...": a speech noun
 * owned by an actor, with the words it reports after "that", is the owner's statement. A noun with no words of its
 * own ("Lavrov's warning was ignored") reports none.
 */
final class OwnedSpeechNoun implements AttributionRule {
    /** the most adjectives between the owner and the noun ("Lavrov's stern, public warning") */
    private static final int MODIFIERS = 2;
    private static final AttributionRuleId ID = new AttributionRuleId("owned-speech-noun",
            "the actor whose possessive owns a speech noun followed by the words it reports (\"the envoy's assertion that ...\")");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        Mention owner = site.isVerb() ? owner(site.passage(), site.at(), site.grammar()) : null;
        if (owner == null) {
            return Optional.empty();
        }
        return Optional.of(site.event(this, site.speakers().of(site.passage(), owner, site.lookingAt(Place.SUBJECT)), false,
                owner.start()));
    }

    /** The actor whose possessive owns the speech noun at k, when "that" follows the noun; else null. */
    static Mention owner(Passage p, int k, Grammar grammar) {
        SpeechVerb verb = grammar.speech().verb(p.lower(k));
        if (verb == null || !verb.nounForms().contains(p.lower(k)) || !grammar.is(CONTENT_OPENERS, p.lower(k + 1))) {
            return null;
        }
        int j = k - 1;
        int adjectives = 0; // "Lavrov's stern, public warning"
        while (j > p.sentenceStart(k) && (p.lower(j).equals(",") || (p.token(j).hasTag("ADJ") && adjectives < MODIFIERS))) {
            adjectives += p.token(j).hasTag("ADJ") ? 1 : 0;
            j--;
        }
        Mention owner = j > p.sentenceStart(k) ? p.mentionEndingAt(j - 1) : null;
        return owner != null && owner.actor() != null && owner.possessive() ? owner : null;
    }
}
