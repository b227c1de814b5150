package org.reactions.stance.learned;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What the learned stance model needs of WordNet, computed when it was trained: words' base forms (WordNet's
 * irregular forms and Morphy's suffix rules) and, for each base form and part of speech, the sense features the
 * model weighs (its synsets, their hypernyms and lexicographer files). WordNet itself is not opened at run time:
 * the table is two sorted blocks of keys ("v:strike") searched in place, so loading it allocates no object per word.
 * A model keeps only the base forms it has a use for (a weighed sense or a weighed feature naming the word); a
 * word whose base form was left out reads as itself, which gives it no weighed feature either.
 */
public final class SenseTable {
    /** WordNet's parts of speech: noun, verb, adjective, adverb */
    public static final String POS = "nvar";
    private static final int MAGIC = 0x52534e32; // "RSN2"

    /** Morphy's detachment rules per part of speech: suffix, replacement, in WordNet's order. */
    private static final Map<Character, String[][]> DETACHMENTS = Map.of(
            'n', new String[][] {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
            'v', new String[][] {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
            'a', new String[][] {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
            'r', new String[0][]);

    private final String[] features;
    /** base forms: their keys, and for each the indexes of its sense features in {@link #features} */
    private final Keys lemmas;
    private final int[] valueStart;
    private final int[] values;
    /** irregular forms: their keys, and for each the index of its base form among {@link #lemmas} */
    private final Keys irregular;
    private final int[] baseOf;

    private SenseTable(String[] features, Keys lemmas, int[] valueStart, int[] values, Keys irregular, int[] baseOf) {
        this.features = features;
        this.lemmas = lemmas;
        this.valueStart = valueStart;
        this.values = values;
        this.irregular = irregular;
        this.baseOf = baseOf;
    }

    /** A table with no words: every word is its own base form and has no senses. */
    public static SenseTable empty() {
        return new Builder().build(f -> false, w -> false);
    }

    /**
     * The base form of a word in a part of speech, or null when the table knows none: an irregular form's base
     * ("struck" → "strike"), the word itself, or the first base form Morphy's suffix rules give.
     */
    public String lemma(String word, char pos) {
        int irregularAt = irregular.find(pos, word);
        if (irregularAt >= 0) {
            return lemmas.keyAt(baseOf[irregularAt]).substring(2);
        }
        if (lemmas.find(pos, word) >= 0) {
            return word;
        }
        for (String[] rule : DETACHMENTS.getOrDefault(pos, new String[0][])) {
            if (word.endsWith(rule[0]) && word.length() > rule[0].length()) {
                String base = word.substring(0, word.length() - rule[0].length()) + rule[1];
                if (lemmas.find(pos, base) >= 0) {
                    return base;
                }
            }
        }
        return null;
    }

    /** The sense features of a base form in a part of speech, in the table's order; empty when it has none. */
    public List<String> senses(String lemma, char pos) {
        int at = lemmas.find(pos, lemma);
        if (at < 0) {
            return List.of();
        }
        List<String> found = new ArrayList<>(valueStart[at + 1] - valueStart[at]);
        for (int v = valueStart[at]; v < valueStart[at + 1]; v++) {
            found.add(features[values[v]]);
        }
        return found;
    }

    /** How many base forms and irregular forms the table holds. */
    public int size() {
        return lemmas.size() + irregular.size();
    }

    /** Writes the table; the same table always gives the same bytes. */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(features.length);
        for (String f : features) {
            out.writeUTF(f);
        }
        lemmas.write(out);
        writeInts(out, valueStart);
        writeInts(out, values);
        irregular.write(out);
        writeInts(out, baseOf);
    }

    public static SenseTable read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a sense table of this version");
        }
        String[] features = new String[in.readInt()];
        for (int i = 0; i < features.length; i++) {
            features[i] = in.readUTF();
        }
        Keys lemmas = Keys.read(in);
        int[] valueStart = readInts(in);
        int[] values = readInts(in);
        Keys irregular = Keys.read(in);
        int[] baseOf = readInts(in);
        if (valueStart.length != lemmas.size() + 1 || valueStart[lemmas.size()] != values.length || baseOf.length != irregular.size()) {
            throw new IOException("inconsistent sense table");
        }
        return new SenseTable(features, lemmas, valueStart, values, irregular, baseOf);
    }

    static void writeInts(DataOutputStream out, int[] ints) throws IOException {
        out.writeInt(ints.length);
        ByteBuffer bytes = ByteBuffer.allocate(Integer.BYTES * ints.length);
        bytes.asIntBuffer().put(ints);
        out.write(bytes.array());
    }

    /** Integers read in one block: a table holds tens of thousands of them. */
    static int[] readInts(DataInputStream in) throws IOException {
        int[] ints = new int[in.readInt()];
        byte[] bytes = new byte[Integer.BYTES * ints.length];
        in.readFully(bytes);
        ByteBuffer.wrap(bytes).asIntBuffer().get(ints);
        return ints;
    }

    /** Collects base forms with their sense features, and irregular forms with their base form. */
    public static final class Builder {
        private final Map<String, List<String>> lemmas = new TreeMap<>();
        private final Map<String, String> irregular = new TreeMap<>();

        /** A base form with its sense features (later calls for the same key add to them). */
        public Builder lemma(char pos, String lemma, List<String> senses) {
            lemmas.computeIfAbsent(pos + ":" + lemma, k -> new ArrayList<>()).addAll(senses);
            return this;
        }

        /** An irregular form and its base form; ignored where the form is a base form itself or the base is unknown. */
        public Builder irregular(char pos, String form, String lemma) {
            irregular.putIfAbsent(pos + ":" + form, pos + ":" + lemma);
            return this;
        }

        /**
         * The table with the sense features {@code keep} accepts, and the base forms that have one of them or that
         * {@code keepWord} accepts (with the irregular forms of those).
         */
        public SenseTable build(Predicate<String> keep, Predicate<String> keepWord) {
            Map<String, List<String>> kept = new TreeMap<>(SenseTable::compareUtf8);
            lemmas.forEach((key, senses) -> {
                List<String> weighed = senses.stream().filter(keep).distinct().toList();
                if (!weighed.isEmpty() || keepWord.test(key.substring(2))) {
                    kept.put(key, weighed);
                }
            });
            String[] features = kept.values().stream().flatMap(List::stream).distinct().sorted().toArray(String[]::new);
            Map<String, Integer> featureIndex = new TreeMap<>();
            for (int i = 0; i < features.length; i++) {
                featureIndex.put(features[i], i);
            }
            List<String> lemmaKeys = new ArrayList<>(kept.keySet());
            Map<String, Integer> lemmaIndex = new TreeMap<>();
            int[] valueStart = new int[lemmaKeys.size() + 1];
            List<Integer> values = new ArrayList<>();
            for (int i = 0; i < lemmaKeys.size(); i++) {
                lemmaIndex.put(lemmaKeys.get(i), i);
                valueStart[i] = values.size();
                kept.get(lemmaKeys.get(i)).forEach(f -> values.add(featureIndex.get(f)));
            }
            valueStart[lemmaKeys.size()] = values.size();
            Map<String, Integer> forms = new TreeMap<>(SenseTable::compareUtf8);
            irregular.forEach((form, lemma) -> {
                if (!lemmas.containsKey(form) && lemmaIndex.containsKey(lemma)) {
                    forms.put(form, lemmaIndex.get(lemma));
                }
            });
            return new SenseTable(features, Keys.of(lemmaKeys), valueStart, values.stream().mapToInt(Integer::intValue).toArray(),
                    Keys.of(new ArrayList<>(forms.keySet())), forms.values().stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private static int compareUtf8(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** Sorted keys ("pos:word") in one block of UTF-8 bytes, found by binary search. */
    private record Keys(byte[] bytes, int[] start) {
        static Keys of(List<String> sorted) {
            java.io.ByteArrayOutputStream blob = new java.io.ByteArrayOutputStream();
            int[] start = new int[sorted.size() + 1];
            for (int i = 0; i < sorted.size(); i++) {
                start[i] = blob.size();
                blob.writeBytes(sorted.get(i).getBytes(StandardCharsets.UTF_8));
            }
            start[sorted.size()] = blob.size();
            return new Keys(blob.toByteArray(), start);
        }

        int size() {
            return start.length - 1;
        }

        int find(char pos, String word) {
            byte[] key = (pos + ":" + word).getBytes(StandardCharsets.UTF_8);
            int low = 0;
            int high = size() - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                int c = Arrays.compareUnsigned(bytes, start[mid], start[mid + 1], key, 0, key.length);
                if (c < 0) {
                    low = mid + 1;
                } else if (c > 0) {
                    high = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        String keyAt(int at) {
            return new String(bytes, start[at], start[at + 1] - start[at], StandardCharsets.UTF_8);
        }

        void write(DataOutputStream out) throws IOException {
            writeInts(out, start);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        static Keys read(DataInputStream in) throws IOException {
            int[] start = readInts(in);
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            if (start.length == 0 || start[start.length - 1] != bytes.length) {
                throw new IOException("inconsistent sense table keys");
            }
            return new Keys(bytes, start);
        }
    }
}
