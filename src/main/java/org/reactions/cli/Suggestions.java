package org.reactions.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The names nearest a mistyped command or option, by Damerau–Levenshtein distance (optimal string alignment: a
 * swap of two neighbouring letters is one edit, so "--fromat" finds "--format" and "sumamrize" finds "summarize").
 */
final class Suggestions {
    /** at most this many names are offered */
    private static final int SHOWN = 3;

    private Suggestions() {
    }

    /**
     * The names within reach of what was typed (two edits, one for words of four letters or fewer) or that begin with
     * it ("--form": "--format"), nearest first.
     */
    static List<String> nearest(String typed, Collection<String> names) {
        String bare = strip(typed);
        int reach = bare.length() <= 4 ? 1 : 2;
        return names.stream().filter(name -> !name.equals(typed))
                .filter(name -> distance(bare, strip(name)) <= reach || bare.length() >= 3 && strip(name).startsWith(bare))
                .sorted(Comparator.comparingInt((String name) -> distance(bare, strip(name))).thenComparing(Comparator.naturalOrder()))
                .limit(SHOWN).toList();
    }

    /** An option's name without its dashes, so that "-format" and "--fromat" are as near "--format" as their letters. */
    private static String strip(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) == '-') {
            i++;
        }
        return name.substring(i);
    }

    /** Insertions, deletions, substitutions and swaps of neighbours needed to turn a into b. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
