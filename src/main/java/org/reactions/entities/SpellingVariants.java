package org.reactions.entities;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;

/**
 * Words that American and British news spell differently ("Organization", "Organisation"): the lexicon knows every
 * name and phrase in both spellings, so that an outlet's house style does not hide a known institution or title.
 */
public final class SpellingVariants {
    public static final String FILE = "reactions/lexicon/spelling-variants.tsv";

    /** each spelling, lower case, with the other one */
    private final Map<String, String> other = new HashMap<>();

    SpellingVariants(Map<String, String> americanToBritish) {
        americanToBritish.forEach((american, british) -> {
            other.put(american, british);
            other.put(british, american);
        });
    }

    static SpellingVariants bundled() {
        Map<String, String> pairs = new HashMap<>();
        for (DataRow row : DataFiles.resource(FILE, 2)) {
            if (pairs.put(row.get(0), row.get(1)) != null || row.get(0).equals(row.get(1))) {
                throw row.error("'" + row.get(0) + "' is listed twice or spelled the same both ways");
            }
        }
        return new SpellingVariants(pairs);
    }

    /** The words of a phrase in the other spelling ("Defence Council" for "Defense Council"), or null when none differs. */
    String[] respelled(String[] words) {
        String[] out = words.clone();
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            String swapped = other.get(words[i].toLowerCase(Locale.ROOT));
            if (swapped != null) {
                out[i] = Character.isUpperCase(words[i].charAt(0)) ? Character.toUpperCase(swapped.charAt(0)) + swapped.substring(1) : swapped;
                changed = true;
            }
        }
        return changed ? out : null;
    }

    /** Every spelling the file lists, lower case (for the test that each entry is used). */
    Set<String> spellings() {
        return Set.copyOf(other.keySet());
    }
}
