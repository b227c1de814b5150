package org.reactions.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Clause structure over a sentence's lower-case words: where a clause ends, whether a word is negated within its
 * clause, and whether it stands in a circumstance clause ("amid fears of escalation", "as tensions rose"). The
 * words come from {@code reactions/lexicon/clauses.tsv} and {@link Negators}.
 */
public final class Clauses {
    public static final String FILE = "reactions/lexicon/clauses.tsv";

    /** how far back a negator reaches, in words ("refrained from offering military or civilian support") */
    private static final int NEGATION_REACH = 6;
    /** how far back a circumstance marker reaches, in words ("before talks were due to resume") */
    private static final int CIRCUMSTANCE_REACH = 8;

    private final Negators negators;
    private final Set<String> breaks = new HashSet<>();
    private final List<Marker> circumstances = new ArrayList<>();
    // the markers by their last and first word: every word of a sentence is tried, so a marker is looked up, not looped over
    private final Map<String, List<Marker>> circumstancesEndingWith = new HashMap<>();
    private final Map<String, List<Marker>> circumstancesStartingWith = new HashMap<>();
    private final Set<String> denials = new HashSet<>();
    private final Set<String> coordinators = new HashSet<>();
    private final Set<String> phraseOpeners = new HashSet<>();
    private final Set<String> notNegated = new HashSet<>();
    private final List<List<String>> credits = new ArrayList<>();
    private final List<List<String>> grants = new ArrayList<>();

    /** A phrase that opens a circumstance clause; some count only when a verb follows ("as" + clause). */
    private record Marker(List<String> words, boolean needsVerb) {
    }

    Clauses(Negators negators, List<DataRow> rows) {
        this.negators = negators;
        for (DataRow row : rows) {
            String phrase = row.get(1);
            switch (row.get(0)) {
                case "break" -> breaks.add(phrase);
                case "circumstance" -> circumstances.add(new Marker(List.of(phrase.split(" ")), false));
                case "clause-circumstance" -> circumstances.add(new Marker(List.of(phrase.split(" ")), true));
                case "denial" -> denials.add(phrase);
                case "coordinator" -> coordinators.add(phrase);
                case "phrase-opener" -> phraseOpeners.add(phrase);
                case "not-negated" -> notNegated.add(phrase);
                case "credit" -> credits.add(List.of(phrase.split(" ")));
                case "grant" -> grants.add(List.of(phrase.split(" ")));
                default -> throw row.error("kind must be break, circumstance, clause-circumstance, phrase-opener, denial, "
                        + "coordinator, not-negated, credit or grant");
            }
        }
        for (Marker marker : circumstances) {
            circumstancesEndingWith.computeIfAbsent(marker.words().get(marker.words().size() - 1), w -> new ArrayList<>()).add(marker);
            circumstancesStartingWith.computeIfAbsent(marker.words().get(0), w -> new ArrayList<>()).add(marker);
        }
    }

    public static Clauses bundled() {
        return bundled(Negators.bundled());
    }

    /** The bundled clause words, with negators already loaded. */
    public static Clauses bundled(Negators negators) {
        return new Clauses(negators, DataFiles.resource(FILE, 2));
    }

    public Negators negators() {
        return negators;
    }

    /** Whether word j ends a clause; a break word that starts a negator does not ("has yet to" negates). */
    public boolean endsClause(List<String> words, int j) {
        return breaks.contains(words.get(j)) && !startsNegator(words, j);
    }

    private boolean startsNegator(List<String> words, int j) {
        for (int end = j + 2; end <= Math.min(words.size(), j + 3); end++) {
            if (negators.lengthEndingAt(words, end) >= end - j) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the first word that ends a negator or is a denial, or the number of words: no word up to it is
     * {@link #negated} (a statement with no negation at all is read once, not once a word).
     */
    public int firstNegation(List<String> words) {
        for (int j = 0; j < words.size(); j++) {
            if (denials.contains(words.get(j)) || negators.lengthEndingAt(words, j + 1) > 0) {
                return j;
            }
        }
        return words.size();
    }

    /**
     * Whether word i is negated: an odd number of negators stand before it in its clause ("did not request help";
     * "cannot fail to be a cause of concern" is affirmed); "not only" and "not even" do not negate. A new subject
     * (where {@code subjectAt} holds after a coordinator: "and Russia stands with ...") starts a new clause.
     */
    public boolean negated(List<String> words, int i, IntPredicate subjectAt) {
        boolean negated = false;
        int j = i - 1;
        while (j >= Math.max(0, i - NEGATION_REACH)) {
            boolean newSubject = coordinators.contains(words.get(j)) && subjectAt.test(j + 1);
            if (endsClause(words, j) || newSubject) {
                break;
            }
            int length = Math.max(negators.lengthEndingAt(words, j + 1), denials.contains(words.get(j)) ? 1 : 0);
            String next = j + 1 < words.size() ? words.get(j + 1) : "";
            if (length > 0 && !notNegated.contains(next)) {
                negated = !negated;
                j -= length;
            } else {
                j--;
            }
        }
        return negated;
    }

    /**
     * Whether word i lies in a circumstance clause opened before it in its clause: "amid escalating tensions",
     * "ahead of talks", "as the conflict escalated", "days before talks were due to resume". Tags (null where a
     * sentence was not tagged) tell whether a verb follows a marker that needs one.
     */
    public boolean inCircumstance(List<String> words, List<String> tags, int i) {
        for (int j = i - 1; j >= Math.max(0, i - CIRCUMSTANCE_REACH); j--) {
            if (endsClause(words, j)) {
                return false;
            }
            for (Marker marker : circumstancesEndingWith.getOrDefault(words.get(j), List.of())) {
                int start = j - marker.words().size() + 1;
                if (start >= 0 && words.subList(start, j + 1).equals(marker.words())
                        && (!marker.needsVerb() || !phraseOpeners.contains(words.get(j + 1)) && verbBetween(tags, j + 1, i + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The index where the clause holding word i ends: at the first word after it that ends the clause or opens a
     * circumstance ("said the talks went on amid fears" ends before "amid"), else the end of the words.
     */
    public int clauseEnd(List<String> words, int i) {
        for (int k = i + 1; k < words.size(); k++) {
            if (endsClause(words, k)) {
                return k;
            }
            for (Marker marker : circumstancesStartingWith.getOrDefault(words.get(k), List.of())) {
                int end = k + marker.words().size();
                if (end <= words.size() && words.subList(k, end).equals(marker.words())) {
                    return k;
                }
            }
        }
        return words.size();
    }

    private static boolean verbBetween(List<String> tags, int from, int to) {
        for (int k = from; k < to && k < tags.size(); k++) {
            String tag = tags.get(k);
            if ("VERB".equals(tag) || "AUX".equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word joins the members of a list ("Russia and China", "both Moscow and Beijing"). */
    public boolean isCoordinator(String word) {
        return coordinators.contains(word);
    }

    /** Whether a credit phrase ends right before word i: "thanked Russia for condemning". */
    public boolean creditedAt(List<String> words, int i) {
        return endsBefore(credits, words, i);
    }

    /** Whether a grant phrase ends right before word i: "the right to defend itself". */
    public boolean grantedAt(List<String> words, int i) {
        return endsBefore(grants, words, i);
    }

    private static boolean endsBefore(List<List<String>> phrases, List<String> words, int i) {
        return phrases.stream().anyMatch(p -> i >= p.size() && words.subList(i - p.size(), i).equals(p));
    }

    /** How many entries there are (for the data-file tests). */
    public int size() {
        return breaks.size() + circumstances.size() + denials.size() + coordinators.size() + phraseOpeners.size()
                + notNegated.size() + credits.size() + grants.size();
    }
}
