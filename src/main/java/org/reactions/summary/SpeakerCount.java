package org.reactions.summary;

/**
 * A speaker of a country and how many statements it made.
 *
 * @param name       canonical name
 * @param role       office, or null
 * @param type       person, institution or state
 * @param statements number of statements
 */
public record SpeakerCount(String name, String role, String type, int statements) {
}
