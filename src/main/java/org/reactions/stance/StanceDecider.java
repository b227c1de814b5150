package org.reactions.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.learned.LinearModel;
import org.reactions.stance.learned.ModelFile;

/**
 * Decides a statement's labels and targets with the learned model on top of the rules. A rule that was right at
 * least 95% of the time in training decides its label on its own; otherwise the model's probability decides, and
 * where it falls inside the model's band of doubt, the rules' answer stands. Targets likewise: the target
 * classifier decides for each candidate country, and where it is unsure, the rules' targets stand. Each label then
 * keeps the targets its rule in labels.tsv allows: a call to de-escalate never goes to a country named only as
 * attacked, nor criticism and warnings to a country the document names only as attacked, nor criticism to a partner. Its evidence records the strongest features of each label and any deciding rule.
 */
final class StanceDecider {
    /** how many features an explanation shows per label */
    private static final int SHOWN = 4;
    /** below this probability a label the rules did not give is not worth explaining */
    private static final double WORTH_SHOWING = 0.2;

    private final StanceModel model;
    /** the labels of the run, with their definitions */
    private final Labels known;

    StanceDecider(StanceModel model, Labels known) {
        this.model = model;
        this.known = known;
    }

    /**
     * The labels and targets of a statement: a decisive rule's or a user's cue's label stands, else the model's
     * answer, else (in its band of doubt) the rules'.
     *
     * @param userRules whether a rule is one of the user's cues, which the model never saw
     */
    LabeledStatement decide(StanceObservation observation, Set<CountryCode> partners, Predicate<StanceRuleId> userRules) {
        RuleReading rules = observation.rules();
        Set<Label> labels = new TreeSet<>();
        List<Supplier<StanceReason>> evidence = new ArrayList<>(); // made only if explain asks (LabeledStatement.lazily)
        Map<Label, ModelFile.DecisiveRule> deciding = model.decidingRules(rules.votes());
        Set<Label> usersCues = new TreeSet<>(); // the labels of the user's cues that fired: the model never saw them
        rules.votes().stream().filter(v -> !v.atPartner() && userRules.test(v.rule())).forEach(v -> usersCues.add(v.label()));
        Scorer scorer = new Scorer(observation, model.sharedIndex());
        model.classifiers().forEach((label, classifier) -> {
            if (label.isFallback()) {
                return;
            }
            boolean rulesSay = rules.labels().contains(label);
            double p = scorer.probability(classifier.model());
            ModelFile.DecisiveRule rule = deciding.get(label);
            Verdict verdict = rule != null ? Verdict.RULE : usersCues.contains(label) ? Verdict.USER_CUE : Verdict.of(p, classifier);
            boolean on = verdict == Verdict.UNSURE ? rulesSay : verdict != Verdict.NO;
            if (on) {
                labels.add(label);
            }
            if (on || rulesSay || p >= WORTH_SHOWING) {
                evidence.add(() -> new StanceReason.ModelAnswer(label, on, verdict.basis, p, rulesSay, rule,
                        classifier.model().strongest(observation.features(), SHOWN)));
            }
        });
        if (labels.isEmpty()) {
            labels.add(known.fallback());
            evidence.add(() -> new StanceReason.NoOtherLabel(known.fallback()));
        }
        Map<Label, List<CountryCode>> targets = targets(observation, labels, partners, evidence);
        withoutPartners(labels, targets, partners);
        targets.forEach((label, countries) -> known.definition(label).targetReason(countries, known.definition(label).towardPartner() != null)
                .ifPresent(reason -> evidence.add(() -> reason)));
        rules.evidence().forEach(reason -> evidence.add(() -> new StanceReason.ByRules(reason)));
        return new LabeledStatement(observation.statement(), labels, LabeledStatement.lazily(() -> evidence.stream().map(Supplier::get).toList()),
                targets);
    }

    /**
     * A statement's features scored by each label's classifier: looked up once in the index the classifiers of a
     * loaded model share, or by each classifier where they do not (a model still in memory after training).
     */
    private static final class Scorer {
        private final List<String> features;
        private LinearModel indexed;
        private int[] positions;

        /** @param sharedIndex the classifier whose index the observation's positions are of, if it has them */
        Scorer(StanceObservation observation, LinearModel sharedIndex) {
            this.features = observation.features();
            if (observation.positions() != null && sharedIndex != null) {
                indexed = sharedIndex;
                positions = observation.positions();
            }
        }

        double probability(LinearModel classifier) {
            if (positions == null) {
                indexed = classifier;
                positions = classifier.positions(features);
            }
            return classifier.sharesIndexWith(indexed) ? classifier.probability(positions) : classifier.probability(features);
        }
    }

    /** How the model answered for a label. */
    private enum Verdict {
        YES(StanceReason.Basis.MODEL), NO(StanceReason.Basis.MODEL), UNSURE(StanceReason.Basis.UNSURE), RULE(StanceReason.Basis.RULE),
        USER_CUE(StanceReason.Basis.USER_CUE);

        private final StanceReason.Basis basis;

        Verdict(StanceReason.Basis basis) {
            this.basis = basis;
        }

        static Verdict of(double p, ModelFile.Classifier c) {
            return p >= c.threshold() + c.margin() ? YES : p < c.threshold() - c.margin() ? NO : UNSURE;
        }
    }

    private Map<Label, List<CountryCode>> targets(StanceObservation observation, Set<Label> labels, Set<CountryCode> partners,
                                                  List<Supplier<StanceReason>> evidence) {
        Map<Label, List<CountryCode>> byLabel = new TreeMap<>();
        if (labels.stream().allMatch(label -> known.definition(label).target() == LabelDefinition.TargetRule.NONE)) {
            labels.forEach(label -> byLabel.put(label, List.of()));
            return byLabel; // no candidate is read, so none is made
        }
        Set<CountryCode> ruleTargets = new TreeSet<>();
        observation.rules().labelTargets().values().forEach(ruleTargets::addAll);
        ModelFile.Classifier classifier = model.targets();
        Set<CountryCode> chosen = new TreeSet<>();
        Set<CountryCode> victims = new TreeSet<>();
        Set<CountryCode> attacked = new TreeSet<>();
        List<StanceReason.Candidate> why = new ArrayList<>();
        List<TargetCandidate> candidates = observation.candidates();
        Map<CountryCode, CountryCode> listHeads = listHeads(candidates);
        Map<CountryCode, Double> shared = new HashMap<>(); // a list's members share the surest reading of any of them
        for (TargetCandidate candidate : candidates) {
            shared.merge(listHeads.get(candidate.country()), model.targetScorer().probability(candidate, labels), Math::max);
        }
        for (TargetCandidate candidate : candidates) {
            double p = shared.get(listHeads.get(candidate.country()));
            Verdict verdict = Verdict.of(p, classifier);
            boolean on = verdict == Verdict.UNSURE ? ruleTargets.contains(candidate.country()) : verdict == Verdict.YES;
            if (on) {
                chosen.add(candidate.country());
            }
            if (candidate.victim()) {
                victims.add(candidate.country());
            }
            if (candidate.attacked()) {
                attacked.add(candidate.country());
            }
            why.add(new StanceReason.Candidate(candidate, on, p, verdict == Verdict.UNSURE));
        }
        if (!why.isEmpty()) {
            StanceReason.Candidates answers = new StanceReason.Candidates(why);
            evidence.add(() -> answers);
        }
        for (Label label : labels) {
            Set<CountryCode> kept = new TreeSet<>();
            switch (known.definition(label).target()) {
                case NONE -> { }
                case PARTNERS -> chosen.stream().filter(partners::contains).forEach(kept::add);
                case ACCUSED -> chosen.stream().filter(c -> !victims.contains(c) && !attacked.contains(c)).forEach(kept::add);
                case URGED -> chosen.stream().filter(c -> !victims.contains(c)).forEach(kept::add);
                case NAMED, NAMED_OR_ATTACKED -> kept.addAll(chosen);
            }
            byLabel.put(label, List.copyOf(kept));
        }
        return byLabel;
    }

    /**
     * For each candidate's country, the first country of the list it is named in ("China" for "Russia" in "China and
     * Russia"), or its own: the links are followed back, at most once per candidate (a country named twice may be
     * listed with one named after it).
     */
    private static Map<CountryCode, CountryCode> listHeads(List<TargetCandidate> candidates) {
        Map<CountryCode, CountryCode> listedWith = new HashMap<>();
        candidates.forEach(c -> listedWith.put(c.country(), c.listedWith()));
        Map<CountryCode, CountryCode> heads = new HashMap<>();
        for (TargetCandidate candidate : candidates) {
            CountryCode head = candidate.country();
            CountryCode before = candidate.listedWith();
            for (int steps = 0; before != null && steps < candidates.size(); steps++) {
                head = before;
                before = listedWith.get(head);
            }
            heads.put(candidate.country(), head);
        }
        return heads;
    }

    /**
     * A label that labels.tsv turns toward partners (criticism of a partner is a grievance) keeps only the targets
     * that are no partners of the speaker's country, so that a country's summary never condemns its own partner; the
     * grievance itself is the model's and the rules' to give.
     */
    private void withoutPartners(Set<Label> labels, Map<Label, List<CountryCode>> targets, Set<CountryCode> partners) {
        for (Label label : labels) {
            if (known.definition(label).towardPartner() != null) {
                targets.put(label, targets.get(label).stream().filter(c -> !partners.contains(c)).toList());
            }
        }
    }
}
