package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.LIST_BULLETS;

import java.util.List;
import java.util.Optional;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.SpeakerEvidence.Place;

/**
 * A list item that opens with its verb has the subject of the line that introduces the list: under "Much like
 * China, Russia:", the items "• Spoke vaguely about de-escalation." and "• Condemned the strikes." are Russia's.
 * The introducing line ends in a colon right after the actor; only list items stand between it and the verb's.
 */
final class ListedUnderSubject implements AttributionRule {
    /** the most items of one list looked back over */
    private static final int ITEMS = 12;
    private static final AttributionRuleId ID = new AttributionRuleId("listed-under-subject",
            "the actor before the colon that introduces a list whose item opens with the speech verb");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        Passage p = site.passage();
        if (!site.isVerb() || site.at() != 1 || !opensListItem(site, p)) {
            return Optional.empty();
        }
        for (int i = p.index() - 1; i >= 0 && i >= p.index() - ITEMS && site.reading().hasPassage(i); i--) {
            Passage before = site.reading().passage(i);
            if (opensListItem(site, before)) {
                continue;
            }
            int colon = before.size() - 1;
            Mention subject = colon > 0 && before.token(colon).text().equals(":") ? before.mentionEndingAt(colon - 1) : null;
            if (subject == null || subject.possessive() || subject.actor() == null) {
                return Optional.empty();
            }
            List<Mention> listed = site.grammar().coordination().coordinated(before, subject);
            List<Speaker> speakers = site.carried(site.speakers().of(before, listed, site.lookingAt(Place.SUBJECT)), Place.SUBJECT);
            return Optional.of(site.event(this, speakers, false, site.at()));
        }
        return Optional.empty();
    }

    private static boolean opensListItem(CueSite site, Passage p) {
        return p.size() > 1 && site.grammar().is(LIST_BULLETS, p.lower(0));
    }
}
