package org.reactions.stance.vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A verb + object pattern of the CAMEO dictionary, parsed from the syntax of {@code cameo-patterns.tsv}, and its
 * matching on a sentence's lower-case words. News text is not parsed into phrases here, so a pattern's parts
 * match in order within a few words of each other: a word or {consecutive words} as a noun phrase head (its
 * plural too), (prep ...) as the preposition with its objects close behind, &set as any phrase of the set.
 */
final class CameoPattern {
    /** Words allowed between the verb (or one matched part) and the next part: determiners and modifiers. */
    static final int GAP = 5;
    /** Actor slots of the source syntax: any actor; nothing to match in plain words. */
    private static final Set<String> ACTOR_SLOTS = Set.of("$", "+", "^", "%");

    private record Slot(Set<String> words, String synset) {
        int matchAt(List<String> tokens, int at, int limit, CameoSynsets synsets) {
            if (at >= limit) {
                return -1;
            }
            if (synset != null) {
                return synsets.matchAt(synset, tokens, at, limit);
            }
            String token = tokens.get(at);
            return words.contains(token) || words.contains(singular(token)) ? at + 1 : -1;
        }

        private static String singular(String word) {
            if (word.endsWith("ies")) {
                return word.substring(0, word.length() - 3) + "y";
            }
            if (word.endsWith("es") && word.matches(".*(s|x|z|ch|sh)es")) {
                return word.substring(0, word.length() - 2);
            }
            return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        }
    }

    /**
     * Consecutive slots, or (when {@code preposition} is set) a preposition (or its '/' alternatives) followed by
     * its object phrases.
     */
    private record Part(Set<String> preposition, List<Slot> slots, List<Part> objects) {
        int size() {
            return (preposition == null ? 0 : 1) + slots.size() + objects.stream().mapToInt(Part::size).sum();
        }

        int matchAt(List<String> tokens, int at, int limit, CameoSynsets synsets) {
            int end = at;
            if (preposition != null) {
                if (at >= limit || !preposition.contains(tokens.get(at))) {
                    return -1;
                }
                return sequence(objects, tokens, at + 1, limit, synsets);
            }
            for (Slot slot : slots) {
                end = slot.matchAt(tokens, end, limit, synsets);
                if (end < 0) {
                    return -1;
                }
            }
            return end;
        }
    }

    final String block;
    /** the lemma it was written for, or null for every verb of the block */
    private final String verb;
    final String code;
    final String reciprocal;
    /** line in cameo-patterns.tsv */
    final int row;
    /** line in the source dictionary */
    final int sourceLine;
    final String text;
    private final List<Part> before;
    private final List<Part> after;
    /** words and sets the pattern names: the longest matching pattern wins */
    final int size;

    CameoPattern(String block, String verb, String before, String after, String code, String reciprocal, int row, int sourceLine,
                 CameoSynsets synsets) {
        this.block = block;
        this.verb = verb.equals("-") ? null : verb;
        this.code = code;
        this.reciprocal = reciprocal;
        this.row = row;
        this.sourceLine = sourceLine;
        this.text = (before.equals("-") ? "" : before + " ") + "*" + (after.equals("-") ? "" : " " + after);
        this.before = parse(before, synsets);
        this.after = parse(after, synsets);
        this.size = this.before.stream().mapToInt(Part::size).sum() + this.after.stream().mapToInt(Part::size).sum();
    }

    /** Whether the source names the verb the pattern was written for. */
    boolean namesVerb() {
        return verb != null;
    }

    boolean appliesTo(String lemma) {
        return verb == null || verb.equals(lemma);
    }

    /**
     * Whether the pattern holds around a verb: its words before the verb end within {@link #GAP} words before
     * {@code verbStart}, its words after start within {@link #GAP} words of {@code afterVerb}, up to {@code limit}.
     */
    boolean matches(List<String> words, int verbStart, int afterVerb, int limit, CameoSynsets synsets) {
        if (!before.isEmpty() && !endsBefore(words, verbStart, synsets)) {
            return false;
        }
        return after.isEmpty() || sequence(after, words, afterVerb, limit, synsets) >= 0;
    }

    private boolean endsBefore(List<String> words, int verbStart, CameoSynsets synsets) {
        for (int from = Math.max(0, verbStart - GAP - 1); from < verbStart; from++) {
            int end = sequence(before, words, from, verbStart, synsets);
            if (end >= 0 && verbStart - end <= GAP) {
                return true;
            }
        }
        return false;
    }

    /** Matches the parts in order, each starting within GAP words of the previous end; the last end or -1. */
    private static int sequence(List<Part> parts, List<String> words, int from, int limit, CameoSynsets synsets) {
        int cursor = from;
        for (Part part : parts) {
            int end = -1;
            for (int at = cursor; at < limit && at <= cursor + GAP && end < 0; at++) {
                end = part.matchAt(words, at, limit, synsets);
            }
            if (end < 0) {
                return -1;
            }
            cursor = end;
        }
        return cursor;
    }

    private static List<Part> parse(String side, CameoSynsets synsets) {
        List<Part> parts = new ArrayList<>();
        if (side.equals("-")) {
            return parts;
        }
        Set<String> preposition = null;
        List<Part> objects = null;
        List<Slot> braced = null;
        for (String raw : side.split(" ")) {
            String word = raw;
            boolean opensPrep = word.startsWith("(");
            boolean opensBrace = word.startsWith("{", opensPrep ? 1 : 0);
            word = word.substring((opensPrep ? 1 : 0) + (opensBrace ? 1 : 0));
            boolean closesPrep = word.endsWith(")");
            word = closesPrep ? word.substring(0, word.length() - 1) : word;
            boolean closesBrace = word.endsWith("}");
            word = closesBrace ? word.substring(0, word.length() - 1) : word;
            List<Part> target = objects != null ? objects : parts;
            if (opensPrep) {
                preposition = Set.of(word.split("/"));
                objects = new ArrayList<>();
            } else if (opensBrace || braced != null) {
                braced = braced == null ? new ArrayList<>() : braced;
                braced.addAll(slots(word, synsets));
                if (closesBrace) {
                    target.add(new Part(null, braced, List.of()));
                    braced = null;
                }
            } else if (!slots(word, synsets).isEmpty()) {
                target.add(new Part(null, slots(word, synsets), List.of()));
            }
            if (closesPrep && objects != null) { // two source patterns close one more ')' than they open
                parts.add(new Part(preposition, List.of(), objects));
                objects = null;
            }
        }
        return parts;
    }

    /**
     * A written word: '_' joins consecutive words, '/' separates alternatives, &set names a synonym set (whose
     * name may hold '_' too: "&fight_of_words").
     */
    private static List<Slot> slots(String written, CameoSynsets synsets) {
        List<Slot> slots = new ArrayList<>();
        String[] words = written.split("_");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.startsWith("&")) {
                int end = words.length; // the longest defined name
                while (end > i && !synsets.has(String.join("_", Arrays.copyOfRange(words, i, end)).substring(1))) {
                    end--;
                }
                if (end == i) {
                    throw new IllegalArgumentException("undefined synonym set " + word);
                }
                slots.add(new Slot(Set.of(), String.join("_", Arrays.copyOfRange(words, i, end)).substring(1)));
                i = end - 1;
            } else if (!word.isEmpty() && !ACTOR_SLOTS.contains(word)) {
                slots.add(new Slot(Set.of(word.split("/")), null));
            }
        }
        return slots;
    }
}
