package org.reactions.stance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reactions.entities.DocumentEntities;
import org.reactions.entities.Mention;
import org.reactions.knowledge.Negators;
import org.reactions.nlp.AnnotatedDocument;
import org.reactions.nlp.Sentence;
import org.reactions.nlp.Token;
import org.reactions.statements.Statement;

/**
 * Labels a statement's stance from the cues in the speaker's own words: the quoted words, and the reported clause
 * from the speaker's mention on. A cue preceded by a negator in its clause is negated, which turns "help" from
 * SOLIDARITY into NON_INTERVENTION ("did not request help"). Criticism aimed only at partners of the speaker's
 * country is a GRIEVANCE.
 */
public final class StanceLabeler {
    /** words that end a clause, so that a negation before them does not reach a cue after them */
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "—", "–", "(", ")", "\"", "but", "yet", "while",
            "whereas", "although", "though", "because", "that", "which", "who");

    private final StanceLexicon lexicon;
    private final Negators negators;

    public StanceLabeler(StanceLexicon lexicon, Negators negators) {
        this.lexicon = lexicon;
        this.negators = negators;
    }

    public LabeledStatement label(Statement statement, AnnotatedDocument document, DocumentEntities entities) {
        List<String> words = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (Sentence sentence : document.sentences()) {
            if (sentence.end() <= statement.scopeStart() || sentence.start() >= statement.scopeEnd()) {
                continue;
            }
            for (int i = 0; i < sentence.size(); i++) {
                Token t = sentence.token(i);
                boolean inScope = t.start() >= statement.scopeStart() && t.end() <= statement.scopeEnd();
                boolean own = t.start() >= statement.clauseStart() || t.quoted() || t.isQuoteMark();
                if (inScope && own) {
                    words.add(t.lower());
                }
            }
            for (Mention m : entities.inSentence(sentence.index())) {
                Token first = sentence.token(m.start());
                if (m.actor() != null && m.actor().country() != null && first.start() >= statement.scopeStart()
                        && first.start() < statement.scopeEnd()) {
                    named.add(m.actor().country());
                }
            }
        }
        Set<Label> labels = EnumSet.noneOf(Label.class);
        List<String> evidence = new ArrayList<>();
        String country = statement.country();
        Set<String> partners = lexicon.partnersOf(country);
        boolean partnerNamed = named.stream().anyMatch(partners::contains);
        for (StanceCue cue : lexicon.cues()) {
            if (cue.partner() && !partnerNamed) {
                continue;
            }
            for (int i = 0; i < words.size(); i++) {
                int end = cue.matchAt(words, i);
                if (end < 0) {
                    continue;
                }
                boolean negated = negatedAt(words, i);
                if ((cue.polarity() == StanceCue.Polarity.AFFIRMED && negated) || (cue.polarity() == StanceCue.Polarity.NEGATED && !negated)) {
                    continue;
                }
                labels.add(cue.label());
                evidence.add(cue.label() + ": '" + String.join(" ", words.subList(i, end)) + "'" + (negated ? " (negated)" : "")
                        + " matches '" + cue.pattern() + "' (" + cue.source() + ")");
                break;
            }
        }
        if (labels.contains(Label.CONDEMNATION) && partnerNamed
                && named.stream().allMatch(c -> c.equals(country) || partners.contains(c))) {
            labels.remove(Label.CONDEMNATION);
            labels.add(Label.GRIEVANCE);
            evidence.add("GRIEVANCE: the criticism names only partners of " + country);
        }
        if (labels.isEmpty()) {
            labels.add(Label.OTHER);
            evidence.add("OTHER: no stance cue");
        }
        return new LabeledStatement(statement, labels, evidence);
    }

    /** Whether a negator stands before word i in its clause ("did not request help", "refrained from offering support"). */
    private boolean negatedAt(List<String> words, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (CLAUSE_BREAKS.contains(words.get(j))) {
                return false;
            }
            if (negators.endsAt(words, j + 1) && !(j + 1 < words.size() && (words.get(j + 1).equals("only") || words.get(j + 1).equals("even")))) {
                return true;
            }
        }
        return false;
    }
}
