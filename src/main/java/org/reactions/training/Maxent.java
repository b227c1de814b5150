package org.reactions.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.reactions.stance.learned.LinearModel;

/**
 * Trains a binary maxent classifier with OpenNLP's L-BFGS trainer ({@code MAXENT_QN}), L1 and L2 regularised, on
 * one thread (so that the same events give the same model), and keeps it as a {@link LinearModel}: each feature's
 * weight is the difference of its "yes" and "no" parameters.
 */
final class Maxent {
    static final String YES = "yes";
    static final String NO = "no";
    /** weights smaller than this are zero (L1 leaves many at machine noise) */
    private static final double ZERO = 1e-6;

    /** L1 and L2 costs: how strongly large weights are penalised. */
    record Regularisation(double l1, double l2) {
        @Override
        public String toString() {
            return "L1 " + l1 + ", L2 " + l2;
        }
    }

    /** A training event: a statement's (or candidate's) features and whether the answer is yes. */
    record Sample(List<String> features, boolean yes) {
    }

    private final int iterations;
    private final int cutoff;

    /**
     * @param iterations the trainer's iteration limit
     * @param cutoff     features seen fewer times than this in training are left out
     */
    Maxent(int iterations, int cutoff) {
        this.iterations = iterations;
        this.cutoff = cutoff;
    }

    LinearModel train(List<Sample> samples, Regularisation reg) {
        if (samples.stream().allMatch(Sample::yes) || samples.stream().noneMatch(Sample::yes)) {
            boolean yes = !samples.isEmpty() && samples.get(0).yes(); // one answer: a constant model
            return new LinearModel(Map.of(org.reactions.stance.StanceObservation.BIAS, yes ? 5.0 : -5.0));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(QNTrainer.L1COST_PARAM, reg.l1());
        params.put(QNTrainer.L2COST_PARAM, reg.l2());
        params.put(QNTrainer.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        List<Event> events = samples.stream().map(s -> new Event(s.yes() ? YES : NO, s.features().toArray(new String[0]))).toList();
        try {
            return weights((AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static LinearModel weights(AbstractModel model) {
        Object[] data = model.getDataStructures();
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        int yes = model.getIndex(YES);
        int no = model.getIndex(NO);
        Map<String, Double> weights = new TreeMap<>();
        predicates.forEach((feature, context) -> {
            double w = 0;
            int[] outcomes = context.getOutcomes();
            double[] parameters = context.getParameters();
            for (int k = 0; k < outcomes.length; k++) {
                w += outcomes[k] == yes ? parameters[k] : outcomes[k] == no ? -parameters[k] : 0;
            }
            if (Math.abs(w) >= ZERO) {
                weights.put(feature, (double) (float) w); // as a model file stores it, so that a saved model decides as this one
            }
        });
        return new LinearModel(weights);
    }
}
