package org.reactions.entities;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** Jaro-Winkler similarity of names, ignoring case and accents ("Pútin" is "Putin"). */
final class NameSimilarity {
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private NameSimilarity() {
    }

    static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Jaro-Winkler similarity of two already folded strings, from 0 to 1. */
    static double jaroWinkler(String s, String t) {
        return JARO_WINKLER.apply(s, t);
    }
}
