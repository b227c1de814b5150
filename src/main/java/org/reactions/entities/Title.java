package org.reactions.entities;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.reactions.knowledge.CountryCode;
import org.reactions.knowledge.FunctionWords;

/**
 * A title or person noun ("foreign minister", "officials", "analyst").
 *
 * @param phrase      lower-case words as matched
 * @param role        the role it gives its holder
 * @param official    whether its holder speaks for a state
 * @param plural      whether it names a group
 * @param refersBack  as a role noun ("the top diplomat said"), the words one of which the role of the person it
 *                    refers to must hold ("foreign minister", "ambassador"); empty for any official; null for
 *                    {@link #roleKey()} alone
 */
public record Title(String phrase, String role, boolean official, boolean plural, List<String> refersBack) {
    public Title {
        refersBack = refersBack == null ? null : List.copyOf(refersBack);
    }

    /** A title of the same standing with a role of its own words ("Chief Cabinet Secretary"), read as written. */
    public Title withRole(String newRole) {
        return new Title(phrase, newRole, official, false, null);
    }

    /** The same title as an ambassador's, for a posted title that names no envoy ("top diplomat to Seoul"). */
    public Title asAmbassador() {
        return new Title(phrase, "Ambassador", official, plural, null);
    }

    /**
     * The title of an envoy posted to a country ("ambassador to Moscow"): its role names the country ("Ambassador to
     * Russia"), and as an office named without its holder it refers back only to an envoy of the same post.
     */
    public Title postedTo(String country, String written) {
        String posted = role + " to " + country;
        return new Title(phrase, posted, official, plural, List.of(posted.toLowerCase(Locale.ROOT), written.toLowerCase(Locale.ROOT)));
    }

    /** The word that a role noun must share with an actor's role to refer to it ("minister", "spokes"). */
    public String roleKey() {
        String last = role.toLowerCase(Locale.ROOT);
        last = last.substring(last.lastIndexOf(' ') + 1);
        if (last.startsWith("spokes")) {
            return "spokes";
        }
        return last.endsWith("s") && plural ? last.substring(0, last.length() - 1) : last;
    }

    /**
     * The title as an official's role noun that refers back ("the spokeswoman", "the Iranian diplomat"), of a country
     * or of any (null); a title of one sex ("spokeswoman") stands only for a person of that sex.
     */
    public Anaphor asRoleNoun(boolean group, CountryCode country, FunctionWords words) {
        Anaphor roleNoun = Anaphor.roleNoun(ActorType.PERSON, group, antecedentRoles(), true, country).withGender(Gender.ofWords(phrase, Set.of(), words));
        Set<String> deputies = words.get(FunctionWords.Set.DEPUTY_WORDS);
        if (Arrays.stream(phrase.split("[ -]")).anyMatch(deputies::contains)) {
            return roleNoun; // "the deputy chief of mission"
        }
        // the deputies of its own office only: "the diplomat" may be a deputy foreign minister
        String office = role.toLowerCase(Locale.ROOT);
        return roleNoun.withDeputies(deputies.stream().map(d -> d + " " + office).collect(Collectors.toSet()));
    }

    /** As a role noun, the words one of which its antecedent's role must hold; empty for any. */
    public List<String> antecedentRoles() {
        return refersBack == null ? List.of(roleKey()) : refersBack;
    }
}
