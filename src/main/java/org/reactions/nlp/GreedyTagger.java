package org.reactions.nlp;

import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.SequenceValidator;

/**
 * Part-of-speech tagging with an OpenNLP model, decoded greedily: each word gets its most probable tag that the
 * model's tag dictionary allows, given the tags before it. That is what OpenNLP's beam search picks with a beam of
 * 1, without what a beam costs: a sorted copy of every word's probabilities, a copy of the tag sequence per word
 * (time in the square of the sentence's length) and the exponentials (the largest sum is the most probable tag).
 * The features come from {@link PosFeatures}. Not thread-safe (it keeps a cache of word types); one per worker.
 */
final class GreedyTagger {
    private final PosFeatures features;
    private final Context[] rows = new Context[PosFeatures.maxRows()];
    private final SequenceValidator<String> validator;
    private final FastMaxentModel model;
    private final double[] scores;
    /** the entry of a POS model package that holds the maximum-entropy model (OpenNLP keeps its constant private) */
    private static final String POS_ENTRY = "pos.model";

    GreedyTagger(POSModel model) {
        POSTaggerFactory factory = model.getFactory();
        this.validator = factory.getSequenceValidator();
        this.model = FastMaxentModel.of(model.getArtifact(POS_ENTRY));
        this.features = new PosFeatures(model, this.model);
        this.scores = new double[this.model.getNumOutcomes()];
    }

    String[] tag(String[] words) {
        String[] tags = new String[words.length];
        int[] outcomes = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            model.logScores(rows, features.rows(words, i, outcomes, rows), scores);
            outcomes[i] = best(i, words, tags);
            tags[i] = model.getOutcome(outcomes[i]);
        }
        return tags;
    }

    /** The outcome with the highest score, or the highest-scoring one the validator allows when it does not allow that. */
    private int best(int i, String[] words, String[] tags) {
        int best = argmax(i, words, tags, false);
        if (validator.validSequence(i, words, tags, model.getOutcome(best))) {
            return best;
        }
        int allowed = argmax(i, words, tags, true);
        return allowed < 0 ? best : allowed;
    }

    private int argmax(int i, String[] words, String[] tags, boolean allowedOnly) {
        int best = -1;
        for (int o = 0; o < scores.length; o++) {
            if ((best < 0 || scores[o] > scores[best])
                    && (!allowedOnly || validator.validSequence(i, words, tags, model.getOutcome(o)))) {
                best = o;
            }
        }
        return best;
    }
}
