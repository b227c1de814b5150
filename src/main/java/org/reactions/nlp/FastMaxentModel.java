package org.reactions.nlp;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP maximum-entropy model with the same parameters, evaluated with {@link Math#exp}. OpenNLP's
 * {@code GISModel} uses {@code StrictMath.exp}, which the JIT cannot replace with its intrinsic: it took a fifth of
 * a run's time. {@code Math.exp} is within one ulp of it and, in HotSpot, gives the same bits in the interpreter and
 * in both compilers, so results do not depend on the JIT. The best outcome can only differ where two outcomes' sums
 * are equal to the last bit.
 */
final class FastMaxentModel extends AbstractModel {
    private final int outcomes;
    /** the log of the uniform prior, where a GIS model starts every outcome's sum */
    private final double logPrior;

    @SuppressWarnings("unchecked")
    private FastMaxentModel(Object[] data) {
        super((Context[]) data[0], null, (Map<String, Context>) data[1], (String[]) data[2]);
        this.modelType = ModelType.Maxent;
        this.outcomes = ((String[]) data[2]).length;
        this.logPrior = StrictMath.log(1.0 / outcomes);
    }

    /** The same model as a trained maximum-entropy model of OpenNLP. */
    static FastMaxentModel of(MaxentModel model) {
        if (!(model instanceof AbstractModel trained) || trained.getModelType() != ModelType.Maxent) {
            throw new IllegalArgumentException("not a maximum-entropy model: " + model.getClass().getName());
        }
        return new FastMaxentModel(trained.getDataStructures());
    }

    /**
     * Each outcome's log probability before normalisation: the prior's log plus the weights of the context's features
     * (times their values, when given), added in the order {@code GISModel} adds them. The outcome with the largest
     * one is the most probable, which is all a greedy decoder needs to know.
     */
    void logScores(String[] context, float[] values, double[] into) {
        Arrays.fill(into, 0, outcomes, logPrior);
        for (int c = 0; c < context.length; c++) {
            add(pmap.get(context[c]), values == null ? 1 : values[c], into);
        }
    }

    /** The same from the parameter rows of the features (see {@link PosFeatures}), of which the first {@code n}. */
    void logScores(Context[] rows, int n, double[] into) {
        Arrays.fill(into, 0, outcomes, logPrior);
        for (int r = 0; r < n; r++) {
            add(rows[r], 1, into);
        }
    }

    private static void add(Context row, double value, double[] into) {
        if (row != null) {
            int[] active = row.getOutcomes();
            double[] weights = row.getParameters();
            for (int a = 0; a < active.length; a++) {
                into[active[a]] += weights[a] * value;
            }
        }
    }

    /** The model's parameter rows by feature. */
    Map<String, Context> predicates() {
        return pmap;
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, null, new double[outcomes]);
    }

    @Override
    public double[] eval(String[] context, double[] probabilities) {
        return eval(context, null, probabilities);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return eval(context, values, new double[outcomes]);
    }

    private double[] eval(String[] context, float[] values, double[] probabilities) {
        logScores(context, values, probabilities);
        double normal = 0.0;
        for (int o = 0; o < outcomes; o++) {
            probabilities[o] = Math.exp(probabilities[o]);
            normal += probabilities[o];
        }
        for (int o = 0; o < outcomes; o++) {
            probabilities[o] /= normal;
        }
        return probabilities;
    }
}
