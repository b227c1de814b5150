package org.reactions.entities;

/**
 * A kind of national institution named through its country ("Foreign Ministry", "government", "side").
 *
 * @param phrase    lower-case words as matched
 * @param canonical the name used after the country adjective ("Russian Foreign Ministry")
 * @param type      INSTITUTION, STATE (the phrase stands for the state itself) or OUTLET (state media)
 */
public record InstitutionKind(String phrase, String canonical, ActorType type) {
}
