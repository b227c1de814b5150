package org.reactions.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.Label;
import org.reactions.stance.Labels;
import org.reactions.stance.TargetCandidate;
import org.reactions.stance.learned.LinearModel;
import org.reactions.stance.learned.ModelFile;
import org.reactions.stance.learned.SenseTable;

/**
 * Trains a stance model: a maxent classifier per label and one for targets, each regularised with the L1 and L2
 * costs that predict best on crises held out inside the training data (grouped folds), and calibrated on those
 * held-out predictions: the threshold, and the band around it where the rules' answer stands. The rules that were
 * right at least 95% of the time in training decide their label on their own. The same examples always give the
 * same model.
 */
public final class StanceTrainer {
    /** How training is done: the costs tried, the folds, the trainer's limits. */
    public record Settings(List<Maxent.Regularisation> costs, int folds, int iterations, int cutoff) {
        public static final Settings DEFAULT = new Settings(List.of(new Maxent.Regularisation(0, 2), new Maxent.Regularisation(0, 4),
                new Maxent.Regularisation(0, 8), new Maxent.Regularisation(0, 16), new Maxent.Regularisation(0, 32), new Maxent.Regularisation(0.5, 4)),
                3, 300, 2);
    }

    private final Settings settings;
    private final Labels labels;
    private final Maxent maxent;
    private final Consumer<String> log;

    /** @param labels the labels it trains a classifier for (all but the fallback) */
    public StanceTrainer(Settings settings, Labels labels, Consumer<String> log) {
        this.settings = settings;
        this.labels = labels;
        this.maxent = new Maxent(settings.iterations(), settings.cutoff());
        this.log = log;
    }

    /** A model trained on these examples, its bands chosen on held-out folds of them. */
    public ModelFile train(List<Example> examples, SenseTable.Builder senses, String description) {
        return train(examples, List.of(), senses, description);
    }

    /**
     * A model trained on these examples, its sense table taken from {@code senses}.
     *
     * @param calibration annotated statements on which the decision bands are chosen (the model trained on all the
     *                    examples predicting them), or none: then on held-out folds of the examples
     */
    public ModelFile train(List<Example> examples, List<Example> calibration, SenseTable.Builder senses, String description) {
        List<ModelFile.DecisiveRule> rules = DecisiveRules.of(examples);
        Set<String> decisive = new HashSet<>();
        rules.forEach(r -> decisive.add(r.ruleId() + "\t" + r.label()));
        int[] fold = Folds.of(examples, settings.folds());
        List<Example> judged = calibration.isEmpty() ? examples : calibration;
        List<Label> labels = this.labels.values().stream().filter(l -> !l.isFallback()).toList();
        List<Fitted> fitted = new ArrayList<>();
        List<List<Calibration.Prediction>> predicted = new ArrayList<>();
        for (Label label : labels) {
            Fitted f = fit(examples.stream().map(e -> new Maxent.Sample(e.observation().features(), e.labels().contains(label))).toList(), fold);
            fitted.add(f);
            List<Calibration.Prediction> predictions = new ArrayList<>();
            for (int i = 0; i < judged.size(); i++) {
                Example e = judged.get(i);
                double p = calibration.isEmpty() ? f.heldOut()[i] : f.model().probability(e.observation().features());
                predictions.add(new Calibration.Prediction(p, e.observation().rules().labels().contains(label), decides(e, label, decisive),
                        e.labels().contains(label)));
            }
            predicted.add(predictions);
        }
        List<Calibration.Band> bands = Calibration.jointly(predicted, judged.stream().map(e -> e.labels().equals(Set.of(this.labels.fallback()))).toList());
        Map<String, ModelFile.Classifier> classifiers = new LinkedHashMap<>();
        for (int k = 0; k < labels.size(); k++) {
            classifiers.put(labels.get(k).name(), classifier(labels.get(k).name(), fitted.get(k), bands.get(k)));
        }
        ModelFile.Classifier targets = targets(examples, fold, calibration);
        Set<String> weighed = new HashSet<>();
        classifiers.values().forEach(c -> weighed.addAll(c.model().weights().keySet()));
        return new ModelFile(description, classifiers, rules, targets,
                senses.build(f -> weighed.contains(f) || weighed.contains("n" + f), wordsOf(weighed)::contains));
    }

    /** The words that weighed features name: the base forms of "w=", "nw=", "mw=" and of both halves of "b=". */
    private static Set<String> wordsOf(Set<String> features) {
        Set<String> words = new HashSet<>();
        for (String feature : features) {
            int eq = feature.indexOf('=');
            String kind = eq < 0 ? "" : feature.substring(0, eq);
            if (kind.equals("w") || kind.equals("nw") || kind.equals("mw")) {
                words.add(feature.substring(eq + 1));
            } else if (kind.equals("b")) {
                words.addAll(List.of(feature.substring(eq + 1).split("_")));
            }
        }
        return words;
    }

    /** Each candidate country of each statement, with the statement's gold labels, and the rules' answer for it. */
    private record Candidates(List<Maxent.Sample> samples, List<Boolean> byRules, int[] fold) {
        static Candidates of(List<Example> examples, int[] exampleFold) {
            List<Maxent.Sample> samples = new ArrayList<>();
            List<Boolean> byRules = new ArrayList<>();
            List<Integer> fold = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                Example e = examples.get(i);
                Set<CountryCode> ruleTargets = new TreeSet<>();
                e.observation().rules().labelTargets().values().forEach(ruleTargets::addAll);
                Set<Label> gold = new TreeSet<>(e.labels());
                gold.removeIf(Label::isFallback);
                for (TargetCandidate c : e.observation().candidates()) {
                    samples.add(new Maxent.Sample(c.featuresWith(gold), e.targets().contains(c.country())));
                    byRules.add(ruleTargets.contains(c.country()));
                    fold.add(exampleFold[i]);
                }
            }
            return new Candidates(samples, byRules, fold.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** The target classifier, its band chosen like the labels'. */
    private ModelFile.Classifier targets(List<Example> examples, int[] fold, List<Example> calibration) {
        Candidates training = Candidates.of(examples, fold);
        Fitted f = fit(training.samples(), training.fold());
        Candidates judged = calibration.isEmpty() ? training : Candidates.of(calibration, new int[calibration.size()]);
        List<Calibration.Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < judged.samples().size(); i++) {
            Maxent.Sample sample = judged.samples().get(i);
            double p = calibration.isEmpty() ? f.heldOut()[i] : f.model().probability(sample.features());
            predictions.add(new Calibration.Prediction(p, judged.byRules().get(i), false, sample.yes()));
        }
        return classifier("targets", f, Calibration.best(predictions));
    }

    /** A classifier trained with the costs that predicted best on held-out folds, with those held-out predictions. */
    private record Fitted(LinearModel model, Maxent.Regularisation cost, double[] heldOut, double loss, int samples, long yes) {
    }

    private Fitted fit(List<Maxent.Sample> samples, int[] fold) {
        Maxent.Regularisation best = null;
        double bestLoss = Double.MAX_VALUE;
        double[] bestHeldOut = null;
        for (Maxent.Regularisation cost : settings.costs()) {
            double[] heldOut = heldOut(samples, fold, cost);
            double loss = logLoss(heldOut, samples);
            if (loss < bestLoss - 1e-12) {
                best = cost;
                bestLoss = loss;
                bestHeldOut = heldOut;
            }
        }
        return new Fitted(maxent.train(samples, best), best, bestHeldOut, bestLoss, samples.size(), samples.stream().filter(Maxent.Sample::yes).count());
    }

    private ModelFile.Classifier classifier(String name, Fitted f, Calibration.Band band) {
        log.accept(String.format(java.util.Locale.ROOT, "%s: %d samples, %d yes; %s (held-out log loss %.3f); threshold %.2f, margin %.2f; %d features",
                name, f.samples(), f.yes(), f.cost(), f.loss(), band.threshold(), band.margin(), f.model().weights().size()));
        return new ModelFile.Classifier(f.model(), band.threshold(), band.margin());
    }

    private static boolean decides(Example e, Label label, Set<String> decisive) {
        return e.observation().rules().votes().stream().anyMatch(v -> !v.atPartner() && v.label().equals(label) && decisive.contains(v.rule().name() + "\t" + label));
    }

    /** Each sample's probability from a model trained without its fold. */
    private double[] heldOut(List<Maxent.Sample> samples, int[] fold, Maxent.Regularisation cost) {
        double[] p = new double[samples.size()];
        int folds = java.util.Arrays.stream(fold).max().orElse(0) + 1;
        for (int k = 0; k < folds; k++) {
            final int held = k;
            List<Maxent.Sample> train = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                if (fold[i] != held) {
                    train.add(samples.get(i));
                }
            }
            LinearModel model = maxent.train(train, cost);
            for (int i = 0; i < samples.size(); i++) {
                if (fold[i] == held) {
                    p[i] = model.probability(samples.get(i).features());
                }
            }
        }
        return p;
    }

    private static double logLoss(double[] p, List<Maxent.Sample> samples) {
        double loss = 0;
        for (int i = 0; i < p.length; i++) {
            double q = Math.min(1 - 1e-9, Math.max(1e-9, p[i]));
            loss -= samples.get(i).yes() ? Math.log(q) : Math.log(1 - q);
        }
        return loss / Math.max(1, p.length);
    }
}
