package org.reactions.entities;

import java.util.List;
import org.reactions.knowledge.CountryCode;

/**
 * A country of the knowledge base.
 *
 * @param code             ISO 3166-1 alpha-2 code
 * @param name             short English name, also the speaker name of state-level statements
 * @param aliases          other names that stand for the state: long names, abbreviations, capital-city metonyms
 * @param demonyms         adjectives used before titles and nouns ("Russian Foreign Minister", "Iranian officials")
 * @param familyNameFirst  whether personal names are usually written family name first (so "Wang Yi" is later "Wang")
 */
public record Country(CountryCode code, String name, List<String> aliases, List<String> demonyms, boolean familyNameFirst) {
    public Country {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
    }

    /** The adjective for names built from this country ("Russian" Foreign Ministry), or the name itself. */
    public String adjective() {
        return demonyms.isEmpty() ? name : demonyms.get(0);
    }

    public Actor asState() {
        return new Actor(name, null, ActorType.STATE, code, true, Actor.Origin.COUNTRY);
    }
}
