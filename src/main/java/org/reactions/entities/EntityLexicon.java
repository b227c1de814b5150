package org.reactions.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;

/**
 * The knowledge base turned into two OpenNLP {@link DictionaryNameFinder}s: names (case-sensitive: actors,
 * countries, metonyms, demonyms) and phrases (case-insensitive: titles, institution kinds, pronouns). Entries are
 * tokenized with the same tokenizer as the text so that "People's Republic of China" matches token for token.
 * Immutable and safe to share between threads.
 */
final class EntityLexicon {
    private final DictionaryNameFinder names;
    private final DictionaryNameFinder phrases;
    private final Map<String, List<Lexeme.Reading>> nameReadings = new HashMap<>();
    private final Map<String, List<Lexeme.Reading>> phraseReadings = new HashMap<>();
    /** every word of every name, for looking up names written in capitals */
    private final java.util.Set<String> nameWords = new java.util.HashSet<>();

    EntityLexicon(ActorKnowledgeBase kb, Function<String, String[]> tokenizer) {
        Dictionary nameDictionary = new Dictionary(true);
        Dictionary phraseDictionary = new Dictionary(false);
        for (KnownActor known : kb.actors()) {
            for (String surface : known.surfaces()) {
                add(nameDictionary, nameReadings, tokenizer.apply(surface), new Lexeme.Known(known.actor()), false);
            }
        }
        for (Country country : kb.countries()) {
            add(nameDictionary, nameReadings, tokenizer.apply(country.name()), new Lexeme.StateName(country), false);
            for (String alias : country.aliases()) {
                add(nameDictionary, nameReadings, tokenizer.apply(alias), new Lexeme.StateName(country), false);
            }
            for (String demonym : country.demonyms()) {
                add(nameDictionary, nameReadings, tokenizer.apply(demonym), new Lexeme.Demonym(country), false);
            }
        }
        for (String name : kb.notActors()) {
            add(nameDictionary, nameReadings, tokenizer.apply(name), new Lexeme.NotActor(), false);
        }
        for (Title title : kb.titles()) {
            add(phraseDictionary, phraseReadings, tokenizer.apply(title.phrase()), new Lexeme.TitleWord(title), true);
        }
        for (InstitutionKind kind : kb.institutionKinds()) {
            add(phraseDictionary, phraseReadings, tokenizer.apply(kind.phrase()), new Lexeme.Kind(kind), true);
        }
        kb.pronouns().forEach((phrase, anaphor) ->
                add(phraseDictionary, phraseReadings, tokenizer.apply(phrase), new Lexeme.Pronoun(anaphor), true));
        for (String key : nameReadings.keySet()) {
            nameWords.addAll(List.of(key.split(" ")));
        }
        this.names = new DictionaryNameFinder(nameDictionary, "name");
        this.phrases = new DictionaryNameFinder(phraseDictionary, "phrase");
    }

    private static void add(Dictionary dictionary, Map<String, List<Lexeme.Reading>> readings, String[] tokens,
                            Lexeme.Reading reading, boolean lowerCase) {
        if (!lowerCase && tokens.length > 1 && tokens[0].equalsIgnoreCase("the")) {
            tokens = java.util.Arrays.copyOfRange(tokens, 1, tokens.length); // the grammar reads determiners itself
        }
        if (tokens.length == 0) {
            return;
        }
        dictionary.put(new StringList(tokens));
        List<Lexeme.Reading> list = readings.computeIfAbsent(key(tokens, 0, tokens.length, lowerCase), k -> new ArrayList<>(1));
        if (!list.contains(reading)) {
            list.add(reading);
        }
    }

    private static String key(String[] tokens, int start, int end, boolean lowerCase) {
        String key = String.join(" ", java.util.Arrays.copyOfRange(tokens, start, end));
        return lowerCase ? key.toLowerCase(Locale.ROOT) : key;
    }

    /** Whether a single word is a name of the dictionary as written ("IRGC", "NATO"). */
    boolean knowsName(String word) {
        return nameReadings.containsKey(word);
    }

    /** Whether a word occurs in some name of the dictionary ("Araghchi", "Wang"). */
    boolean isNameWord(String word) {
        return nameWords.contains(word);
    }

    /**
     * The dictionary matches of a sentence, left to right, never overlapping: where a name and a phrase overlap,
     * the longer wins, and a name wins a tie.
     */
    List<Lexeme> find(String[] words) {
        Lexeme[] at = new Lexeme[words.length];
        for (Span span : phrases.find(words)) {
            at[span.getStart()] = new Lexeme(span.getStart(), span.getEnd(),
                    phraseReadings.get(key(words, span.getStart(), span.getEnd(), true)));
        }
        for (Span span : names.find(words)) {
            Lexeme name = new Lexeme(span.getStart(), span.getEnd(), nameReadings.get(key(words, span.getStart(), span.getEnd(), false)));
            if (wins(name, at)) {
                for (int i = name.start(); i < name.end(); i++) {
                    at[i] = null;
                }
                at[name.start()] = name;
            }
        }
        List<Lexeme> found = new ArrayList<>();
        int covered = 0;
        for (Lexeme lexeme : at) {
            if (lexeme != null && lexeme.start() >= covered) {
                addPhrasesBetween(words, covered, lexeme.start(), found);
                found.add(lexeme);
                covered = lexeme.end();
            }
        }
        addPhrasesBetween(words, covered, words.length, found);
        return found;
    }

    /**
     * Phrases in a stretch left uncovered when a name won an overlap ("Iranian parliament" | "speaker": the phrase
     * "parliament speaker" lost, but "speaker" is still a title).
     */
    private void addPhrasesBetween(String[] words, int from, int to, List<Lexeme> found) {
        if (to - from < 1 || from == 0 && to == words.length) {
            return;
        }
        String[] gap = java.util.Arrays.copyOfRange(words, from, to);
        for (Span span : phrases.find(gap)) {
            int start = from + span.getStart();
            int end = from + span.getEnd();
            if (found.stream().noneMatch(l -> l.start() == start)) {
                found.add(new Lexeme(start, end, phraseReadings.get(key(words, start, end, true))));
            }
        }
    }

    /** Whether a name match beats every phrase match it overlaps. */
    private static boolean wins(Lexeme name, Lexeme[] at) {
        for (int i = 0; i < at.length; i++) {
            Lexeme phrase = at[i];
            if (phrase != null && phrase.start() < name.end() && name.start() < phrase.end()
                    && phrase.end() - phrase.start() > name.end() - name.start()) {
                return false;
            }
        }
        return true;
    }
}
