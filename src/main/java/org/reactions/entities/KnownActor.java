package org.reactions.entities;

import java.util.List;

/**
 * An actor of the knowledge base with every name it goes by.
 *
 * @param actor   the actor
 * @param aliases other names: spellings, transliterations, the short form used on later mention
 */
public record KnownActor(Actor actor, List<String> aliases) {
    public KnownActor {
        aliases = List.copyOf(aliases);
    }

    public List<String> surfaces() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(actor.name()), aliases.stream()).toList();
    }
}
