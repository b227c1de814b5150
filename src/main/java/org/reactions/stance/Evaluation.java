package org.reactions.stance;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reactions.knowledge.Clauses;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.vocabulary.EvaluativeLexicon;

/**
 * Criticism or praise that no cue names, from a general evaluative lexicon (VADER's clearly rated words, without
 * the words that only describe conflict events): "a grave mistake" said of a country that is no partner of the
 * speaker's is criticism. Only with such a target: a victory speech or the description of a drill judges no one.
 * Which label each polarity gives is data (labels.tsv, column evaluation).
 */
final class Evaluation {
    /** the parts of speech that judge (Universal Dependencies tags): adjectives and adverbs */
    private static final Set<String> JUDGING_TAGS = Set.of("ADJ", "ADV");

    private final EvaluativeLexicon lexicon;
    private final Clauses clauses;
    private Label negativeLabel;
    private Label positiveLabel;

    Evaluation(EvaluativeLexicon lexicon, Clauses clauses, List<LabelDefinition> definitions) {
        this.lexicon = lexicon;
        this.clauses = clauses;
        for (LabelDefinition d : definitions) {
            if (d.evaluation() == LabelDefinition.Evaluation.NEGATIVE) {
                negativeLabel = d.label();
            } else if (d.evaluation() == LabelDefinition.Evaluation.POSITIVE) {
                positiveLabel = d.label();
            }
        }
    }

    /** The label of the first evaluative word whose target condition holds, if any. */
    Optional<StanceReason.EvaluativeWord> judge(StatementWords words, Targets.Aim aim, Set<CountryCode> partners) {
        boolean accusesOthers = aim.accused().stream().anyMatch(country -> !partners.contains(country));
        boolean namesPartner = aim.named().stream().anyMatch(partners::contains);
        for (int i = 0; i < words.size(); i++) {
            String word = words.word(i);
            String tag = words.tags().get(i);
            boolean judges = tag == null || JUDGING_TAGS.contains(tag); // nouns and verbs tell of events: "deaths", "killed"
            if (!judges || lexicon.isConflictTopic(word) || clauses.inCircumstance(words.words(), words.tags(), i)
                    || clauses.negated(words.words(), i, k -> k < words.size() && words.country(k) != null)) {
                continue;
            }
            Label label = lexicon.isNegative(word) && accusesOthers ? negativeLabel
                    : lexicon.isPositive(word) && namesPartner ? positiveLabel : null;
            if (label != null) {
                return Optional.of(new StanceReason.EvaluativeWord(label, word, lexicon.valence(word), EvaluativeLexicon.FILE, label != negativeLabel));
            }
        }
        return Optional.empty();
    }
}
