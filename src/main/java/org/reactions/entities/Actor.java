package org.reactions.entities;

import org.reactions.knowledge.CountryCode;

/**
 * Someone who can speak: a person, an institution, a state, or an outlet.
 *
 * @param name     canonical name ("Sergey Lavrov", "Russian Foreign Ministry", "Russia", "Iranian officials")
 * @param role     office or function ("Foreign Minister"), or null
 * @param type     kind of actor
 * @param country  its country, or null when unknown or international
 * @param official whether its words are an official voice of its country
 * @param origin   how the tool knows it
 */
public record Actor(String name, String role, ActorType type, CountryCode country, boolean official, Origin origin) {

    /** How an actor became known. */
    public enum Origin {
        /** the bundled or a user-supplied knowledge base */
        KNOWLEDGE_BASE,
        /** a country name, alias or metonym */
        COUNTRY,
        /** learned from the document: a title, nationality or appositive next to a name */
        LEARNED,
        /** an unnamed group or office ("Iranian officials", "Russia's Foreign Ministry") */
        DESCRIBED,
        /** a proper name the tool knows nothing about */
        UNKNOWN,
        /**
         * an official named without a country, placed by the document's own evidence (the same person or office with
         * a country elsewhere, a dateline, the country the article is about): less certain than the others
         */
        INFERRED,
        /** the archive tier of officials with the dates of their offices (see ArchiveActors) */
        ARCHIVE
    }

    public boolean isPerson() {
        return type == ActorType.PERSON;
    }

    public boolean hasCountry() {
        return country != null;
    }

    /** The same actor, speaking for no state: "former foreign minister Ana Ruiz". */
    public Actor unofficial() {
        return new Actor(name, role, type, country, false, origin);
    }

    public Actor withRole(String newRole) {
        return new Actor(name, newRole, type, country, official, origin);
    }
}
