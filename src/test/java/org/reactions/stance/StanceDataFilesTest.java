package org.reactions.stance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.knowledge.Clauses;
import org.reactions.knowledge.CountryCode;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;

/**
 * Every entry of the stance stage's word files does what its file says, in words written for it: clauses.tsv,
 * hostile-acts.tsv and other-senses.tsv. A failure names the entries that do nothing.
 */
class StanceDataFilesTest {
    private static final Clauses CLAUSES = Clauses.bundled();
    private static final HostileActs ACTS = HostileActs.bundled();

    private static List<String> words(String text) {
        return Arrays.asList(text.split(" "));
    }

    private static void assertNoneFailed(String file, List<String> failures) {
        assertTrue(failures.isEmpty(), failures.size() + " " + file + " entries do nothing:\n  " + String.join("\n  ", failures));
    }

    @Test
    void everyClauseEntryShapesClauses() {
        List<String> failures = new ArrayList<>();
        for (DataRow row : DataFiles.resource(Clauses.FILE, 2)) {
            String phrase = row.get(1);
            boolean works = switch (row.get(0)) {
                case "break" -> {
                    List<String> w = words("did not " + phrase + " help");
                    yield !CLAUSES.negated(w, w.size() - 1, k -> false) && CLAUSES.negated(words("did not help"), 2, k -> false);
                }
                case "circumstance" -> {
                    List<String> w = words("met " + phrase + " fears of escalation");
                    yield CLAUSES.inCircumstance(w, nulls(w.size()), w.size() - 1) && CLAUSES.clauseEnd(w, 0) == 1;
                }
                case "clause-circumstance" -> {
                    List<String> w = words("met " + phrase + " tensions escalated");
                    List<String> tags = nulls(w.size());
                    tags.set(w.size() - 1, "VERB");
                    yield CLAUSES.inCircumstance(w, tags, w.size() - 1) && !CLAUSES.inCircumstance(w, nulls(w.size()), w.size() - 1);
                }
                case "phrase-opener" -> {
                    List<String> w = words("described it as " + phrase + " escalating crisis");
                    List<String> tags = nulls(w.size());
                    tags.set(w.size() - 2, "VERB");
                    List<String> without = words("described it as escalating crisis");
                    List<String> withoutTags = nulls(without.size());
                    withoutTags.set(3, "VERB");
                    yield !CLAUSES.inCircumstance(w, tags, w.size() - 2) && CLAUSES.inCircumstance(without, withoutTags, 3);
                }
                case "denial" -> CLAUSES.negated(words(phrase + " sending aid"), 2, k -> false);
                case "coordinator" -> CLAUSES.isCoordinator(phrase);
                case "not-negated" -> !CLAUSES.negated(words("not " + phrase + " help"), 2, k -> false);
                case "credit" -> {
                    List<String> w = words("thanked them " + phrase + " condemning");
                    yield CLAUSES.creditedAt(w, w.size() - 1) && !CLAUSES.creditedAt(words("thanked them condemning"), 2);
                }
                case "grant" -> {
                    List<String> w = words("respects the " + phrase + " defend");
                    yield CLAUSES.grantedAt(w, w.size() - 1);
                }
                default -> false;
            };
            if (!works) {
                failures.add(row.line() + ": " + row.get(0) + " '" + phrase + "'");
            }
        }
        assertNoneFailed(Clauses.FILE, failures);
    }

    private static List<String> nulls(int size) {
        return new ArrayList<>(java.util.Collections.nCopies(size, (String) null));
    }

    @Test
    void everyHostileActWordFindsAttackerOrAttacked() {
        List<String> failures = new ArrayList<>();
        for (DataRow row : DataFiles.resource(HostileActs.FILE, 2)) {
            String word = row.get(1).replace("*", "s");
            String text = switch (row.get(0)) {
                case "act" -> "Turkey " + word + " on Syria.";
                case "reference" -> "Turkey launched strikes on Syria.\nLavrov said Moscow condemned these " + word + ".";
                case "determiner" -> "Turkey launched strikes on Syria.\nLavrov said Moscow condemned " + word + " strikes.";
                case "joiner" -> "Turkey " + word + " strikes on Syria.";
                case "victim" -> "Turkey launched strikes " + word + " Syria.";
                case "agent" -> "Strikes " + word + " Turkey hit Syria.";
                default -> "";
            };
            DocumentConflict conflict = conflict(text);
            boolean works = switch (row.get(0)) {
                case "act", "joiner" -> conflict.attackersUpTo(0).equals(Set.of(CountryCode.of("TR"))) || conflict.attackedUpTo(0).contains(CountryCode.of("SY"));
                case "reference", "determiner" -> ACTS.refersToAnAttack(words(
                        row.get(0).equals("reference") ? "these " + word : word + " strikes"));
                case "victim" -> conflict.attackedUpTo(0).contains(CountryCode.of("SY"));
                case "agent" -> conflict.attackersUpTo(0).contains(CountryCode.of("TR"));
                default -> false;
            };
            if (!works) {
                failures.add(row.line() + ": " + row.get(0) + " '" + row.get(1) + "'");
            }
        }
        assertNoneFailed(HostileActs.FILE, failures);
    }

    private static DocumentConflict conflict(String text) {
        var document = Fixtures.annotate(text);
        return new DocumentConflict(document, Fixtures.RECOGNIZER.recognize(document), ACTS);
    }

    @Test
    void everyOtherSenseTakesTheStanceFromItsCue() {
        List<String> failures = new ArrayList<>();
        for (DataRow row : DataFiles.resource(OtherSenses.FILE, 2)) {
            String cue = row.get(0).replace("*", "");
            for (String follower : row.list(1)) {
                boolean verb = follower.equals("VERB");
                String other = verb ? "ease the standoff in" : "the " + follower.replace("*", "") + " of";
                boolean used = false;
                for (String frame : List.of("Peskov said Moscow did not %s %s Iran.", "Peskov said Moscow gave its %s to %s Iran.")) {
                    Set<Label> inOtherSense = labels(String.format(frame, cue, other));
                    Set<Label> asCue = labels(String.format(frame, cue, "the army of"));
                    used |= !inOtherSense.equals(asCue);
                }
                if (!used) {
                    failures.add(row.line() + ": '" + row.get(0) + "' before '" + follower + "'");
                }
            }
        }
        assertNoneFailed(OtherSenses.FILE, failures);
    }

    private static Set<Label> labels(String text) {
        return Fixtures.labeled(text).stream().findFirst().map(LabeledStatement::labels).orElse(Set.of());
    }

    @Test
    void everyModelWordGivesItsClassAsAFeature() {
        List<String> failures = new ArrayList<>();
        for (DataRow row : DataFiles.resource(ModelWords.FILE, 2)) {
            String text = "Lavrov said that " + row.get(1) + " should stop the fighting.";
            String feature = "c=" + row.get(0).toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            List<StanceObservation> observed = Fixtures.RULES.observe(Fixtures.document(text), (document, found) -> found);
            if (observed.size() != 1 || !observed.get(0).features().contains(feature)) {
                failures.add(row.get(0) + " '" + row.get(1) + "'");
            }
        }
        assertNoneFailed(ModelWords.FILE, failures);
    }
}
