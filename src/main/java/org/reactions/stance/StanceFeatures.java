package org.reactions.stance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reactions.knowledge.Clauses;
import org.reactions.stance.learned.SenseTable;
import org.reactions.stance.vocabulary.CameoMatch;
import org.reactions.stance.vocabulary.CameoVerbs;
import org.reactions.statements.Statement;

/**
 * The features of a statement that the learned stance model weighs, made to carry beyond the words seen in
 * training: each word's base form, and for nouns, verbs and adjectives their WordNet senses, hypernyms and
 * lexicographer classes ({@link SenseTable}); words in the scope of a negation or a modal marked as such; the
 * rules' labels and votes; the speech verb, the mode and the speaker's kind; and how the countries named stand
 * to the speaker (partner or not) and in the document's conflict (attacker or attacked).
 *
 * Prefixes: {@code w=} base form, {@code nw=} negated base form, {@code mw=} base form under a modal,
 * {@code b=} pair of base forms, {@code s=}/{@code h=}/{@code lf=} senses, hypernyms, lexicographer classes
 * (with {@code n} before them when negated), {@code r=} a rule label, {@code rv=} a rule vote's label and kind,
 * {@code rc=} the rule that voted, {@code sv=} the speech verb, {@code cn=} a country named, {@code c=} a word class,
 * {@code cameo=} a verb's CAMEO event code and its family ({@code ncameo=} negated).
 */
final class StanceFeatures {
    static final String BIAS = StanceObservation.BIAS;

    private final Clauses clauses;
    private final ModelWords modelWords;
    private final SenseTable senses;
    private final CameoVerbs verbs;

    StanceFeatures(Clauses clauses, ModelWords modelWords, SenseTable senses, CameoVerbs verbs) {
        this.clauses = clauses;
        this.modelWords = modelWords;
        this.senses = senses;
        this.verbs = verbs;
    }

    List<String> of(Statement statement, StatementWords words, RuleReading rules, Targets.Aim aim, Set<String> partners) {
        Set<String> f = new LinkedHashSet<>();
        f.add(BIAS);
        ruleFeatures(rules, f);
        wordFeatures(words, statement.country(), partners, f);
        f.add("sv=" + baseForm(statement.cue().toLowerCase(Locale.ROOT), "VERB"));
        f.add("mode=" + statement.mode().label());
        f.add("st=" + statement.speaker().type().label());
        countryFeatures(statement.country(), words, aim, partners, f);
        for (ModelWords.WordClass kind : ModelWords.WordClass.values()) {
            if (modelWords.occursIn(kind, words.words())) {
                f.add("c=" + kind);
            }
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
    private void wordFeatures(StatementWords words, String speakerCountry, Set<String> partners, Set<String> f) {
        String previous = null;
        boolean underModal = false;
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
                    f.add(previous == null ? "b=^_" + actor : "b=" + previous + "_" + actor);
                    previous = actor;
                }
                continue;
            }
            String base = baseForm(word, tag);
            f.add("w=" + base);
            if (previous != null) {
                f.add("b=" + previous + "_" + base);
            }
            previous = base;
            boolean negated = clauses.negated(words.words(), i, k -> k < words.size() && words.country(k) != null);
            if (negated) {
                f.add("nw=" + base);
            }
            if (modelWords.matchAt(ModelWords.WordClass.MODAL, words.words(), i) > i) {
                underModal = true;
            } else if (underModal && "VERB".equals(tag)) {
                f.add("mw=" + base);
                underModal = false;
            }
            for (String sense : senses.senses(base, wordNetPos(word, tag))) {
                f.add(negated ? "n" + sense : sense);
            }
            verbClass(words, i, tag, negated, f);
        }
    }

    /**
     * The verb's class in the CAMEO event dictionary, with the words its patterns name (its event code, and the
     * code's family of two digits): "denounced" is 111, criticise, of family 11, disapprove, as "slammed" is.
     */
    private void verbClass(StatementWords words, int i, String tag, boolean negated, Set<String> f) {
        if (tag != null && !"VERB".equals(tag) || !verbs.isVerbForm(words.word(i))) {
            return;
        }
        CameoMatch match = verbs.match(words.words().subList(0, clauses.clauseEnd(words.words(), i)), i);
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
