package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.HONORIFICS;

import java.util.Optional;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.SpeakerEvidence;

/** "“The region cannot take another war,” said Mao Ning": after a quotation, the speaker follows the verb. */
final class NamedAfterVerb implements AttributionRule {
    private static final AttributionRuleId ID = new AttributionRuleId("named-after-verb",
            "the name right after a speech verb that follows a quotation, opens the sentence, or stands in a tag after a comma");

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
        int next = site.at() + 1;
        Mention after = p.mentionStartingAt(site.grammar().is(HONORIFICS, p.lower(next)) ? next + 1 : next); // "said Mr Ushakov"
        if (after == null || after.possessive()) { // "stated Serbia's willingness": the country owns the object
            return Optional.empty();
        }
        if (!site.grammar().subjectLeftOf(p, site.at()).quoteOrStart() && !closesReport(p, site.at(), after)) {
            return Optional.empty();
        }
        SpeakerEvidence where = site.lookingAt(SpeakerEvidence.Place.NAMED_AFTER_VERB);
        return Optional.of(site.event(this, site.speakers().of(site.passage(), after, where), false, site.at()));
    }

    /**
     * "Tehran reserves all options, said the minister.", "..., declared the spokeswoman, raising fears ...": a tag
     * between commas, or after a comma at the end of the sentence.
     */
    private static boolean closesReport(Passage p, int verb, Mention speaker) {
        int end = p.sentenceEnd(verb);
        boolean tagEnds = speaker.end() == end || (speaker.end() < end && (p.token(speaker.end()).text().equals(",")
                || (speaker.end() == end - 1 && p.token(end - 1).text().equals("."))));
        return verb > p.sentenceStart(verb) && p.lower(verb - 1).equals(",") && tagEnds;
    }
}
