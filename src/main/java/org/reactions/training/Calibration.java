package org.reactions.training;

import java.util.List;

/**
 * Chooses decision bands from held-out predictions: the threshold, and the margin around it inside which the model
 * is unsure and the rules' answer stands. One classifier's band gives its best F1; the labels' bands are chosen
 * together for the best label F1 over statements, as the scorer counts it, since a label given wrongly also takes
 * the place of the right OTHER. Ties go to the narrower band, then to the threshold nearer one half.
 */
final class Calibration {
    private static final double[] THRESHOLDS = {0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25};
    private static final double[] MARGINS = {0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45};

    /**
     * A held-out prediction.
     *
     * @param p        the model's probability
     * @param rulesSay the rules' answer
     * @param decided  whether a decisive rule says yes (whatever the model says)
     * @param gold     the right answer
     */
    record Prediction(double p, boolean rulesSay, boolean decided, boolean gold) {
        boolean answer(double threshold, double margin) {
            if (decided) {
                return true;
            }
            return p >= threshold + margin || p >= threshold - margin && rulesSay;
        }
    }

    /** The threshold and margin. */
    record Band(double threshold, double margin) {
    }

    private Calibration() {
    }

    static Band best(List<Prediction> predictions) {
        Band best = new Band(0.5, 0);
        double bestF1 = -1;
        for (double margin : MARGINS) {
            for (double threshold : THRESHOLDS) {
                double f1 = f1(predictions, threshold, margin);
                if (f1 > bestF1 + 1e-9) {
                    bestF1 = f1;
                    best = new Band(threshold, margin);
                }
            }
        }
        return best;
    }

    /** How many rounds the labels' bands are improved in turn. */
    private static final int ROUNDS = 3;

    /**
     * The labels' bands chosen together, one label at a time holding the others, for the best micro F1 of the label
     * sets (OTHER when no label is given, and dropped beside another in the gold).
     *
     * @param predictions per label, each statement's held-out prediction (the same statements, in the same order)
     * @param otherGold   whether each statement's gold is OTHER alone
     */
    static List<Band> jointly(List<List<Prediction>> predictions, List<Boolean> otherGold) {
        List<Band> bands = new java.util.ArrayList<>(java.util.Collections.nCopies(predictions.size(), new Band(0.5, 0)));
        double best = microF1(predictions, otherGold, bands);
        for (int round = 0; round < ROUNDS; round++) {
            for (int label = 0; label < predictions.size(); label++) {
                for (double margin : MARGINS) {
                    for (double threshold : THRESHOLDS) {
                        Band kept = bands.get(label);
                        bands.set(label, new Band(threshold, margin));
                        double f1 = microF1(predictions, otherGold, bands);
                        if (f1 > best + 1e-9) {
                            best = f1;
                        } else {
                            bands.set(label, kept);
                        }
                    }
                }
            }
        }
        return bands;
    }

    private static double microF1(List<List<Prediction>> predictions, List<Boolean> otherGold, List<Band> bands) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < otherGold.size(); i++) {
            boolean any = false;
            for (int label = 0; label < predictions.size(); label++) {
                Prediction p = predictions.get(label).get(i);
                boolean answer = p.answer(bands.get(label).threshold(), bands.get(label).margin());
                any |= answer;
                tp += answer && p.gold() ? 1 : 0;
                fp += answer && !p.gold() ? 1 : 0;
                fn += !answer && p.gold() ? 1 : 0;
            }
            boolean other = otherGold.get(i);
            tp += !any && other ? 1 : 0;
            fp += !any && !other ? 1 : 0;
            fn += any && other ? 1 : 0;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    static double f1(List<Prediction> predictions, double threshold, double margin) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Prediction p : predictions) {
            boolean answer = p.answer(threshold, margin);
            tp += answer && p.gold() ? 1 : 0;
            fp += answer && !p.gold() ? 1 : 0;
            fn += !answer && p.gold() ? 1 : 0;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
