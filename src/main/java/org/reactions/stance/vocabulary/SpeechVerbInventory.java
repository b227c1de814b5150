package org.reactions.stance.vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;

/**
 * The speech and judgement verbs of VerbNet's communication and judgement classes
 * ({@code reactions/lexicon/speech-verbs-inventory.tsv}), looked up by inflected form.
 */
public final class SpeechVerbInventory {
    public static final String FILE = "reactions/lexicon/speech-verbs-inventory.tsv";
    private static final Pattern WORD = Pattern.compile("[a-z]+(-[a-z]+)*");

    /**
     * One member of the inventory.
     *
     * @param lemma   the member as VerbNet writes it, words separated by spaces ("speak out")
     * @param forms   every form of its verb word
     * @param after   the words that follow the verb in a multi-word member (empty for one word)
     * @param classes the VerbNet (sub)classes that list it ("say-37.7-1")
     */
    public record Entry(String lemma, List<String> forms, List<String> after, List<String> classes) {
        /** Whether a class of the entry is the given class or one of its subclasses ("say-37.7"). */
        public boolean inClass(String classId) {
            return classes.stream().anyMatch(c -> c.equals(classId) || c.startsWith(classId + "-"));
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, List<Entry>> byForm = new HashMap<>();

    private SpeechVerbInventory(List<DataRow> rows) {
        for (DataRow row : rows) {
            List<String> after = row.optional(2) == null ? List.of() : List.of(row.get(2).split(" "));
            // split, not row.list(): a stream per row costs tens of milliseconds when the JVM is cold
            Entry entry = new Entry(row.get(0), List.of(row.get(1).split("\\|")), after, List.of(row.get(3).split("\\|")));
            if (!String.join(" ", prepend(entry.forms().get(0), after)).equals(entry.lemma())) {
                throw row.error("the first form and the words after it must spell the lemma '" + entry.lemma() + "'");
            }
            for (String form : entry.forms()) {
                if (!WORD.matcher(form).matches()) {
                    throw row.error("form '" + form + "' must be one lower-case word");
                }
                byForm.computeIfAbsent(form, k -> new ArrayList<>(1)).add(entry);
            }
            entries.add(entry);
        }
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    public static SpeechVerbInventory bundled() {
        return new SpeechVerbInventory(DataFiles.resource(FILE, 4));
    }

    /**
     * The entries a lower-case word is a form of, whose fixed words follow it in {@code words} at
     * {@code index}: "spoke out" is "speak out", "spoke" alone is "speak". Empty when none.
     */
    public List<Entry> at(List<String> words, int index) {
        List<Entry> found = new ArrayList<>();
        for (Entry entry : byForm.getOrDefault(words.get(index), List.of())) {
            if (index + entry.after().size() < words.size()
                    && words.subList(index + 1, index + 1 + entry.after().size()).equals(entry.after())) {
                found.add(entry);
            }
        }
        return found;
    }

    /** Whether a lower-case word is a form of some member (of its verb word, for multi-word members). */
    public boolean isForm(String lowerCaseWord) {
        return byForm.containsKey(lowerCaseWord);
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
