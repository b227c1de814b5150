package org.reactions.tools;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.reactions.stance.vocabulary.SpeechVerbInventory;
import org.reactions.statements.SpeechLexicon;
import org.reactions.statements.SpeechVerb;

/**
 * Compares the VerbNet inventory with the tool's speech verbs (speech-verbs.tsv): which verbs the inventory adds
 * and which current entries it lacks, by shared forms ("criticised" makes "criticise" and "criticize" one verb).
 * {@code java -cp target/classes:target/test-classes:... org.reactions.tools.SpeechVerbComparison} prints both.
 */
public final class SpeechVerbComparison {
    /** Inventory lemmas the current list lacks, by the VerbNet class (without subclass) that lists them first. */
    final Map<String, Set<String>> added = new TreeMap<>();
    /** Current lemmas none of whose forms the inventory has. */
    final Set<String> lacking = new TreeSet<>();

    SpeechVerbComparison(SpeechLexicon current, SpeechVerbInventory inventory) {
        Set<String> currentForms = current.verbs().stream().flatMap(v -> v.forms().stream()).collect(Collectors.toSet());
        for (SpeechVerbInventory.Entry entry : inventory.entries()) {
            boolean known = entry.after().isEmpty() && entry.forms().stream().anyMatch(currentForms::contains);
            if (!known) {
                added.computeIfAbsent(baseClass(entry.classes().get(0)), k -> new TreeSet<>()).add(entry.lemma());
            }
        }
        for (SpeechVerb verb : current.verbs()) {
            if (verb.forms().stream().noneMatch(inventory::isForm)) {
                lacking.add(verb.lemma());
            }
        }
    }

    /** "say-37.7-1-1" → "say-37.7" (subclass numbers follow the class number after a dash). */
    static String baseClass(String id) {
        int dash = id.indexOf('-');
        int sub = id.indexOf('-', dash + 1);
        return sub < 0 ? id : id.substring(0, sub);
    }

    public static void main(String[] args) {
        SpeechVerbComparison comparison = new SpeechVerbComparison(SpeechLexicon.bundled(), SpeechVerbInventory.bundled());
        int total = comparison.added.values().stream().mapToInt(Set::size).sum();
        System.out.println("added by the inventory: " + total);
        comparison.added.forEach((c, lemmas) -> System.out.println("  " + c + " (" + lemmas.size() + "): " + String.join(", ", lemmas)));
        System.out.println("current entries the inventory lacks (" + comparison.lacking.size() + "): "
                + String.join(", ", List.copyOf(comparison.lacking)));
    }
}
