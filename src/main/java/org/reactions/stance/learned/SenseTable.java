package org.reactions.stance.learned;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What the learned stance model needs of WordNet, computed when it was trained: every word's base form (WordNet's
 * irregular forms and Morphy's suffix rules) and, for each base form and part of speech, the sense features the
 * model weighs (its synsets, their hypernyms and lexicographer files). WordNet itself is not opened at run time:
 * the table is a sorted block of keys searched in place, so loading it allocates no object per word.
 */
public final class SenseTable {
    /** WordNet's parts of speech: noun, verb, adjective, adverb */
    public static final String POS = "nvar";
    private static final int MAGIC = 0x52534e31; // "RSN1"

    /** Morphy's detachment rules per part of speech: suffix, replacement, in WordNet's order. */
    private static final Map<Character, String[][]> DETACHMENTS = Map.of(
            'n', new String[][] {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
            'v', new String[][] {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
            'a', new String[][] {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
            'r', new String[0][]);

    private final String[] features;
    private final byte[] keys;
    /** where each key starts in {@link #keys}; one more entry than keys */
    private final int[] keyStart;
    /** where each key's values start in {@link #values}; one more entry than keys */
    private final int[] valueStart;
    /** feature indexes, or for an irregular form one value: -(index of its base form's key) - 1 */
    private final int[] values;

    private SenseTable(String[] features, byte[] keys, int[] keyStart, int[] valueStart, int[] values) {
        this.features = features;
        this.keys = keys;
        this.keyStart = keyStart;
        this.valueStart = valueStart;
        this.values = values;
    }

    /** A table with no words: every word is its own base form and has no senses. */
    public static SenseTable empty() {
        return new Builder().build(f -> false);
    }

    /**
     * The base form of a word in a part of speech, or null when WordNet knows none: an irregular form's base
     * ("struck" → "strike"), the word itself, or the first base form Morphy's suffix rules give.
     */
    public String lemma(String word, char pos) {
        int at = find(pos, word);
        if (at >= 0) {
            int first = values[valueStart[at]];
            return valueStart[at + 1] - valueStart[at] == 1 && first < 0 ? keyAt(-first - 1).substring(2) : word;
        }
        for (String[] rule : DETACHMENTS.getOrDefault(pos, new String[0][])) {
            if (word.endsWith(rule[0]) && word.length() > rule[0].length()) {
                String base = word.substring(0, word.length() - rule[0].length()) + rule[1];
                int k = find(pos, base);
                if (k >= 0 && !isIrregular(k)) {
                    return base;
                }
            }
        }
        return null;
    }

    /** The sense features of a base form in a part of speech, in the table's order; empty when it has none. */
    public List<String> senses(String lemma, char pos) {
        int at = find(pos, lemma);
        if (at < 0 || isIrregular(at)) {
            return List.of();
        }
        List<String> found = new ArrayList<>(valueStart[at + 1] - valueStart[at]);
        for (int v = valueStart[at]; v < valueStart[at + 1]; v++) {
            found.add(features[values[v]]);
        }
        return found;
    }

    /** How many keys (base forms and irregular forms) the table holds. */
    public int size() {
        return keyStart.length - 1;
    }

    private boolean isIrregular(int at) {
        return valueStart[at + 1] - valueStart[at] == 1 && values[valueStart[at]] < 0;
    }

    private int find(char pos, String word) {
        byte[] key = (pos + ":" + word).getBytes(StandardCharsets.UTF_8);
        int low = 0;
        int high = size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = Arrays.compareUnsigned(keys, keyStart[mid], keyStart[mid + 1], key, 0, key.length);
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

    private String keyAt(int at) {
        return new String(keys, keyStart[at], keyStart[at + 1] - keyStart[at], StandardCharsets.UTF_8);
    }

    /** Writes the table; the same table always gives the same bytes. */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(features.length);
        for (String f : features) {
            out.writeUTF(f);
        }
        writeInts(out, keyStart);
        out.writeInt(keys.length);
        out.write(keys);
        writeInts(out, valueStart);
        writeInts(out, values);
    }

    public static SenseTable read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a sense table");
        }
        String[] features = new String[in.readInt()];
        for (int i = 0; i < features.length; i++) {
            features[i] = in.readUTF();
        }
        int[] keyStart = readInts(in);
        byte[] keys = new byte[in.readInt()];
        in.readFully(keys);
        int[] valueStart = readInts(in);
        int[] values = readInts(in);
        if (valueStart.length != keyStart.length || keyStart[keyStart.length - 1] != keys.length
                || valueStart[valueStart.length - 1] != values.length) {
            throw new IOException("inconsistent sense table");
        }
        return new SenseTable(features, keys, keyStart, valueStart, values);
    }

    private static void writeInts(DataOutputStream out, int[] ints) throws IOException {
        out.writeInt(ints.length);
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(Integer.BYTES * ints.length);
        bytes.asIntBuffer().put(ints);
        out.write(bytes.array());
    }

    /** Integers read in one block: a model holds hundreds of thousands of them. */
    private static int[] readInts(DataInputStream in) throws IOException {
        int[] ints = new int[in.readInt()];
        byte[] bytes = new byte[Integer.BYTES * ints.length];
        in.readFully(bytes);
        java.nio.ByteBuffer.wrap(bytes).asIntBuffer().get(ints);
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

        /** The table, keeping only the sense features {@code keep} accepts (every key is kept). */
        public SenseTable build(Predicate<String> keep) {
            Map<String, Object> entries = new TreeMap<>(SenseTable::compareUtf8);
            lemmas.forEach((key, senses) -> entries.put(key, senses.stream().filter(keep).distinct().toList()));
            irregular.forEach((form, lemma) -> {
                if (!lemmas.containsKey(form) && lemmas.containsKey(lemma)) {
                    entries.put(form, lemma);
                }
            });
            String[] features = entries.values().stream().filter(v -> v instanceof List).flatMap(v -> ((List<?>) v).stream())
                    .map(String.class::cast).distinct().sorted().toArray(String[]::new);
            Map<String, Integer> featureIndex = new TreeMap<>();
            for (int i = 0; i < features.length; i++) {
                featureIndex.put(features[i], i);
            }
            List<String> keyList = new ArrayList<>(entries.keySet());
            Map<String, Integer> keyIndex = new TreeMap<>();
            for (int i = 0; i < keyList.size(); i++) {
                keyIndex.put(keyList.get(i), i);
            }
            java.io.ByteArrayOutputStream keyBytes = new java.io.ByteArrayOutputStream();
            int[] keyStart = new int[keyList.size() + 1];
            int[] valueStart = new int[keyList.size() + 1];
            List<Integer> values = new ArrayList<>();
            for (int i = 0; i < keyList.size(); i++) {
                keyStart[i] = keyBytes.size();
                valueStart[i] = values.size();
                keyBytes.writeBytes(keyList.get(i).getBytes(StandardCharsets.UTF_8));
                Object value = entries.get(keyList.get(i));
                if (value instanceof String lemma) {
                    values.add(-keyIndex.get(lemma) - 1);
                } else {
                    ((List<?>) value).forEach(f -> values.add(featureIndex.get((String) f)));
                }
            }
            keyStart[keyList.size()] = keyBytes.size();
            valueStart[keyList.size()] = values.size();
            return new SenseTable(features, keyBytes.toByteArray(), keyStart, valueStart, values.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private static int compareUtf8(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
