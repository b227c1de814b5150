package org.reactions.statements;

/**
 * Why one cue of a statement was credited to its speaker, for {@code reactions explain}, which words it.
 *
 * @param rule      the attribution rule that decided
 * @param cue       the cue as written
 * @param verbLemma for a speech verb, its lemma ("say" of "said"); otherwise null
 * @param speaker   how the rule came to the speaker (for a cue that shares an earlier verb's speaker, how that
 *                  verb's rule came to it)
 * @param goesWith  the cue of the earlier speech verb whose speaker it shares, or null
 */
public record SpeakerReason(AttributionRuleId rule, SpeechCue cue, String verbLemma, SpeakerEvidence speaker, SpeechCue goesWith) {
    public SpeakerReason {
        if (cue.isVerb() != (verbLemma != null)) {
            throw new IllegalArgumentException("a speech verb cue, and only one, has a lemma");
        }
    }
}
