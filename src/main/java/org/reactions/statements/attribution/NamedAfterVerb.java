package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.HONORIFICS;
import static org.reactions.knowledge.FunctionWords.Set.INTERPOSED_NOUNS;
import static org.reactions.knowledge.FunctionWords.Set.INTERPOSED_PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.INVERTING_VERBS;

import java.util.Optional;
import org.reactions.entities.Mention;
import org.reactions.nlp.Token;
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
        Mention after = nameAfter(site);
        if (after == null) {
            return Optional.empty();
        }
        if (!site.grammar().subjectLeftOf(p, site.at()).quoteOrStart() && !closesReport(p, site.at(), after, site.grammar())) {
            return Optional.empty();
        }
        SpeakerEvidence where = site.lookingAt(SpeakerEvidence.Place.NAMED_AFTER_VERB);
        return Optional.of(site.event(this, site.speakers().of(site.passage(), after, where), false, site.at()));
    }

    /**
     * "..., in the ongoing conflict with Israel, said Mohamed Javad Hosseini.": a verb a tag puts first, after a comma, with
     * a name after it that closes the report, whose speaker that name is, whatever comes before the comma ("China, in a
     * statement, condemned Israel" is no tag: "condemn" takes the name as its object).
     */
    static boolean invertedTag(CueSite site) {
        boolean inverting = site.isVerb() && site.grammar().is(INVERTING_VERBS, site.passage().lower(site.at()));
        Mention after = inverting ? nameAfter(site) : null;
        return after != null && closesReport(site.passage(), site.at(), after, site.grammar());
    }

    /** The mention right after the verb ("said Mr Ushakov"), or null; never a possessive, which owns the object. */
    private static Mention nameAfter(CueSite site) {
        Passage p = site.passage();
        int next = site.at() + 1;
        Mention after = p.mentionStartingAt(site.grammar().is(HONORIFICS, p.lower(next)) ? next + 1 : next);
        return after == null || after.possessive() ? null : after; // "stated Serbia's willingness"
    }

    /**
     * "Tehran reserves all options, said the minister.", "..., declared the spokeswoman, raising fears ...", "...,
     * said spokesperson Guo Jiakun at a regular briefing on Tuesday.": a tag between commas, or after a comma at the
     * end of the sentence, where only a phrase of time or place may follow the speaker.
     */
    private static boolean closesReport(Passage p, int verb, Mention speaker, Grammar grammar) {
        int end = p.sentenceEnd(verb);
        boolean tagEnds = speaker.end() == end || (speaker.end() < end && (p.token(speaker.end()).text().equals(",")
                || (speaker.end() == end - 1 && p.token(end - 1).text().equals("."))
                || occasionToTheEnd(p, verb, speaker.end(), end, grammar)));
        return verb > p.sentenceStart(verb) && p.lower(verb - 1).equals(",") && tagEnds;
    }

    /**
     * "said Guo Jiakun at a regular news briefing on Tuesday.": a preposition that opens a phrase of time or occasion
     * running to the end with no verb; never after an -ing form, whose object a name is ("..., slamming Washington over
     * arms sales").
     */
    private static boolean occasionToTheEnd(Passage p, int verb, int from, int end, Grammar grammar) {
        if (p.lower(verb).endsWith("ing") || !grammar.is(INTERPOSED_PREPOSITIONS, p.lower(from))) {
            return false;
        }
        boolean occasion = false;
        for (int k = from + 1; k < end; k++) {
            Token t = p.token(k);
            if (t.isVerbal() || t.quoted() || t.isQuoteMark()) {
                return false;
            }
            occasion |= grammar.is(INTERPOSED_NOUNS, t.lower());
        }
        return occasion;
    }
}
