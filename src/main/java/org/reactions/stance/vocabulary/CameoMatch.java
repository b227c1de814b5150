package org.reactions.stance.vocabulary;

/**
 * What the CAMEO dictionary says of a verb in its sentence: the code of the longest pattern that matched (or of
 * the verb alone), the label the code maps to, and where both come from, for explanations (which carry these as
 * plain data: org.reactions.stance.StanceReason.CameoVerb).
 *
 * @param lemma       the verb's dictionary entry ("call off")
 * @param block       the CAMEO verb block it belongs to (its synonyms share the block's patterns)
 * @param code        the CAMEO event code of what the subject does
 * @param reciprocal  the target's event for two-sided codes ("043" for a visit hosted), or null
 * @param label       the name of the stance label of the code, or null when the code gives none
 * @param hint        the name of the label the code points to when a relation holds (see cameo-labels.tsv), or null
 * @param codeName    the code's name in the label table
 * @param pattern     the matched pattern in CAMEO syntax ("* (for &ceasefire)"), or null for the verb alone
 * @param size        words and sets of the pattern that matched (0 for the verb alone)
 * @param source      the table rows and the source dictionary line ("cameo-patterns.tsv:812, CAMEO.2.0.txt:806")
 */
public record CameoMatch(String lemma, String block, String code, String reciprocal, String label, String hint,
                         String codeName, String pattern, int size, String source) {
}
