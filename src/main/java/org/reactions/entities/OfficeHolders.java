package org.reactions.entities;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.reactions.knowledge.CountryCode;

/**
 * The knowledge base's actors by country and name, and the sole holder of each office in a country: "Iran's
 * foreign minister" is the knowledge base's Iranian Foreign Minister when there is exactly one. The bundled
 * holders hold their offices from a day on ({@link ActorKnowledgeBase#officesFrom()}): a document dated before it
 * names the office, not them; the holders of a user's files always count.
 */
final class OfficeHolders {
    private record Key(CountryCode country, String name) {
    }

    private final Map<Key, Actor> byName;
    private final Map<Key, Actor> byOffice;
    private final Predicate<Actor> fromUser;
    private final LocalDate officesFrom;
    private final boolean bundledHold;

    OfficeHolders(List<KnownActor> actors, Predicate<Actor> fromUser, LocalDate officesFrom) {
        this.byName = new HashMap<>();
        this.byOffice = new HashMap<>();
        this.fromUser = fromUser;
        this.officesFrom = officesFrom;
        this.bundledHold = true;
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

    /** The same holders, read as of another day: the maps are shared, never written after the constructor above. */
    private OfficeHolders(OfficeHolders all, boolean bundledHold) {
        this.byName = all.byName;
        this.byOffice = all.byOffice;
        this.fromUser = all.fromUser;
        this.officesFrom = all.officesFrom;
        this.bundledHold = bundledHold;
    }

    /** The holders as of a document's date (null for an undated document, which is taken as current). */
    OfficeHolders on(LocalDate date) {
        return date == null || !date.isBefore(officesFrom) ? this : new OfficeHolders(this, false);
    }

    /** "Foreign Minister (acting)" and "foreign minister" are one office. */
    static String office(String role) {
        return role.replaceAll("\\s*\\(.*\\)", "").toLowerCase(Locale.ROOT);
    }

    /** The knowledge base's actor of a country with this name, or null. */
    Actor named(CountryCode country, String name) {
        return byName.get(new Key(country, name));
    }

    /** The one holder of an office in a country that day, or null when the knowledge base has none or several. */
    Actor soleHolder(CountryCode country, String role) {
        Actor holder = byOffice.get(new Key(country, office(role)));
        return holder == null || bundledHold || fromUser.test(holder) ? holder : null;
    }
}
