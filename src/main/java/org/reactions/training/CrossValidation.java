package org.reactions.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.Label;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.reactions.stance.LabeledStatement;
import org.reactions.stance.StanceLexicon;
import org.reactions.stance.StanceModel;
import org.reactions.stance.learned.ModelFile;
import org.reactions.stance.learned.SenseTable;

/**
 * Leave one crisis out: for each crisis, a model trained on all the others labels its statements, and its figures
 * stand beside those of the rules alone on the same statements. Optionally on a share of the training statements
 * (whole documents, drawn with a fixed seed), for a learning curve. The calibration statements, if any, choose the
 * bands of every fold's model, as they would the final model's.
 */
public final class CrossValidation {
    /**
     * The figures of one crisis held out.
     *
     * @param disagreements per label, where the model and the rules disagree: how often the model alone gives it, and
     *                      is right; how often the rules alone give it, and are right
     */
    public record Figures(String group, Scores model, Scores rules, Map<Label, Disagreement> disagreements) {
    }

    /** Where the model and the rules disagree on a label, and who is right. */
    public record Disagreement(int modelOnly, int modelOnlyRight, int rulesOnly, int rulesOnlyRight) {
        public Disagreement plus(Disagreement o) {
            return new Disagreement(modelOnly + o.modelOnly, modelOnlyRight + o.modelOnlyRight, rulesOnly + o.rulesOnly, rulesOnlyRight + o.rulesOnlyRight);
        }
    }

    private final StanceTrainer trainer;
    private final StanceLexicon lexicon;

    public CrossValidation(StanceTrainer trainer, StanceLexicon lexicon) {
        this.trainer = trainer;
        this.lexicon = lexicon;
    }

    /** The figures of every crisis held out in turn, in the order of the crises' names. */
    public List<Figures> leaveOneGroupOut(List<Example> examples, List<Example> calibration, SenseTable.Builder senses, double share, long seed) {
        Set<String> groups = new TreeSet<>();
        examples.forEach(e -> groups.add(e.group()));
        List<Figures> figures = new ArrayList<>();
        for (String group : groups) {
            List<Example> train = sample(examples.stream().filter(e -> !e.group().equals(group)).toList(), share, seed);
            ModelFile file = trainer.train(train, calibration, senses, "held out: " + group);
            StanceModel model = new StanceModel(file, lexicon.labels());
            Scores byModel = new Scores();
            Scores byRules = new Scores();
            Map<Label, Disagreement> disagreements = new TreeMap<>();
            for (Example e : examples) {
                if (e.group().equals(group)) {
                    LabeledStatement decided = model.decide(e.observation(), lexicon.partnersOf(e.observation().statement().country()));
                    byModel.add(e.labels(), decided.labels(), e.targets(), decided.targets());
                    List<CountryCode> ruleTargets = e.observation().rules().labelTargets().values().stream().flatMap(List::stream).distinct().toList();
                    byRules.add(e.labels(), e.observation().rules().labels(), e.targets(), ruleTargets);
                    for (Label label : lexicon.labels().values()) {
                        boolean byTheModel = decided.labels().contains(label);
                        boolean byTheRules = e.observation().rules().labels().contains(label);
                        boolean gold = e.labels().contains(label);
                        if (byTheModel != byTheRules) {
                            disagreements.merge(label, new Disagreement(byTheModel ? 1 : 0, byTheModel && gold ? 1 : 0, byTheRules ? 1 : 0,
                                    byTheRules && gold ? 1 : 0), Disagreement::plus);
                        }
                    }
                }
            }
            figures.add(new Figures(group, byModel, byRules, disagreements));
        }
        return figures;
    }

    /** A share of the examples, by whole documents drawn with the seed; all of them at share 1. */
    static List<Example> sample(List<Example> examples, double share, long seed) {
        if (share >= 1) {
            return examples;
        }
        List<String> documents = examples.stream().map(Example::document).distinct().sorted().toList();
        List<String> shuffled = new ArrayList<>(documents);
        java.util.Collections.shuffle(shuffled, new Random(seed));
        Set<String> kept = new TreeSet<>(shuffled.subList(0, (int) Math.round(share * shuffled.size())));
        return examples.stream().filter(e -> kept.contains(e.document())).toList();
    }
}
