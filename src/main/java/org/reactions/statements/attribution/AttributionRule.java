package org.reactions.statements.attribution;

import java.util.Optional;
import org.reactions.statements.AttributionRuleId;

/**
 * One way of telling who speaks at a cue, like a sieve of CoreNLP's quote attribution. The rules are tried in the
 * order of {@link AttributionRules#ORDER}; the first that returns an event decides, and its {@link #id()} is
 * recorded on the statement and shown by {@code reactions explain}.
 */
public interface AttributionRule {

    /**
     * Its short stable name ("subject-of-verb"), part of the JSON output: never change it within a schema version;
     * with one line on what the rule reads, for the README and {@code explain}.
     */
    AttributionRuleId id();

    /**
     * The event this rule makes of the cue, or empty when the rule does not apply and the next one is to be tried.
     * An event with no speaker still decides: the rule found the speaker's place but no actor of ours in it.
     */
    Optional<Event> attribute(CueSite site);
}
