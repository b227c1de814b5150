package org.reactions.statements;

import java.util.List;
import java.util.Set;

/**
 * A verb that reports speech or a stated position.
 *
 * @param lemma     its name ("warn")
 * @param forms     every inflected form, lower case
 * @param nounForms forms that are also nouns ("warning"), verbs only where the context is not a noun phrase
 * @param requires  words one of which must follow for the verb to report speech ("call" for/on), QUOTE for quoted
 *                  words in the clause, NAMING for an object and what the verb names it, COLON for a colon and quoted
 *                  words after it ("continued in a taunting tone: “...”"), "+word" for a word after the verb's object
 *                  ("held Washington responsible"); empty when none is needed
 * @param attaches  whether its -ing form after a comma speaks for the subject of the clause before
 *                  ("met Araghchi, saying that ..."), rather than describing a fact ("..., highlighting a partnership")
 */
public record SpeechVerb(String lemma, List<String> forms, Set<String> nounForms, Set<String> requires, boolean attaches) {
    public static final String QUOTE = "QUOTE";
    public static final String NAMING = "NAMING";
    public static final String COLON = "COLON";
    /** the mark of a required word that follows the verb's object ("+responsible": "held Washington responsible") */
    public static final String AFTER_OBJECT = "+";

    public SpeechVerb {
        forms = List.copyOf(forms);
        nounForms = Set.copyOf(nounForms);
        requires = Set.copyOf(requires);
    }
}
