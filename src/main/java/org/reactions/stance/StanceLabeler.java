package org.reactions.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.reactions.entities.DocumentEntities;
import org.reactions.knowledge.Clauses;
import org.reactions.knowledge.CountryCode;
import org.reactions.nlp.AnnotatedDocument;
import org.reactions.stance.learned.SenseTable;
import org.reactions.stance.vocabulary.CameoMatch;
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
    private final HostileActs acts;
    private final OtherSenses otherSenses;
    private final CameoCues cameo;
    private final Evaluation evaluation;
    private final Labels labels;
    private final Map<Label, LabelDefinition> definitions = new TreeMap<>();
    private final ModelWords modelWords;
    private final StanceFeatures features;
    private final TargetCandidates candidates;
    private final StanceModel model;

    /**
     * A labeler by the rules alone, whose observations read these senses (training reads all of WordNet's).
     *
     * @param clauses the negation and clause service, shared with the statement stage
     */
    public StanceLabeler(StanceKnowledge knowledge, Clauses clauses, SenseTable senses) {
        this(knowledge, clauses, senses, null);
    }

    /** A labeler by the learned model on top of the rules. */
    public StanceLabeler(StanceKnowledge knowledge, Clauses clauses, StanceModel model) {
        this(knowledge, clauses, model.senses(), model);
    }

    private StanceLabeler(StanceKnowledge knowledge, Clauses clauses, SenseTable senses, StanceModel model) {
        this.lexicon = knowledge.lexicon();
        this.clauses = clauses;
        this.acts = knowledge.acts();
        this.otherSenses = knowledge.otherSenses();
        this.targets = new Targets(clauses, acts);
        Labels labels = knowledge.labels();
        this.evaluation = new Evaluation(knowledge.evaluative(), clauses, labels.definitions());
        this.cameo = new CameoCues(knowledge.cameo(), clauses, labels);
        labels.definitions().forEach(d -> definitions.put(d.label(), d));
        this.labels = labels;
        this.modelWords = knowledge.modelWords();
        this.features = new StanceFeatures(clauses, modelWords, senses, model == null ? null : model.sharedIndex());
        this.candidates = new TargetCandidates(clauses, acts, targets);
        this.model = model;
    }

    /** A labeler for the statements of one document, which knows who attacked whom in it. */
    public DocumentLabeler forDocument(AnnotatedDocument document, DocumentEntities entities) {
        DocumentConflict conflict = new DocumentConflict(document, entities, acts);
        StatementWords.Reader reader = new StatementWords.Reader(document, entities);
        return new DocumentLabeler() {
            @Override
            public LabeledStatement label(Statement statement) {
                if (model == null) { // the rules alone: no features to compute
                    RuleReading rules = read(statement, reader.of(statement), conflict).rules();
                    return new LabeledStatement(statement, rules.labels(), LabeledStatement.lazily(() -> withTargets(rules)), rules.labelTargets());
                }
                return model.decide(observe(statement), lexicon.partnersOf(statement.country()), lexicon::fromUser);
            }

            @Override
            public StanceObservation observe(Statement statement) {
                return StanceLabeler.this.observe(statement, reader.of(statement), conflict);
            }
        };
    }

    /** The rules' evidence, and why each label has the targets it has: the rule of labels.tsv that chose them. */
    private List<StanceReason> withTargets(RuleReading rules) {
        List<StanceReason> reasons = new ArrayList<>(rules.evidence());
        rules.labelTargets().forEach((label, countries) -> definitions.get(label).targetReason(countries, false).ifPresent(reasons::add));
        return reasons;
    }

    /** Labels the statements of one document, and tells what the model reads in each. */
    public interface DocumentLabeler {
        LabeledStatement label(Statement statement);

        StanceObservation observe(Statement statement);
    }

    private StanceObservation observe(Statement statement, StatementWords words, DocumentConflict conflict) {
        Reading reading = read(statement, words, conflict);
        Set<ModelWords.WordClass> classes = modelWords.classesIn(words.words());
        RuleReading rules = reading.rules();
        List<TargetCandidate> candidates = LazyList.of(() -> this.candidates.of(words, statement.country(), reading.aim(), reading.partners(), classes));
        if (model == null || model.sharedIndex() == null) {
            return new StanceObservation(statement, rules,
                    features.names(statement, words, rules, reading.aim(), reading.partners(), classes, reading.verbMatches()), null, candidates);
        }
        return new StanceObservation(statement, rules,
                LazyList.of(() -> features.names(statement, words, rules, reading.aim(), reading.partners(), classes, reading.verbMatches())),
                features.positions(statement, words, rules, reading.aim(), reading.partners(), classes, reading.verbMatches()), candidates);
    }

    /**
     * What the rules read, with what the features read too: whom the words aim at, the speaker's partners, the
     * CAMEO reading of each verb.
     */
    private record Reading(RuleReading rules, Targets.Aim aim, Set<CountryCode> partners, CameoMatch[] verbMatches) {
    }

    private Reading read(Statement statement, StatementWords words, DocumentConflict conflict) {
        Set<CountryCode> partners = lexicon.partnersOf(statement.country());
        Targets.Aim aim = targets.aim(words, statement.country(), conflict, statement.sentence());
        CameoMatch[] verbMatches = cameo.verbMatches(words);
        return new Reading(rules(statement, words, aim, partners, verbMatches), aim, partners, verbMatches);
    }

    private RuleReading rules(Statement statement, StatementWords words, Targets.Aim aim, Set<CountryCode> partners, CameoMatch[] verbMatches) {
        CountryCode speakerCountry = statement.country();
        List<CueMatch> matches = matches(words, partners);
        LabelVotes votes = new LabelVotes(labels);
        for (CueMatch match : matches) {
            if (matches.stream().noneMatch(match::liesInside)) {
                StanceCue cue = match.cue();
                votes.add(new RuleVote(cue.label(), RuleVote.Source.CUE, cue.pattern(), match.negated(), match.partnerTarget()),
                        new StanceReason.Cue(cue.label(), String.join(" ", words.words().subList(match.start(), match.end())), match.negated(),
                                match.partnerTarget(), cue.pattern(), cue.source()));
            }
        }
        speechVerbLabel(statement, votes);
        for (CameoCues.Found found : cameo.find(words, verbMatches, i -> targetsPartner(words, i, partners))) {
            if (matches.stream().noneMatch(m -> m.start() <= found.start() && found.start() < m.end())) { // a cue speaks for its words
                votes.add(new RuleVote(found.label(), RuleVote.Source.CAMEO, found.code(), found.negated(), found.partnerTarget()), found.evidence());
            }
        }
        evaluation.judge(words, aim, partners).ifPresent(found ->
                votes.addIfAbsent(new RuleVote(found.label(), RuleVote.Source.EVALUATION, found.word(), false, false), found));
        Set<Label> labels = votes.labels(speakerCountry);
        return new RuleReading(labels, Targets.of(aim, labels, definitions, partners), votes.votes(), votes.evidence());
    }

    /** The speech verb labels too ("Russia regretted ...", "Beijing rejected ..."), when a one-word cue fits it. */
    private void speechVerbLabel(Statement statement, LabelVotes votes) {
        String verb = statement.cue().word();
        for (StanceCue cue : lexicon.startingWith(verb)) {
            if (cue.words().size() == 1 && cue.polarity() != StanceCue.Polarity.NEGATED && cue.target() == StanceCue.Target.ANY
                    && StanceCue.matches(cue.words().get(0), verb)) {
                votes.addIfAbsent(new RuleVote(cue.label(), RuleVote.Source.SPEECH_VERB, cue.pattern(), false, false),
                        new StanceReason.SpeechVerb(cue.label(), verb, cue.pattern(), cue.source()));
            }
        }
    }

    private List<CueMatch> matches(StatementWords words, Set<CountryCode> partners) {
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
    private boolean targetsPartner(StatementWords words, int from, Set<CountryCode> partners) {
        for (int j = from; j < Math.min(words.size(), from + TARGET_WINDOW); j++) {
            CountryCode country = words.country(j);
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
