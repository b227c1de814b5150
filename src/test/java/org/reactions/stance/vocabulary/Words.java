package org.reactions.stance.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A sentence as the lower-case words the vocabulary tables take (punctuation as words, "u.n." kept whole). */
final class Words {
    private Words() {
    }

    static List<String> of(String sentence) {
        String spaced = sentence.toLowerCase(Locale.ROOT).replaceAll("([,;:!?]|\\.(?=\\s|$)(?<![a-z]\\.[a-z]\\.))", " $1 ");
        return Arrays.stream(spaced.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    static int indexOf(List<String> words, String word) {
        int index = words.indexOf(word);
        if (index < 0) {
            throw new IllegalArgumentException("'" + word + "' is not a word of " + words);
        }
        return index;
    }
}
