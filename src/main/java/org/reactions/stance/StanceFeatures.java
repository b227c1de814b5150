package org.reactions.stance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reactions.knowledge.Clauses;
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

    /** What the sense table says of a word as tagged, with its feature "w=base" made once. */
    private record Reading(String base, String feature, List<String> senses) {
    }

    StanceFeatures(Clauses clauses, ModelWords modelWords, SenseTable senses) {
        this.clauses = clauses;
        this.modelWords = modelWords;
        this.senses = senses;
    }

    List<String> of(Statement statement, StatementWords words, RuleReading rules, Targets.Aim aim, Set<String> partners,
                    Set<ModelWords.WordClass> classes, CameoMatch[] verbMatches) {
        Set<String> f = new LinkedHashSet<>();
        f.add(BIAS);
        ruleFeatures(rules, f);
        wordFeatures(words, statement.country(), partners, verbMatches, f);
        f.add("sv=" + reading(statement.cue().toLowerCase(Locale.ROOT), "VERB").base());
        f.add("mode=" + statement.mode().label());
        f.add("st=" + statement.speaker().type().label());
        countryFeatures(statement.country(), words, aim, partners, f);
        for (ModelWords.WordClass kind : classes) {
            f.add("c=" + kind);
        }
        return List.copyOf(f);
    }

    private static void ruleFeatures(RuleReading rules, Set<String> f) {
        for (Label label : rules.labels()) {
            f.add("r=" + label);
        }
        for (RuleVote vote : rules.votes()) {
            f.add("rv=" + vote.label() + "/" + vote.source());
            f.add("rc=" + vote.ruleId());
        }
    }

    /**
     * The features of each word. A mention of an actor reads as its relation to the speaker ("@partner"), so that
     * what is learned of "condemned Israel" carries to "condemned France".
     */
    private void wordFeatures(StatementWords words, String speakerCountry, Set<String> partners, CameoMatch[] verbMatches, Set<String> f) {
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
            f.add(reading.feature());
            if (previous != null && previous.startsWith("@")) { // who does what: "@other_condemn" (word pairs alone overfit a crisis)
                f.add("b=" + previous + "_" + base);
            }
            previous = base;
            boolean negated = i > firstNegation && clauses.negated(words.words(), i, k -> k < words.size() && words.country(k) != null);
            if (negated) {
                f.add("nw=" + base);
            }
            if (modelWords.startsAt(ModelWords.WordClass.MODAL, words.words(), i)) {
                underModal = true;
            } else if (underModal && "VERB".equals(tag)) {
                f.add("mw=" + base);
                underModal = false;
            }
            for (String sense : reading.senses()) {
                f.add(negated ? "n" + sense : sense);
            }
            verbClass(verbMatches[i], negated, f);
        }
    }

    /**
     * The verb's class in the CAMEO event dictionary, with the words its patterns name (its event code, and the
     * code's family of two digits): "denounced" is 111, criticise, of family 11, disapprove, as "slammed" is.
     */
    private static void verbClass(CameoMatch match, boolean negated, Set<String> f) {
        if (match != null && match.code().length() >= 2) {
            String prefix = negated ? "ncameo=" : "cameo=";
            f.add(prefix + match.code());
            f.add(prefix + match.code().substring(0, 2));
        }
    }

    private static String actorWord(String country, String speakerCountry, Set<String> partners) {
        if (country == null) {
            return "@actor";
        }
        return country.equals(speakerCountry) ? "@self" : partners.contains(country) ? "@partner" : "@other";
    }

    private void countryFeatures(String speakerCountry, StatementWords words, Targets.Aim aim, Set<String> partners, Set<String> f) {
        for (int i = 0; i < words.size(); i++) {
            String country = words.country(i);
            if (country != null && country.equals(speakerCountry)) {
                f.add("cn=self");
            }
        }
        for (String country : aim.named()) {
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
        Reading reading = new Reading(base, "w=" + base, senses.senses(base, wordNetPos(word, tag)));
        if (cached.get() < CACHED_WORDS && ofTag.putIfAbsent(word, reading) == null) {
            cached.incrementAndGet();
        }
        return reading;
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
