package org.reactions.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Set;
import org.reactions.entities.DocumentEntities;
import org.reactions.knowledge.Clauses;
import org.reactions.nlp.AnnotatedDocument;
import org.reactions.stance.vocabulary.CameoVerbs;
import org.reactions.stance.vocabulary.EvaluativeLexicon;
import org.reactions.statements.Statement;

/**
 * Labels a statement's stance from the cues in the speaker's own words ({@link StatementWords}) and its speech
 * verb. A cue preceded by a negator in its clause is negated, which turns "help" from SOLIDARITY into
 * NON_INTERVENTION ("did not request help"); a cue in a circumstance clause ("amid fears of escalation") or in
 * another sense ("no support for the resolution") does not count. What a label becomes when it is aimed only at
 * partners, and whom it targets, is data (labels.tsv).
 */
public final class StanceLabeler {
    /** how far after a cue its target may be named, in words */
    private static final int TARGET_WINDOW = 5;

    private final StanceLexicon lexicon;
    private final Clauses clauses;
    private final Targets targets;
    private final HostileActs acts = HostileActs.bundled();
    private final OtherSenses otherSenses = OtherSenses.bundled();
    private final CameoCues cameo;
    private final Evaluation evaluation;
    private final Map<Label, LabelDefinition> definitions = new TreeMap<>();

    /** @param clauses the negation and clause service, shared with the statement stage */
    public StanceLabeler(StanceLexicon lexicon, Clauses clauses) {
        this.lexicon = lexicon;
        this.clauses = clauses;
        this.targets = new Targets(clauses, acts);
        this.evaluation = new Evaluation(EvaluativeLexicon.bundled(), clauses, lexicon.definitions());
        this.cameo = new CameoCues(CameoVerbs.bundled(), clauses, lexicon.definitions());
        lexicon.definitions().forEach(d -> definitions.put(d.label(), d));
    }

    /** A labeler for the statements of one document, which knows who attacked whom in it. */
    public DocumentLabeler forDocument(AnnotatedDocument document, DocumentEntities entities) {
        DocumentConflict conflict = new DocumentConflict(document, entities, acts);
        StatementWords.Reader reader = new StatementWords.Reader(document, entities);
        return statement -> label(statement, reader.of(statement), conflict);
    }

    /** Labels the statements of one document. */
    @FunctionalInterface
    public interface DocumentLabeler {
        LabeledStatement label(Statement statement);
    }

    private LabeledStatement label(Statement statement, StatementWords words, DocumentConflict conflict) {
        String speakerCountry = statement.country();
        Set<String> partners = lexicon.partnersOf(speakerCountry);
        List<CueMatch> matches = matches(words, partners);
        Targets.Aim aim = targets.aim(words, speakerCountry, conflict, statement.sentence());
        LabelVotes votes = new LabelVotes(definitions);
        for (CueMatch match : matches) {
            if (matches.stream().noneMatch(match::liesInside)) {
                votes.add(match.cue().label(), match.partnerTarget(), match.cue().label() + ": '"
                        + String.join(" ", words.words().subList(match.start(), match.end())) + "'" + (match.negated() ? " (negated)" : "")
                        + (match.partnerTarget() ? " aimed at a partner" : "") + ", cue '" + match.cue().pattern() + "' (" + match.cue().source() + ")");
            }
        }
        speechVerbLabel(statement, votes);
        for (CameoCues.Found found : cameo.find(words, i -> targetsPartner(words, i, partners))) {
            if (matches.stream().noneMatch(m -> m.start() <= found.start() && found.start() < m.end())) { // a cue speaks for its words
                votes.add(found.label(), found.partnerTarget(), found.evidence());
            }
        }
        evaluation.judge(words, aim, partners).ifPresent(found -> votes.addIfAbsent(found.label(), found.evidence()));
        Set<Label> labels = votes.labels(speakerCountry);
        List<String> evidence = votes.evidence();
        return new LabeledStatement(statement, labels, evidence, Targets.of(aim, labels, definitions, partners));
    }

    /** The speech verb labels too ("Russia regretted ...", "Beijing rejected ..."), when a one-word cue fits it. */
    private void speechVerbLabel(Statement statement, LabelVotes votes) {
        String verb = statement.cue().toLowerCase(java.util.Locale.ROOT);
        for (StanceCue cue : lexicon.startingWith(verb)) {
            if (cue.words().size() == 1 && cue.polarity() != StanceCue.Polarity.NEGATED && cue.target() == StanceCue.Target.ANY
                    && StanceCue.matches(cue.words().get(0), verb)) {
                votes.addIfAbsent(cue.label(), cue.label() + ": speech verb '" + statement.cue() + "', cue '" + cue.pattern() + "' (" + cue.source() + ")");
            }
        }
    }

    private List<CueMatch> matches(StatementWords words, Set<String> partners) {
        boolean namesPartner = words.countries().stream().anyMatch(country -> country != null && partners.contains(country));
        List<CueMatch> matches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (StanceCue cue : lexicon.startingWith(words.word(i))) {
                int end = cue.matchAt(words.words(), i);
                if (end < 0 || clauses.inCircumstance(words.words(), words.tags(), i) || otherSenses.at(words, i, clauses)
                        || grantsOrCredits(words, i, cue)) {
                    continue;
                }
                boolean negated = clauses.negated(words.words(), i, k -> k < words.size() && words.country(k) != null);
                if ((cue.polarity() == StanceCue.Polarity.AFFIRMED && negated) || (cue.polarity() == StanceCue.Polarity.NEGATED && !negated)) {
                    continue;
                }
                boolean partnerTarget = targetsPartner(words, end, partners);
                boolean targetMissing = switch (cue.target()) {
                    case ANY -> false;
                    case PARTNER -> !partnerTarget;
                    case PARTNER_NAMED -> !namesPartner;
                };
                if (!targetMissing) {
                    matches.add(new CueMatch(cue, i, end, negated, partnerTarget));
                }
            }
        }
        return matches;
    }

    /** A cue found at words [start, end). */
    private record CueMatch(StanceCue cue, int start, int end, boolean negated, boolean partnerTarget) {
        /**
         * Whether this match lies inside a longer match of another label, which then speaks for its words alone:
         * "avoid further escalation" is de-escalation, not a warning; "concerned over the strikes" is criticism.
         */
        boolean liesInside(CueMatch other) {
            return other.cue.label() != cue.label() && other.start <= start && end <= other.end && other.end - other.start > end - start;
        }
    }

    /**
     * Whether the words right after a cue name a partner as its target ("criticized the Kremlin", "dissatisfaction
     * with Moscow's inaction", "defended Russia's role"), not as the one an act is aimed at ("attack on Iran").
     */
    private boolean targetsPartner(StatementWords words, int from, Set<String> partners) {
        for (int j = from; j < Math.min(words.size(), from + TARGET_WINDOW); j++) {
            String country = words.country(j);
            if (country == null) {
                continue;
            }
            boolean aimedAt = j > from && acts.is(HostileActs.Kind.VICTIM, words.word(j - 1)); // a word of the cue itself does not count
            return partners.contains(country) && !aimedAt;
        }
        return false;
    }

    /**
     * Words that credit someone else's act or grant a right rather than state the speaker's stance: "thanked Russia
     * for condemning the attack" (a cue right after "for", when the cue's label turns toward partners), "Iran's
     * right to defend itself".
     */
    private boolean grantsOrCredits(StatementWords words, int i, StanceCue cue) {
        boolean credits = clauses.creditedAt(words.words(), i) && definitions.get(cue.label()).towardPartner() != null;
        return credits || clauses.grantedAt(words.words(), i);
    }
}
