package org.reactions.entities;

import java.util.Locale;

/**
 * A title or person noun ("foreign minister", "officials", "analyst").
 *
 * @param phrase   lower-case words as matched
 * @param role     the role it gives its holder
 * @param official whether its holder speaks for a state
 * @param plural   whether it names a group
 */
public record Title(String phrase, String role, boolean official, boolean plural) {

    /** The word that a role noun must share with an actor's role to refer to it ("minister", "spokes"). */
    public String roleKey() {
        String last = role.toLowerCase(Locale.ROOT);
        last = last.substring(last.lastIndexOf(' ') + 1);
        if (last.startsWith("spokes")) {
            return "spokes";
        }
        return last.endsWith("s") && plural ? last.substring(0, last.length() - 1) : last;
    }
}
