package org.reactions.training;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.Label;

/**
 * Label and target figures over statements, counted as the scorer ({@code score.py}) counts them: each statement's
 * label set against the gold's (OTHER dropped beside another label), and its target set against the gold's, summed
 * over statements into micro precision, recall and F1.
 */
public final class Scores {
    private int statements;
    private int labelTp;
    private int labelFp;
    private int labelFn;
    private int targetTp;
    private int targetFp;
    private int targetFn;

    /** Counts one statement. */
    public void add(Set<Label> gold, Collection<Label> predicted, Set<CountryCode> goldTargets, Collection<CountryCode> predictedTargets) {
        Set<Label> g = bare(gold);
        Set<Label> p = bare(predicted);
        statements++;
        labelTp += (int) p.stream().filter(g::contains).count();
        labelFp += (int) p.stream().filter(l -> !g.contains(l)).count();
        labelFn += (int) g.stream().filter(l -> !p.contains(l)).count();
        Set<CountryCode> pt = new TreeSet<>(predictedTargets);
        targetTp += (int) pt.stream().filter(goldTargets::contains).count();
        targetFp += (int) pt.stream().filter(t -> !goldTargets.contains(t)).count();
        targetFn += (int) goldTargets.stream().filter(t -> !pt.contains(t)).count();
    }

    private static Set<Label> bare(Collection<Label> labels) {
        Set<Label> set = new TreeSet<>(labels);
        if (set.size() > 1) {
            set.removeIf(Label::isFallback);
        }
        return set;
    }

    public void addAll(Scores other) {
        statements += other.statements;
        labelTp += other.labelTp;
        labelFp += other.labelFp;
        labelFn += other.labelFn;
        targetTp += other.targetTp;
        targetFp += other.targetFp;
        targetFn += other.targetFn;
    }

    public int statements() {
        return statements;
    }

    public double labelF1() {
        return f1(labelTp, labelFp, labelFn);
    }

    public double targetF1() {
        return f1(targetTp, targetFp, targetFn);
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
