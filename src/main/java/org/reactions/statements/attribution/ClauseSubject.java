package org.reactions.statements.attribution;

import java.util.List;
import java.util.Optional;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.Confidence;
import org.reactions.statements.SpeakerEvidence;

/**
 * "resolutions calling for", "Putin met Araghchi and slammed", "refused to be drawn, saying": a participle or a
 * joined verb with no speech verb before it speaks for the first subject of its clause.
 */
final class ClauseSubject implements AttributionRule {
    private static final AttributionRuleId ID = new AttributionRuleId("clause-subject",
            "a participle or joined verb speaks for the first subject of its clause");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        if (!site.isVerb() || !applies(site)) {
            return Optional.empty();
        }
        Passage p = site.passage();
        int sentenceStart = p.sentenceStart(site.at());
        int clause = site.grammar().coordination().contrastingClause(p, sentenceStart, site.at());
        List<Mention> subject = site.grammar().coordination().leftmostSubject(p, clause >= 0 ? clause : sentenceStart, site.at());
        if (subject == null) {
            return Optional.empty();
        }
        subject = site.grammar().coordination().withCompanions(p, subject, site.at());
        SpeakerEvidence where = site.lookingAt(SpeakerEvidence.Place.CLAUSE_SUBJECT).weighed(Confidence.INDIRECT_SUBJECT);
        List<Speaker> speakers = site.speakers().of(p, subject, where);
        return Optional.of(site.event(this, speakers, site.negatedFrom(subject.get(0).end()), subject.get(0).start()));
    }

    /** Whether "say" has its subject put after it: "says Trump" (but "Denies Trump Visit Link" has an object there). */
    private static boolean saysWhoAfter(CueSite site) {
        Mention after = site.passage().mentionStartingAt(site.at() + 1);
        boolean say = site.grammar().speech().verb(site.passage().lower(site.at())).lemma().equals("say");
        return say && after != null && after.actor() != null && !after.possessive();
    }

    private static boolean applies(CueSite site) {
        int before = site.previousWord();
        Passage p = site.passage();
        boolean afterComma = before >= 0 && p.token(before).text().equals(",");
        boolean attached = before >= 0 && !afterComma && !p.token(before).text().equals("—");
        boolean reporting = site.isParticiple() && afterComma && site.grammar().speech().verb(site.cue().surface()).attaches();
        // a headline's second verb after a semicolon or a comma: "Putin speaks to Netanyahu, Pezeshkian; urges diplomatic
        // solution", "Putin Offers Condolences to Iran's President, Calls for Immediate Halt to Hostilities"
        boolean headlineEllipsis = p.isHeading() && before >= 0 && (p.token(before).text().equals(";") || afterComma)
                && !site.isParticiple() && !saysWhoAfter(site); // not "Iran must 'make peace', says Trump"
        return (site.isParticiple() && attached) || reporting || site.joinedByPreposition() || site.joinedByCoordination() || headlineEllipsis;
    }
}
