package org.reactions.stance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.reactions.knowledge.Clauses;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.learned.LinearModel;
import org.reactions.stance.learned.SenseTable;
import org.reactions.stance.vocabulary.CameoMatch;
import org.reactions.statements.Statement;

/**
 * The features of a statement that the learned stance model weighs, made to carry beyond the words seen in
 * training: each word's base form, and for nouns, verbs and adjectives their WordNet senses, hypernyms and
 * lexicographer classes ({@link SenseTable}); words in the scope of a negation or a modal marked as such; the
 * rules' labels and votes; the speech verb, the mode and the speaker's kind; and how the countries named stand
 * to the speaker (partner or not) and in the document's conflict (attacker or attacked).
 *
 * Prefixes: {@code w=} base form, {@code nw=} negated base form, {@code mw=} base form under a modal,
 * {@code b=} a pair of an actor and a base form ("condemn_@other": whom an act is aimed at), {@code s=}/{@code h=}/{@code lf=} senses, hypernyms, lexicographer classes
 * (with {@code n} before them when negated), {@code r=} a rule label, {@code rv=} a rule vote's label and kind,
 * {@code rc=} the rule that voted, {@code sv=} the speech verb, {@code cn=} a country named, {@code c=} a word class,
 * {@code cameo=} a verb's CAMEO event code and its family ({@code ncameo=} negated).
 */
final class StanceFeatures {
    static final String BIAS = StanceObservation.BIAS;

    private final Clauses clauses;
    private final ModelWords modelWords;
    /** how many words' base forms and senses are kept between statements (a run's vocabulary is mostly smaller) */
    private static final int CACHED_WORDS = 50_000;

    private final SenseTable senses;
    /**
     * each word's base form and senses by part-of-speech tag, then word: looked up once, not at every occurrence (the
     * words are the tokens' own lower-case strings, whose hash codes they keep)
     */
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.ConcurrentHashMap<String, Reading>> readings =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger cached = new java.util.concurrent.atomic.AtomicInteger();

    /** the model whose shared index positions are read into, or null (training reads names only) */
    private final LinearModel indexed;

    /**
     * What the sense table says of a word as tagged, with its feature "w=base" made once, and where the model's
     * index has its features: plainly ("w=", senses), negated ("nw=", "n" + senses) and under a modal ("mw=").
     */
    private record Reading(String base, String feature, List<String> senses, Positions at) {
    }

    /** A word's features as positions of the model's index, found once a word (-1 for a feature the model does not know). */
    private record Positions(int feature, int[] senses, int negated, int[] negatedSenses, int modal) {
        static final Positions NONE = new Positions(-1, new int[0], -1, new int[0], -1);
    }

    /** @param indexed a model whose classifiers share one index, to read features into positions of ({@link #positions}); or null */
    StanceFeatures(Clauses clauses, ModelWords modelWords, SenseTable senses, LinearModel indexed) {
        this.clauses = clauses;
        this.modelWords = modelWords;
        this.senses = senses;
        this.indexed = indexed;
    }

    /** The features of a statement by name: what training learns from and explanations show. */
    List<String> names(Statement statement, StatementWords words, RuleReading rules, Targets.Aim aim, Set<CountryCode> partners,
                       Set<ModelWords.WordClass> classes, CameoMatch[] verbMatches) {
        Names f = new Names();
        collect(statement, words, rules, aim, partners, classes, verbMatches, f);
        return List.copyOf(f.names);
    }

    /**
     * The same features as positions in the index of the model given at construction, sorted, each once, those it
     * does not know left out: what labelling a statement needs, without making or looking up most names.
     */
    int[] positions(Statement statement, StatementWords words, RuleReading rules, Targets.Aim aim, Set<CountryCode> partners,
                    Set<ModelWords.WordClass> classes, CameoMatch[] verbMatches) {
        IndexPositions f = new IndexPositions(indexed);
        collect(statement, words, rules, aim, partners, classes, verbMatches, f);
        return f.sortedOnce();
    }

    private void collect(Statement statement, StatementWords words, RuleReading rules, Targets.Aim aim, Set<CountryCode> partners,
                         Set<ModelWords.WordClass> classes, CameoMatch[] verbMatches, Sink f) {
        f.add(BIAS);
        ruleFeatures(rules, f);
        wordFeatures(words, statement.country(), partners, verbMatches, f);
        f.add("sv=" + reading(statement.cue().word(), "VERB").base());
        f.add("mode=" + statement.mode().label());
        f.add("st=" + statement.speaker().type().label());
        countryFeatures(statement.country(), words, aim, partners, f);
        for (ModelWords.WordClass kind : classes) {
            f.add("c=" + kind);
        }
    }

    /** Where features go: their names, or their positions in a model's index. */
    private interface Sink {
        void add(String feature);

        /** The word's own feature, "w=base". */
        void word(Reading reading);

        /** "nw=base": the word negated. */
        void negatedWord(Reading reading);

        /** The word's senses, each with "n" before it when negated. */
        void senses(Reading reading, boolean negated);

        /** "mw=base": a verb under a modal. */
        void underModal(Reading reading);
    }

    private static final class Names implements Sink {
        final Set<String> names = new LinkedHashSet<>();

        @Override
        public void add(String feature) {
            names.add(feature);
        }

        @Override
        public void word(Reading reading) {
            names.add(reading.feature());
        }

        @Override
        public void negatedWord(Reading reading) {
            names.add("nw=" + reading.base());
        }

        @Override
        public void senses(Reading reading, boolean negated) {
            for (String sense : reading.senses()) {
                names.add(negated ? "n" + sense : sense);
            }
        }

        @Override
        public void underModal(Reading reading) {
            names.add("mw=" + reading.base());
        }
    }

    private static final class IndexPositions implements Sink {
        private final LinearModel model;
        private int[] positions = new int[256];
        private int size;

        IndexPositions(LinearModel model) {
            this.model = model;
        }

        @Override
        public void add(String feature) {
            put(model.positionOf(feature));
        }

        @Override
        public void word(Reading reading) {
            put(reading.at().feature());
        }

        @Override
        public void negatedWord(Reading reading) {
            put(reading.at().negated());
        }

        @Override
        public void senses(Reading reading, boolean negated) {
            for (int position : negated ? reading.at().negatedSenses() : reading.at().senses()) {
                put(position);
            }
        }

        @Override
        public void underModal(Reading reading) {
            put(reading.at().modal());
        }

        private void put(int position) {
            if (position < 0) {
                return;
            }
            if (size == positions.length) {
                positions = java.util.Arrays.copyOf(positions, size * 2);
            }
            positions[size++] = position;
        }

        /** The positions sorted, each once: a feature counts once, as in a set of names. */
        int[] sortedOnce() {
            java.util.Arrays.sort(positions, 0, size);
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (kept == 0 || positions[kept - 1] != positions[i]) {
                    positions[kept++] = positions[i];
                }
            }
            return java.util.Arrays.copyOf(positions, kept);
        }
    }

    private static void ruleFeatures(RuleReading rules, Sink f) {
        for (Label label : rules.labels()) {
            f.add("r=" + label);
        }
        for (RuleVote vote : rules.votes()) {
            f.add("rv=" + vote.label() + "/" + vote.source());
            f.add("rc=" + vote.rule().name());
        }
    }

    /**
     * The features of each word. A mention of an actor reads as its relation to the speaker ("@partner"), so that
     * what is learned of "condemned Israel" carries to "condemned France".
     */
    private void wordFeatures(StatementWords words, CountryCode speakerCountry, Set<CountryCode> partners, CameoMatch[] verbMatches, Sink f) {
        String previous = null;
        boolean underModal = false;
        int firstNegation = clauses.firstNegation(words.words());
        for (int i = 0; i < words.size(); i++) {
            String word = words.word(i);
            String tag = words.tags().get(i);
            if (!hasLetterOrDigit(word) || "PUNCT".equals(tag)) {
                previous = null;
                underModal = false;
                continue;
            }
            if (words.mentioned().get(i) || words.named(i) != null) { // "Israel", "Israeli", "Netanyahu": the same word here
                if (i == 0 || !words.mentioned().get(i) || !words.mentioned().get(i - 1)) {
                    String actor = actorWord(words.country(i) != null ? words.country(i) : words.named(i), speakerCountry, partners);
                    f.add("w=" + actor);
                    f.add(previous == null ? "b=^_" + actor : "b=" + previous + "_" + actor); // to whom: "condemn_@other"
                    previous = actor;
                }
                continue;
            }
            Reading reading = reading(word, tag);
            String base = reading.base();
            f.word(reading);
            if (previous != null && previous.startsWith("@")) { // who does what: "@other_condemn" (word pairs alone overfit a crisis)
                f.add("b=" + previous + "_" + base);
            }
            previous = base;
            boolean negated = i > firstNegation && clauses.negated(words.words(), i, k -> k < words.size() && words.country(k) != null);
            if (negated) {
                f.negatedWord(reading);
            }
            if (modelWords.startsAt(ModelWords.WordClass.MODAL, words.words(), i)) {
                underModal = true;
            } else if (underModal && "VERB".equals(tag)) {
                f.underModal(reading);
                underModal = false;
            }
            f.senses(reading, negated);
            verbClass(verbMatches[i], negated, f);
        }
    }

    /**
     * The verb's class in the CAMEO event dictionary, with the words its patterns name (its event code, and the
     * code's family of two digits): "denounced" is 111, criticise, of family 11, disapprove, as "slammed" is.
     */
    private static void verbClass(CameoMatch match, boolean negated, Sink f) {
        if (match != null && match.code().length() >= 2) {
            String prefix = negated ? "ncameo=" : "cameo=";
            f.add(prefix + match.code());
            f.add(prefix + match.code().substring(0, 2));
        }
    }

    private static String actorWord(CountryCode country, CountryCode speakerCountry, Set<CountryCode> partners) {
        if (country == null) {
            return "@actor";
        }
        return country.equals(speakerCountry) ? "@self" : partners.contains(country) ? "@partner" : "@other";
    }

    private void countryFeatures(CountryCode speakerCountry, StatementWords words, Targets.Aim aim, Set<CountryCode> partners, Sink f) {
        for (int i = 0; i < words.size(); i++) {
            CountryCode country = words.country(i);
            if (country != null && country.equals(speakerCountry)) {
                f.add("cn=self");
            }
        }
        for (CountryCode country : aim.named()) {
            f.add(partners.contains(country) ? "cn=partner" : "cn=other");
            if (aim.struck().contains(country)) {
                f.add("cn=struck");
            } else if (aim.attacked().contains(country)) {
                f.add("cn=attacked");
            } else if (aim.attackers().contains(country)) {
                f.add("cn=attacker");
            }
        }
        if (aim.refersToAttack()) {
            f.add("cn=attack-referred");
        }
    }

    private Reading reading(String word, String tag) {
        java.util.concurrent.ConcurrentHashMap<String, Reading> ofTag = readings.computeIfAbsent(tag == null ? "" : tag,
                t -> new java.util.concurrent.ConcurrentHashMap<>());
        Reading known = ofTag.get(word);
        if (known != null) {
            return known;
        }
        String base = baseForm(word, tag);
        List<String> wordSenses = senses.senses(base, wordNetPos(word, tag));
        Reading reading = new Reading(base, "w=" + base, wordSenses, positions(base, wordSenses));
        if (cached.get() < CACHED_WORDS && ofTag.putIfAbsent(word, reading) == null) {
            cached.incrementAndGet();
        }
        return reading;
    }

    private Positions positions(String base, List<String> wordSenses) {
        if (indexed == null) {
            return Positions.NONE;
        }
        return new Positions(indexed.positionOf("w=" + base), wordSenses.stream().mapToInt(indexed::positionOf).toArray(),
                indexed.positionOf("nw=" + base), wordSenses.stream().mapToInt(sense -> indexed.positionOf("n" + sense)).toArray(),
                indexed.positionOf("mw=" + base));
    }

    /** A word's base form in its part of speech (the word itself where WordNet knows none). */
    String baseForm(String word, String tag) {
        char pos = wordNetPos(word, tag);
        String lemma = pos == 0 ? null : senses.lemma(word, pos);
        return lemma == null ? word : lemma;
    }

    /** WordNet's part of speech for a tagged word, 0 for none; an untagged word is read as a verb, else a noun. */
    private char wordNetPos(String word, String tag) {
        if (tag == null) {
            return senses.lemma(word, 'v') != null ? 'v' : 'n';
        }
        return switch (tag) {
            case "NOUN", "PROPN" -> 'n';
            case "VERB" -> 'v';
            case "ADJ" -> 'a';
            case "ADV" -> 'r';
            default -> 0;
        };
    }

    static boolean hasLetterOrDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
