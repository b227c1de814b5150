package org.reactions.summary;

import org.reactions.stance.BundledLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.reactions.entities.Actor;
import org.reactions.entities.ActorType;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.Label;
import org.reactions.stance.LabelDefinition;
import org.reactions.stance.LabeledStatement;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.Mode;
import org.reactions.statements.SpeechCue;
import org.reactions.statements.Statement;

/**
 * What the summary says must not depend on how often or in what order the same news reaches the tool, under the
 * default counting (claims): a reprint of any document, or any order of the documents, leaves every country's
 * stance line, label counts and claims as they were, and a reprint leaves the highlights too. And a line only says what
 * statements say: removing a statement never adds a label to a line.
 */
class SummaryHoldsTest {
    private static final List<Actor> SPEAKERS = List.of(
            new Actor("Sergey Lavrov", "Foreign Minister", ActorType.PERSON, CountryCode.of("RU"), true, Actor.Origin.KNOWLEDGE_BASE),
            new Actor("Russia", null, ActorType.STATE, CountryCode.of("RU"), true, Actor.Origin.COUNTRY),
            new Actor("China", null, ActorType.STATE, CountryCode.of("CN"), true, Actor.Origin.COUNTRY));
    private static final List<String> WORDS = List.of("strikes", "condemn", "restraint", "sovereignty", "dialogue", "warn", "support",
            "aggression", "ceasefire", "consequences", "partners", "talks");
    private static final List<CountryCode> TARGETS = List.of(CountryCode.of("US"), CountryCode.of("IL"), CountryCode.of("IR"));
    private static final StancePhrases PHRASES = StancePhrases.of(BundledLabels.LABELS);

    /** A claim: one speaker's words with the labels and targets they carry wherever they are reprinted. */
    private record Claim(Actor speaker, String words, Set<Label> labels, Map<Label, List<CountryCode>> targets) {
    }

    private static List<Claim> claims(Random random, int n) {
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                words.add(WORDS.get(random.nextInt(WORDS.size())));
            }
            words.add("claim" + i); // claims differ in one word in nine at least: most are told apart, some may be one claim
            Set<Label> labels = new TreeSet<>();
            labels.add(BundledLabels.LABELS.values().get(random.nextInt(BundledLabels.LABELS.values().size() - 1)));
            if (random.nextBoolean()) {
                labels.add(BundledLabels.LABELS.values().get(random.nextInt(BundledLabels.LABELS.values().size() - 1)));
            }
            Map<Label, List<CountryCode>> targets = new TreeMap<>();
            labels.forEach(label -> targets.put(label, random.nextBoolean() ? List.of(TARGETS.get(random.nextInt(TARGETS.size()))) : List.of()));
            claims.add(new Claim(SPEAKERS.get(random.nextInt(SPEAKERS.size())), String.join(" ", words), labels, targets));
        }
        return claims;
    }

    /** Documents, each a list of claims reported in it (a claim may be reported by several). */
    private static List<List<Claim>> documents(Random random, List<Claim> claims, int n) {
        List<List<Claim>> documents = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            List<Claim> reported = new ArrayList<>();
            for (int k = random.nextInt(5); k >= 0; k--) {
                reported.add(claims.get(random.nextInt(claims.size())));
            }
            documents.add(reported);
        }
        return documents;
    }

    private static LabeledStatement statement(String document, int ordinal, Claim claim) {
        Statement s = new Statement(document, ordinal, 0, 0, claim.words().length(), claim.words(), 0, claim.words().length(), 0, claim.words(),
                List.of(), claim.speaker(), Mode.DIRECT, SpeechCue.verb("said"), new AttributionRuleId("subject-of-verb", "the subject of the speech verb"), 0.9, List.of(), claim.words(),
                new org.reactions.corpus.CodePoints(claim.words()));
        return new LabeledStatement(s, claim.labels(), List.of(), claim.targets());
    }

    /** What a run of these documents (named by their place in the list of originals) sums up to. */
    private static List<CountrySummary> summary(List<List<Claim>> documents, List<String> names) {
        SummaryAccumulator accumulator = new SummaryAccumulator(List.of(CountryCode.of("RU"), CountryCode.of("CN")), false);
        ClaimIndex index = new ClaimIndex();
        for (int d = 0; d < documents.size(); d++) {
            List<LabeledStatement> statements = new ArrayList<>();
            for (int i = 0; i < documents.get(d).size(); i++) {
                statements.add(statement(names.get(d), i + 1, documents.get(d).get(i)));
            }
            accumulator.add(d, false, statements, null, statements.stream().map(index::claim).toList(), null);
        }
        return accumulator.summarize(CountryCode::value, PHRASES);
    }

    /**
     * Whether every claim of this run is reported with one reading (labels and targets). A claim counts under its first
     * report's reading, so when near-copies with other readings fall into one claim, the order of the documents picks
     * the reading (README: "Syndicated copies").
     */
    private static boolean everyClaimReadsAlike(List<List<Claim>> documents, List<String> names) {
        ClaimIndex index = new ClaimIndex();
        Map<String, Set<List<Object>>> readings = new java.util.HashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            for (int i = 0; i < documents.get(d).size(); i++) {
                Claim claim = documents.get(d).get(i);
                readings.computeIfAbsent(index.claim(statement(names.get(d), i + 1, claim)).claim(), k -> new java.util.HashSet<>())
                        .add(List.of(claim.labels(), claim.targets()));
            }
        }
        return readings.values().stream().allMatch(reading -> reading.size() == 1);
    }

    private static List<String> names(int n) {
        List<String> names = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            names.add("d" + d);
        }
        return names;
    }

    /** The parts of a summary that reprints and order must not change. */
    private static List<Object> lines(List<CountrySummary> summaries) {
        return summaries.stream().map(c -> (Object) List.of(c.code(), c.stance(), c.labels(), c.claims())).toList();
    }

    @Property(tries = 1000)
    void aReprintOfAnyDocumentChangesNothingTheSummarySays(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int n) {
        Random random = new Random(seed);
        List<List<Claim>> documents = documents(random, claims(random, 1 + random.nextInt(10)), n);
        List<CountrySummary> before = summary(documents, names(n));
        List<List<Claim>> reprinted = new ArrayList<>(documents);
        reprinted.add(documents.get(random.nextInt(n)));
        List<String> names = names(n + 1);
        List<CountrySummary> after = summary(reprinted, names);
        assertEquals(lines(before), lines(after));
        for (int c = 0; c < before.size(); c++) {
            assertEquals(before.get(c).highlights(), after.get(c).highlights());
        }
    }

    @Property(tries = 1000)
    void anyOrderOfTheDocumentsGivesTheSameStanceLines(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int n) {
        Random random = new Random(seed);
        List<List<Claim>> documents = documents(random, claims(random, 1 + random.nextInt(10)), n);
        List<CountrySummary> before = summary(documents, names(n));
        List<Integer> order = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            order.add(d);
        }
        Collections.shuffle(order, random);
        List<List<Claim>> shuffled = order.stream().map(documents::get).toList();
        List<String> names = order.stream().map(d -> "d" + d).toList();
        Assume.that(everyClaimReadsAlike(documents, names(n)) && everyClaimReadsAlike(shuffled, names));
        assertEquals(lines(before), lines(summary(shuffled, names)));
    }

    @Property(tries = 1000)
    void removingAStatementNeverAddsALabelToALine(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int n) {
        Random random = new Random(seed);
        List<List<Claim>> documents = documents(random, claims(random, 1 + random.nextInt(10)), n);
        Assume.that(everyClaimReadsAlike(documents, names(n))); // else a removed first report hands the claim another reading
        List<CountrySummary> before = summary(documents, names(n));
        List<List<Claim>> fewer = new ArrayList<>(documents);
        int d = random.nextInt(n);
        List<Claim> shorter = new ArrayList<>(documents.get(d));
        shorter.remove(random.nextInt(shorter.size()));
        fewer.set(d, shorter);
        List<CountrySummary> after = summary(fewer, names(n));
        for (int c = 0; c < before.size(); c++) {
            Set<Label> was = labelsNamedIn(before.get(c).stance());
            Set<Label> is = labelsNamedIn(after.get(c).stance());
            assertTrue(was.containsAll(is), before.get(c).stance() + " → " + after.get(c).stance());
            assertEquals(labelsCarried(after.get(c)), is, "a line names exactly the labels its statements carry");
        }
    }

    private static Set<Label> labelsCarried(CountrySummary country) {
        Set<Label> carried = new TreeSet<>();
        country.labels().forEach((label, count) -> {
            if (count > 0) {
                carried.add(label);
            }
        });
        return carried;
    }

    /** The labels whose words (labels.tsv: the phrase, or the targeted phrase up to its targets) a stance line holds. */
    private static Set<Label> labelsNamedIn(String line) {
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        Set<Label> named = new TreeSet<>();
        for (LabelDefinition definition : BundledLabels.LABELS.definitions()) {
            String targeted = definition.targeted() == null ? null
                    : definition.targeted().substring(0, definition.targeted().indexOf(LabelDefinition.TARGETS));
            if (lower.contains(definition.phrase()) || targeted != null && lower.contains(targeted)) {
                named.add(definition.label());
            }
        }
        return named;
    }
}
