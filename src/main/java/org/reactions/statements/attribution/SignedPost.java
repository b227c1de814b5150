package org.reactions.statements.attribution;

import java.util.Optional;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.CueKind;
import org.reactions.statements.SpeakerEvidence.Place;

/**
 * A social-media post embedded in a page, as scraped text gives it with no quotation marks: its words, then a signature
 * of a dash, the author's name and handle and the day ("Iran will defend itself. — Seyed Abbas Araghchi (@araghchi)
 * June 22, 2025"), in the same paragraph or on the line after it. The words with no speech mark of their own before the
 * signature are the author's.
 */
final class SignedPost implements AttributionRule {
    /** how many passages after a post's first sentence its signature may stand */
    private static final int REACH = 6;
    private static final AttributionRuleId ID = new AttributionRuleId("signed-post",
            "the author in the signature of an embedded post (\"— Name (@handle) date\"), for the post's words before it");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        Passage p = site.passage();
        boolean unmarked = site.offeredAsRunOn() || site.cue().kind() == CueKind.GOES_ON;
        if (!unmarked || !site.earlier().isEmpty() || signatureAt(p, 0) != null) {
            return Optional.empty(); // the signature line itself says nothing
        }
        for (int i = p.index(); i <= p.index() + REACH && site.reading().hasPassage(i); i++) {
            Passage after = site.reading().passage(i);
            if (after.paragraph() > p.paragraph() + 1 || (after.paragraph() > p.paragraph() && signatureAt(after, 0) == null)) {
                return Optional.empty(); // the post ends with its paragraph, or the line after it signs it
            }
            for (int k = i == p.index() ? 1 : 0; k < after.size(); k++) {
                Mention signer = signatureAt(after, k);
                if (signer != null && !hasWords(p, i == p.index() ? k : p.size())) {
                    return Optional.empty(); // "pic.twitter.com/LhKReoa8lZ — Seyed Abbas Araghchi (@araghchi)": a link and the signature
                }
                if (signer != null) {
                    return Optional.of(site.event(this, site.speakers().of(after, signer, site.lookingAt(Place.SIGNATURE)), false, 0));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a word of letters, no link, stands before token k. */
    private static boolean hasWords(Passage p, int k) {
        for (int j = 0; j < k; j++) {
            String t = p.token(j).text();
            if (t.length() > 1 && t.chars().allMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    /** The author named by a post's signature at k, a dash, a name and a handle in brackets ("— Khamenei (@khamenei_ir)"), or null. */
    private static Mention signatureAt(Passage p, int k) {
        if (k + 3 >= p.size() || !CueFinder.DASHES.contains(p.token(k).text()) || p.token(k).quoted()) {
            return null;
        }
        Mention author = p.anyMentionStartingAt(k + 1);
        boolean handle = false; // right after the name, or in the bracket the name's mention took in
        for (int j = k + 2; author != null && j + 1 < p.size() && j <= author.end() && !handle; j++) {
            handle = p.token(j).text().equals("(") && p.token(j + 1).text().startsWith("@");
        }
        return handle && (author.actor() != null || author.isAnaphor()) ? author : null;
    }
}
