package org.reactions.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reactions.entities.DocumentEntities;
import org.reactions.entities.Mention;
import org.reactions.knowledge.CountryCode;
import org.reactions.nlp.AnnotatedDocument;
import org.reactions.nlp.Sentence;
import org.reactions.nlp.TextOrder;
import org.reactions.nlp.Token;
import org.reactions.statements.Statement;

/**
 * The words a statement's speaker owns (the quoted words, and the reported clause from the speaker's mention on),
 * lower case, with the part-of-speech tag of each and the country of a mention starting at it.
 *
 * @param words     the words, lower case; hyphenated words joined ("de-escalation")
 * @param tags      each word's part-of-speech tag, or null where the sentence was not tagged
 * @param countries the country of an actor mention starting at each word, or null
 * @param mentioned whether each word lies in an actor mention
 * @param named     the country of any word that names or stands for one starting at each word ("Israeli"), or null
 * @param before    the countries named in the sentence before the statement's, which its words may refer to
 */
record StatementWords(List<String> words, List<String> tags, List<CountryCode> countries, List<Boolean> mentioned, List<CountryCode> named,
                      java.util.Set<CountryCode> before) {

    static StatementWords of(Statement statement, AnnotatedDocument document, DocumentEntities entities) {
        return new Reader(document, entities).of(statement);
    }

    /**
     * Reads the statements of one document. What it knows of a sentence (the country of each mention, the words
     * inside mentions) is worked out once, and only the tokens of a statement's own part are visited, so that a
     * sentence holding thousands of statements costs no more per statement than a short one.
     */
    static final class Reader {
        private final AnnotatedDocument document;
        private final DocumentEntities entities;
        private final Map<Integer, CountryCode[]> countries = new HashMap<>();
        private final Map<Integer, boolean[]> mentioned = new HashMap<>();
        private final Map<Integer, CountryCode[]> named = new HashMap<>();
        private final Map<Integer, java.util.Set<CountryCode>> namedIn = new HashMap<>();

        Reader(AnnotatedDocument document, DocumentEntities entities) {
            this.document = document;
            this.entities = entities;
        }

        StatementWords of(Statement statement) {
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            List<CountryCode> countryList = new ArrayList<>();
            List<Boolean> mentionedList = new ArrayList<>();
            List<CountryCode> namedList = new ArrayList<>();
            List<Sentence> sentences = document.sentences();
            int firstSentence = TextOrder.firstNotBefore(sentences.size(), n -> sentences.get(n).end() <= statement.scopeStart());
            for (int index = firstSentence; index < sentences.size(); index++) {
                Sentence sentence = sentences.get(index);
                if (sentence.start() >= statement.scopeEnd()) {
                    break;
                }
                CountryCode[] countryAt = countries.computeIfAbsent(index, i -> countriesAt(sentence, entities));
                boolean[] inMention = mentioned.computeIfAbsent(index, i -> inMentions(sentence, entities));
                CountryCode[] namedAt = named.computeIfAbsent(index, i -> namedAt(sentence, entities));
                int firstToken = TextOrder.firstNotBefore(sentence.size(), t -> sentence.token(t).start() < statement.scopeStart());
                for (int i = firstToken; i < sentence.size(); i++) {
                    Token t = sentence.token(i);
                    document.work().step();
                    if (t.start() >= statement.scopeEnd()) {
                        break;
                    }
                    boolean inScope = t.end() <= statement.scopeEnd();
                    boolean own = t.start() >= statement.clauseStart() || t.quoted() || t.isQuoteMark();
                    if (!inScope || !own) {
                        continue;
                    }
                    boolean joinsHyphen = !words.isEmpty() && i > 0 && sentence.token(i - 1).end() == t.start()
                            && (t.text().equals("-") || words.get(words.size() - 1).endsWith("-"));
                    if (joinsHyphen) { // the tokenizer splits "de-escalation" into three tokens; cues are whole words
                        words.set(words.size() - 1, words.get(words.size() - 1) + t.lower());
                    } else {
                        words.add(t.lower());
                        tags.add(t.tag());
                        countryList.add(countryAt[i]);
                        mentionedList.add(inMention[i]);
                        namedList.add(namedAt[i]);
                    }
                }
            }
            return new StatementWords(List.copyOf(words), java.util.Collections.unmodifiableList(tags),
                    java.util.Collections.unmodifiableList(countryList), List.copyOf(mentionedList),
                    java.util.Collections.unmodifiableList(namedList), namedBefore(firstSentence));
        }

        /** The countries named in the sentence before a statement's first sentence (worked out once a sentence). */
        private java.util.Set<CountryCode> namedBefore(int sentence) {
            if (sentence == 0 || sentence > document.sentences().size()) {
                return java.util.Set.of();
            }
            return namedIn.computeIfAbsent(sentence - 1, before -> {
                java.util.Set<CountryCode> countries = new java.util.TreeSet<>();
                for (CountryCode country : named.computeIfAbsent(before, i -> namedAt(document.sentences().get(i), entities))) {
                    if (country != null) {
                        countries.add(country);
                    }
                }
                return java.util.Collections.unmodifiableSet(countries);
            });
        }
    }

    /** The country of any word naming or standing for one (a mention's, or a country word's) at each token. */
    private static CountryCode[] namedAt(Sentence sentence, DocumentEntities entities) {
        CountryCode[] namedAt = countriesAt(sentence, entities);
        for (org.reactions.entities.CountryWord word : entities.countryWordsIn(sentence.index())) {
            if (namedAt[word.start()] == null) {
                namedAt[word.start()] = word.country();
            }
        }
        return namedAt;
    }

    private static boolean[] inMentions(Sentence sentence, DocumentEntities entities) {
        boolean[] inMention = new boolean[sentence.size()];
        for (Mention m : entities.inSentence(sentence.index())) {
            java.util.Arrays.fill(inMention, m.start(), m.end(), true);
        }
        return inMention;
    }

    /** The country of the actor mention starting at each token of a sentence (not an outlet's), or null. */
    static CountryCode[] countriesAt(Sentence sentence, DocumentEntities entities) {
        CountryCode[] countryAt = new CountryCode[sentence.size()];
        for (Mention m : entities.inSentence(sentence.index())) {
            // an outlet's country is no party: "told Reuters" aims at no one
            if (m.actor() != null && m.actor().country() != null && m.actor().type() != org.reactions.entities.ActorType.OUTLET) {
                countryAt[m.start()] = m.actor().country();
            }
        }
        return countryAt;
    }

    int size() {
        return words.size();
    }

    String word(int i) {
        return words.get(i);
    }

    CountryCode country(int i) {
        return countries.get(i);
    }

    CountryCode named(int i) {
        return named.get(i);
    }
}
