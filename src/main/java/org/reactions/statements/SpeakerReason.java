package org.reactions.statements;

/**
 * Why one cue of a statement was credited to its speaker, for {@code reactions explain}.
 *
 * @param rule     the id of the attribution rule that decided
 * @param cue      the cue as written ("said", "according to", "quote")
 * @param cueKind  what the cue is ("speech verb 'say'", "quotation introduced by a colon")
 * @param speaker  how the rule's mention led to the speaker ("subject of 'said': 'Lavrov' (knowledge base)")
 * @param goesWith the cue of the earlier speech verb whose speaker it shares, or null
 */
public record SpeakerReason(String rule, String cue, String cueKind, String speaker, String goesWith) {

    /** One line of prose, as explain shows it. */
    public String describe() {
        return "rule " + rule + ": cue '" + cue + "' (" + cueKind + "); speaker " + speaker
                + (goesWith == null ? "" : "; goes with '" + goesWith + "'");
    }
}
