package org.reactions.entities;

import java.util.Locale;

/** What kind of voice an actor is. Outlets (media, think tanks) are known so that they are never taken for officials. */
public enum ActorType {
    PERSON, INSTITUTION, STATE, OUTLET;

    /** The name used in data files and JSON output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActorType parse(String label) {
        for (ActorType type : values()) {
            if (type.label().equals(label)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown actor type '" + label + "' (person, institution, state or outlet)");
    }
}
