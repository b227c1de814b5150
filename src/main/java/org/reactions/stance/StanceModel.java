package org.reactions.stance;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reactions.knowledge.CountryCode;
import org.reactions.knowledge.KnowledgeException;
import org.reactions.stance.learned.LinearModel;
import org.reactions.stance.learned.ModelFile;
import org.reactions.stance.learned.SenseTable;

/**
 * A learned stance model with its labels checked against labels.tsv: a classifier per label, the rules that
 * decide a label on their own, and the target classifier. {@link StanceDecider} applies it.
 */
public final class StanceModel {
    /** the model trained on the bundled corpus (data/stance), rebuilt by the command in data/stance/README.md */
    public static final String BUNDLED = "reactions/stance/model.bin";

    private final ModelFile file;
    private final Map<Label, ModelFile.Classifier> classifiers = new TreeMap<>();
    /** the decisive rules by rule and label: votes are looked up without building their names */
    private final Map<StanceRuleId, Map<Label, ModelFile.DecisiveRule>> decisive = new HashMap<>();

    private final StanceDecider decider;
    private final LinearModel sharedIndex;
    private final TargetScorer targetScorer;

    /** A model over these labels; fails on a label the model knows that they lack. */
    public StanceModel(ModelFile file, Labels labels) {
        this.file = file;
        file.labels().forEach((name, classifier) -> classifiers.put(label(labels, name), classifier));
        for (ModelFile.DecisiveRule rule : file.rules()) {
            StanceRuleId id = StanceRuleId.parse(rule.ruleId());
            if (id == null) {
                throw new KnowledgeException("stance model: decisive rule " + rule.ruleId() + " is of no known kind");
            }
            decisive.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(label(labels, rule.label()), rule);
        }
        this.targetScorer = new TargetScorer(file.targets().model(), labels);
        this.decider = new StanceDecider(this, labels);
        LinearModel first = classifiers.values().stream().findFirst().map(ModelFile.Classifier::model).orElse(null);
        this.sharedIndex = first != null && classifiers.values().stream().allMatch(c -> c.model().sharesIndexWith(first)) ? first : null;
    }

    private static Label label(Labels labels, String name) {
        try {
            return labels.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new KnowledgeException("stance model: label " + name + " is not in labels.tsv");
        }
    }

    /** The bundled model. */
    public static StanceModel bundled(Labels labels) {
        try (InputStream in = StanceModel.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new KnowledgeException(BUNDLED + ": bundled stance model is missing");
            }
            return new StanceModel(ModelFile.read(in), labels);
        } catch (IOException e) {
            throw new KnowledgeException(BUNDLED + ": " + e.getMessage());
        }
    }

    /** A model a user trained ({@code reactions train-stance}). */
    public static StanceModel load(Path path, Labels labels) {
        try (InputStream in = Files.newInputStream(path)) {
            return new StanceModel(ModelFile.read(in), labels);
        } catch (EOFException e) {
            throw new KnowledgeException(path + ": cannot read the stance model (the file ends too early: cut short?)");
        } catch (IOException e) {
            throw new KnowledgeException(path + ": cannot read the stance model (" + e.getMessage() + ")");
        }
    }

    /**
     * Decides a statement's labels and targets from what the stance stage read in it ({@link StanceDecider}).
     *
     * @param partners the partners of the speaker's country (kb/alignments.tsv)
     */
    public LabeledStatement decide(StanceObservation observation, java.util.Set<CountryCode> partners) {
        return decide(observation, partners, rule -> false);
    }

    /** As {@link #decide(StanceObservation, java.util.Set)}, where the user's own cues ({@code userRules}) decide their labels. */
    public LabeledStatement decide(StanceObservation observation, java.util.Set<CountryCode> partners,
                                   java.util.function.Predicate<StanceRuleId> userRules) {
        return decider.decide(observation, partners, userRules);
    }

    /**
     * A classifier whose index of feature names all the label classifiers share (a model read from a file), so that
     * a statement's features can be read straight into positions of it; null when they share none (a model still in
     * memory after training).
     */
    LinearModel sharedIndex() {
        return sharedIndex;
    }

    public ModelFile file() {
        return file;
    }

    public SenseTable senses() {
        return file.senses();
    }

    /** The classifier of each label the model knows, in label order. */
    Map<Label, ModelFile.Classifier> classifiers() {
        return classifiers;
    }

    ModelFile.Classifier targets() {
        return file.targets();
    }

    TargetScorer targetScorer() {
        return targetScorer;
    }

    /** The decisive rules among these votes, by the label each decides (votes aimed at a partner decide nothing). */
    Map<Label, ModelFile.DecisiveRule> decidingRules(List<RuleVote> votes) {
        Map<Label, ModelFile.DecisiveRule> found = new TreeMap<>();
        for (RuleVote vote : votes) {
            ModelFile.DecisiveRule rule = vote.atPartner() ? null
                    : decisive.getOrDefault(vote.rule(), Map.of()).get(vote.label());
            if (rule != null) {
                found.putIfAbsent(vote.label(), rule);
            }
        }
        return found;
    }
}
