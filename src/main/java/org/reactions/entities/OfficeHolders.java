package org.reactions.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reactions.knowledge.CountryCode;

/**
 * The knowledge base's actors by country and name, and the sole holder of each office in a country: "Iran's
 * foreign minister" is the knowledge base's Iranian Foreign Minister when there is exactly one.
 */
final class OfficeHolders {
    private record Key(CountryCode country, String name) {
    }

    private final Map<Key, Actor> byName = new HashMap<>();
    private final Map<Key, Actor> byOffice = new HashMap<>();

    OfficeHolders(List<KnownActor> actors) {
        Set<Key> shared = new HashSet<>();
        for (KnownActor known : actors) {
            Actor actor = known.actor();
            byName.put(new Key(actor.country(), actor.name()), actor);
            if (actor.type() == ActorType.PERSON && actor.role() != null && actor.country() != null) {
                Key office = new Key(actor.country(), office(actor.role()));
                if (byOffice.putIfAbsent(office, actor) != null) {
                    shared.add(office);
                }
            }
        }
        shared.forEach(byOffice::remove);
    }

    /** "Foreign Minister (acting)" and "foreign minister" are one office. */
    private static String office(String role) {
        return role.replaceAll("\\s*\\(.*\\)", "").toLowerCase(Locale.ROOT);
    }

    /** The knowledge base's actor of a country with this name, or null. */
    Actor named(CountryCode country, String name) {
        return byName.get(new Key(country, name));
    }

    /** The one holder of an office in a country, or null when the knowledge base has none or several. */
    Actor soleHolder(CountryCode country, String role) {
        return byOffice.get(new Key(country, office(role)));
    }
}
