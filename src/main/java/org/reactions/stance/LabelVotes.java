package org.reactions.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reactions.knowledge.CountryCode;

/**
 * The labels a statement's cues, verbs and evaluative words give, with the evidence for each, and whether each
 * label is aimed only at partners of the speaker's country (then it becomes the label labels.tsv names in
 * toward-partner: criticism of a partner is a GRIEVANCE).
 */
final class LabelVotes {
    private final Labels known;
    private final Map<Label, Boolean> onlyAtPartners = new TreeMap<>();
    private final List<StanceReason.RuleReason> evidence = new ArrayList<>();
    private final List<RuleVote> votes = new ArrayList<>();

    LabelVotes(Labels labels) {
        this.known = labels;
    }

    /**
     * Counts a label. Its evidence is kept for the first vote, and for every vote of a label that turns toward
     * partners (the explanation then shows which of them were aimed at partners).
     */
    void add(RuleVote vote, StanceReason.RuleReason why) {
        votes.add(vote);
        Label label = vote.label();
        boolean atPartner = vote.atPartner();
        boolean first = !onlyAtPartners.containsKey(label);
        onlyAtPartners.merge(label, atPartner, Boolean::logicalAnd);
        if (first || known.definition(label).towardPartner() != null) {
            evidence.add(why);
        }
    }

    /** Counts a label that no other vote has given yet. */
    void addIfAbsent(RuleVote vote, StanceReason.RuleReason why) {
        if (!onlyAtPartners.containsKey(vote.label())) {
            add(vote, why);
        }
    }

    /** The labels, turned toward partners where all their votes were; the fallback label when there is none. */
    Set<Label> labels(CountryCode speakerCountry) {
        Set<Label> labels = new TreeSet<>();
        onlyAtPartners.forEach((label, atPartners) -> {
            Label toward = known.definition(label).towardPartner();
            if (atPartners && toward != null) {
                labels.add(toward);
                evidence.add(new StanceReason.TowardPartner(toward, label, speakerCountry));
            } else {
                labels.add(label);
            }
        });
        if (labels.isEmpty()) {
            labels.add(known.fallback());
            evidence.add(new StanceReason.NoCue(known.fallback()));
        }
        return labels;
    }

    List<StanceReason.RuleReason> evidence() {
        return evidence;
    }

    /** Every vote counted, in the order cast. */
    List<RuleVote> votes() {
        return votes;
    }
}
