package org.reactions.stance;

/**
 * One vote of the stance rules for a label: which rule cast it (its kind and the word or pattern that fired), so that
 * the learned model can weigh it and training can measure how often each rule is right.
 *
 * @param label     the label voted for (before it is turned toward partners)
 * @param rule      the rule that fired
 * @param negated   whether the cue was negated (a negated-polarity cue, or a CAMEO verb's hint)
 * @param atPartner whether the words after the cue name a partner of the speaker's country as its target
 */
public record RuleVote(Label label, StanceRuleId rule, boolean negated, boolean atPartner) {
    /** The kinds of stance rule. */
    public enum Source {
        CUE, SPEECH_VERB, CAMEO, EVALUATION;

        private final String prefix = name().toLowerCase(java.util.Locale.ROOT) + ":";

        /** How the names of its rules begin ("cue:"). */
        String prefix() {
            return prefix;
        }
    }

    public RuleVote(Label label, Source source, String cue, boolean negated, boolean atPartner) {
        this(label, new StanceRuleId(source, cue), negated, atPartner);
    }

    public Source source() {
        return rule.source();
    }
}
