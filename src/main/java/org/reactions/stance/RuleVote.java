package org.reactions.stance;

/**
 * One vote of the stance rules for a label: which kind of rule cast it and on which word or pattern, so that the
 * learned model can weigh it and training can measure how often each rule is right.
 *
 * @param label     the label voted for (before it is turned toward partners)
 * @param source    the kind of rule
 * @param cue       the cue pattern, CAMEO code or evaluative word that fired
 * @param negated   whether the cue was negated (a negated-polarity cue, or a CAMEO verb's hint)
 * @param atPartner whether the words after the cue name a partner of the speaker's country as its target
 */
public record RuleVote(Label label, Source source, String cue, boolean negated, boolean atPartner) {
    /** The kinds of stance rule. */
    public enum Source {
        CUE, SPEECH_VERB, CAMEO, EVALUATION;

        private final String prefix = name().toLowerCase(java.util.Locale.ROOT) + ":";

        /** The kind of the rule of an id ("cue:condemn*"), or null. */
        public static Source ofRuleId(String ruleId) {
            for (Source source : values()) {
                if (ruleId.startsWith(source.prefix)) {
                    return source;
                }
            }
            return null;
        }

        /** The cue of a rule id ("condemn*" of "cue:condemn*"). */
        public static String cueOf(String ruleId) {
            return ruleId.substring(ruleId.indexOf(':') + 1);
        }
    }

    /** A name for the rule behind this vote, stable across runs: "cue:condemn*", "cameo:0256". */
    public String ruleId() {
        return source.prefix + cue;
    }
}
