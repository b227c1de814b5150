package org.reactions.entities;

import org.reactions.knowledge.CountryCode;

/**
 * Words of a sentence that name or stand for a country, whether or not they make an actor mention: a name or alias
 * ("Washington"), a demonym ("Israeli strikes", "Thai troops"), or a known person or institution of the country
 * ("Putin", "the Kremlin"). The stance stage reads them for the countries a statement may be aimed at.
 *
 * @param start   the first token
 * @param end     the token after the last
 * @param country its ISO code
 */
public record CountryWord(int start, int end, CountryCode country) {
}
