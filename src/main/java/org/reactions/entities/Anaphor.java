package org.reactions.entities;

import java.util.Set;

/**
 * What a pronoun or role noun may refer to.
 *
 * @param types     the actor types it can stand for
 * @param plural    whether it refers to a group
 * @param roleKey   a word the antecedent's role or name must contain ("minister", "ministry"), or null
 * @param statement whether it refers to the latest statement ("the statement said") rather than an actor
 */
public record Anaphor(Set<ActorType> types, boolean plural, String roleKey, boolean statement) {
    public Anaphor {
        types = Set.copyOf(types);
    }

    /** Whether an actor mentioned earlier (as a group when {@code groupMention}) can be what this refers to. */
    public boolean accepts(Actor actor, boolean groupMention) {
        if (!types.contains(actor.type())) {
            return false;
        }
        // "he" is never a group of officials, "the officials" never one person; institutions take either
        if (actor.type() == ActorType.PERSON && groupMention != plural) {
            return false;
        }
        if (roleKey == null) {
            return true;
        }
        String described = ((actor.role() == null ? "" : actor.role()) + " " + actor.name()).toLowerCase(java.util.Locale.ROOT);
        return described.contains(roleKey);
    }
}
