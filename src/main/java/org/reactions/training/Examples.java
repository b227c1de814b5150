package org.reactions.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.reactions.corpus.CodePoints;
import org.reactions.corpus.SourceDocument;
import org.reactions.entities.Actor;
import org.reactions.entities.ActorType;
import org.reactions.nlp.AnnotatedDocument;
import org.reactions.nlp.Sentence;
import org.reactions.pipeline.Analyzer;
import org.reactions.stance.Label;
import org.reactions.stance.Labels;
import org.reactions.stance.StanceObservation;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.Mode;
import org.reactions.statements.SpeechCue;
import org.reactions.statements.Statement;

/**
 * Turns annotated documents into training examples: each document goes through the pipeline, and each gold
 * statement is paired with the statement the tool found in the same place for the same country, so that the model
 * learns from what it will see. A gold statement the tool did not find is made into a statement over its sentence,
 * spoken by the annotated speaker, so that no annotation is lost.
 */
public final class Examples {
    /** the attribution rule of a statement made from an annotation */
    public static final AttributionRuleId FROM_ANNOTATION = new AttributionRuleId("annotation", "a statement made from an annotation");

    private Examples() {
    }

    /** The examples of the documents, in their order; IllegalArgumentException for a label labels.tsv does not know. */
    public static List<Example> of(List<GoldDocument> documents, Analyzer analyzer) {
        List<Example> examples = new ArrayList<>();
        for (GoldDocument gold : documents) {
            SourceDocument source = new SourceDocument(gold.id(), gold.id(), gold.text(), null, 0, List.of());
            boolean[] found = new boolean[gold.statements().size()];
            List<StanceObservation> observed = analyzer.observe(source, (annotated, statements) -> {
                List<Statement> chosen = new ArrayList<>();
                for (int i = 0; i < gold.statements().size(); i++) {
                    Statement match = bestMatch(gold.statements().get(i), statements);
                    found[i] = match != null;
                    chosen.add(match != null ? match : fromAnnotation(gold.statements().get(i), annotated, gold.id()));
                }
                return chosen;
            });
            for (int i = 0; i < observed.size(); i++) {
                GoldStatement g = gold.statements().get(i);
                examples.add(new Example(gold.group(), gold.id(), observed.get(i), labels(g, gold.id(), analyzer.knowledge().labels()),
                        new TreeSet<>(g.targets()), found[i]));
            }
        }
        return examples;
    }

    private static Set<Label> labels(GoldStatement g, String where, Labels known) {
        Set<Label> labels = new TreeSet<>();
        for (String name : g.labels()) {
            try {
                labels.add(known.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage());
            }
        }
        if (labels.size() > 1) {
            labels.removeIf(Label::isFallback); // as the scorer reads it: OTHER beside another label says nothing
        }
        return labels;
    }

    /** The found statement of the gold's country that overlaps its words most, or null. */
    private static Statement bestMatch(GoldStatement gold, List<Statement> statements) {
        Statement best = null;
        int bestOverlap = 0;
        for (Statement s : statements) {
            int overlap = Math.min(s.end(), gold.end()) - Math.max(s.start(), gold.start());
            if (gold.country().equals(s.country()) && overlap > bestOverlap) {
                best = s;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /** A statement over the sentence that holds the gold statement's start, spoken by its annotated speaker. */
    private static Statement fromAnnotation(GoldStatement gold, AnnotatedDocument document, String documentId) {
        Sentence sentence = document.sentences().get(0);
        for (Sentence s : document.sentences()) {
            if (s.start() <= gold.start()) {
                sentence = s;
            }
        }
        String text = document.text().substring(sentence.start(), sentence.end());
        ActorType type = gold.speakerType().isEmpty() ? ActorType.PERSON : ActorType.parse(gold.speakerType());
        Actor speaker = new Actor(gold.speaker(), null, type, gold.country(), true, Actor.Origin.KNOWLEDGE_BASE);
        return new Statement(documentId, 0, sentence.index(), sentence.start(), sentence.end(), text, sentence.start(), sentence.end(),
                sentence.start(), null, List.of(), speaker, gold.direct() ? Mode.DIRECT : Mode.INDIRECT, SpeechCue.NONE, FROM_ANNOTATION, 1.0,
                List.of(), text, new CodePoints(document.text()));
    }
}
