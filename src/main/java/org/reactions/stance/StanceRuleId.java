package org.reactions.stance;

import java.util.Objects;

/**
 * The stance rule behind a vote: its kind and the cue pattern, CAMEO code or evaluative word that fired. Its name
 * ("cue:condemn*", "cameo:0256") is stable across runs: the model file stores the decisive rules by it, and the
 * model's features name it.
 *
 * @param source the kind of rule
 * @param cue    the cue pattern, CAMEO code or evaluative word
 */
public record StanceRuleId(RuleVote.Source source, String cue) {
    public StanceRuleId {
        Objects.requireNonNull(source, "source");
        if (cue == null || cue.isEmpty()) {
            throw new IllegalArgumentException("a " + source + " rule names its cue");
        }
    }

    /** The rule a name stands for ("cue:condemn*"), or null when it is of no known kind. */
    public static StanceRuleId parse(String name) {
        for (RuleVote.Source source : RuleVote.Source.values()) {
            if (name.startsWith(source.prefix()) && name.length() > source.prefix().length()) {
                return new StanceRuleId(source, name.substring(source.prefix().length()));
            }
        }
        return null;
    }

    /** Its stable name: the kind in lower case, a colon, the cue ("cue:condemn*"). */
    public String name() {
        return source.prefix() + cue;
    }

    @Override
    public String toString() {
        return name();
    }
}
