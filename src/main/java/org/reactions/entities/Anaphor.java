package org.reactions.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reactions.knowledge.CountryCode;

/**
 * What a pronoun, role noun or office named without its holder may refer to.
 *
 * @param types     the actor types it can stand for
 * @param plural    whether it refers to a group
 * @param roles     words one of which the antecedent's role or name must contain ("minister", "ministry"); empty
 *                  for any
 * @param statement whether it refers to the latest statement ("the statement said") rather than an actor
 * @param official  whether it refers only to officials ("the top diplomat", unlike "he")
 * @param country   the country whose official it names ("the German chancellor"), or null for any
 * @param pair      whether it refers to two actors of two countries and of one type, each named alone ("both leaders",
 *                  "the two sides")
 * @param gender    the sex of the person it stands for ("she", "the spokeswoman"), UNKNOWN for any
 * @param deputies  for a role noun that names no deputy, the roles of its office's deputies ("vice foreign minister"):
 *                  it refers to no one who holds one ("the foreign minister" is not the Executive Vice Foreign Minister
 *                  named before, "the president" no vice president); empty for others
 */
public record Anaphor(Set<ActorType> types, boolean plural, List<String> roles, boolean statement, boolean official, CountryCode country,
                      boolean pair, Gender gender, Set<String> deputies) {
    public Anaphor {
        types = Set.copyOf(types);
        roles = List.copyOf(roles);
        deputies = Set.copyOf(deputies);
    }

    /** A pronoun: "he", "the statement". */
    public static Anaphor pronoun(Set<ActorType> types, boolean plural, boolean statement) {
        return new Anaphor(types, plural, List.of(), statement, false, null, false, Gender.UNKNOWN, Set.of());
    }

    /**
     * Two actors of these types and of two countries, each named alone before: "both leaders" (two officials), "the
     * two sides" (the two leaders who spoke, or two states).
     */
    public static Anaphor twoOf(Set<ActorType> types) {
        return new Anaphor(types, true, List.of(), false, true, null, true, Gender.UNKNOWN, Set.of());
    }

    /** A role noun ("the minister", "the ministry"), or an office of a country ("the German chancellor"). */
    public static Anaphor roleNoun(ActorType type, boolean plural, List<String> roles, boolean official, CountryCode country) {
        return new Anaphor(Set.of(type), plural, roles, false, official, country, false, Gender.UNKNOWN, Set.of());
    }

    /** The same, never standing for one who holds any of these deputies' roles. */
    public Anaphor withDeputies(Set<String> deputyRoles) {
        return new Anaphor(types, plural, roles, statement, official, country, pair, gender, deputyRoles);
    }

    /** The same, standing only for a person of that sex ("she", "the spokeswoman"). */
    public Anaphor withGender(Gender sex) {
        return new Anaphor(types, plural, roles, statement, official, country, pair, sex, deputies);
    }

    /**
     * Whether this could refer to an actor but for the country: "the Iranian diplomat" and a Deputy Chief of Mission
     * the document has not placed yet.
     */
    public boolean acceptsFromAnyCountry(Actor actor, boolean groupMention) {
        return new Anaphor(types, plural, roles, statement, official, null, pair, gender, deputies).accepts(actor, groupMention);
    }

    /** Whether an actor mentioned earlier (as a group when {@code groupMention}) can be what this refers to. */
    public boolean accepts(Actor actor, boolean groupMention) {
        if (!types.contains(actor.type()) || (official && !actor.official())) {
            return false;
        }
        // "he" is never a group of officials, "the officials" never one person (but "both leaders" two); institutions take either
        if (actor.type() == ActorType.PERSON && groupMention != (plural && !pair)) {
            return false;
        }
        if (country != null && !country.equals(actor.country())) {
            return false;
        }
        if (roles.isEmpty() || (country != null && actor.role() == null)) {
            return true; // "Mr Albanese ... the Australian leader": a name of the country without a title may hold any office
        }
        String described = (" " + (actor.role() == null ? "" : actor.role()) + " " + actor.name()).toLowerCase(Locale.ROOT);
        return roles.stream().anyMatch(role -> holdsWord(described, role)) && !outranks(actor);
    }

    /** Whether the actor is a deputy of the office this names ("Executive Vice Foreign Minister" for "the foreign minister"). */
    private boolean outranks(Actor actor) {
        String role = actor.role() == null ? "" : " " + actor.role().toLowerCase(Locale.ROOT);
        return deputies.stream().anyMatch(d -> holdsWord(role, d));
    }

    /**
     * Whether a role holds a word as a whole word, or with a plural "s" ("the mission" is an embassy's or a Chief of
     * Mission's, never a commission's; "the Russian leader" is no "Presidential aide"); "spokes" begins one
     * ("spokesman", "spokesperson").
     */
    static boolean holdsWord(String described, String word) {
        for (int at = described.indexOf(" " + word); at >= 0; at = described.indexOf(" " + word, at + 1)) {
            int end = at + 1 + word.length();
            String rest = described.substring(end).split("[^\\p{L}]", 2)[0];
            if (rest.isEmpty() || rest.equals("s") || word.equals("spokes")) {
                return true;
            }
        }
        return false;
    }
}
