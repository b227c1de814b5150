package org.reactions.entities;

import java.util.List;
import java.util.Locale;

/**
 * A kind of national institution named through its country ("Foreign Ministry", "government", "side").
 *
 * @param phrase    lower-case words as matched
 * @param canonical the name used after the country adjective ("Russian Foreign Ministry")
 * @param type      INSTITUTION, STATE (the phrase stands for the state itself) or OUTLET (state media)
 * @param refersTo  after "the", the words one of which the name of the institution it refers to holds ("the mission"
 *                  for an embassy too); when none are given, its own name's last word ("the ministry" for any "...
 *                  Ministry")
 */
public record InstitutionKind(String phrase, String canonical, ActorType type, List<String> refersTo) {
    public InstitutionKind {
        refersTo = refersTo.isEmpty() ? List.of(lastWord(canonical)) : List.copyOf(refersTo);
    }

    private static String lastWord(String canonical) {
        String lower = canonical.toLowerCase(Locale.ROOT);
        return lower.substring(lower.lastIndexOf(' ') + 1);
    }
}
