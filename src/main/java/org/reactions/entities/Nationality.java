package org.reactions.entities;

import org.reactions.knowledge.CountryCode;

/**
 * What a nationality prefix says: "Russian", "Russia's", "US" (before a title), "the Kremlin", "Chinese Foreign
 * Ministry", "Iran's Islamic Revolutionary Guard Corps".
 *
 * @param country     the country it names, or null
 * @param institution the institution it names ("the Kremlin", "Russia's Foreign Ministry"), or null
 * @param end         the token after it
 * @param standalone  when the words stand on their own ("Moscow urged", "the Kremlin said"), their mention; else null
 */
record Nationality(CountryCode country, Actor institution, int end, Mention standalone) {

    Nationality withInstitution(Actor newInstitution, CountryCode newCountry, int newEnd) {
        return new Nationality(newCountry, newInstitution, newEnd, null);
    }

    /** As a member of a list of affiliations, a standalone name is a country ending where its mention ends. */
    Nationality asAffiliation() {
        return standalone == null ? this : new Nationality(standalone.actor().country(), institution, standalone.end(), standalone);
    }

    /** Whether this affiliation is a country or its capital ("to Moscow"), which after "to" is where an envoy is sent. */
    boolean isPlace() {
        return standalone != null && standalone.kind() == Mention.Kind.STATE;
    }
}
