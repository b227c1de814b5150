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
import org.reactions.nlp.Token;

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
    /** every word of every name (as written), and of every phrase (lower case) */
    private final java.util.Set<String> nameWords = new java.util.HashSet<>();
    private final java.util.Set<String> phraseWords = new java.util.HashSet<>();
    private final SpellingVariants spelling;

    EntityLexicon(ActorKnowledgeBase kb, Function<String, String[]> tokenizer) {
        this.spelling = kb.spellingVariants();
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
        for (String key : phraseReadings.keySet()) {
            phraseWords.addAll(List.of(key.split(" ")));
        }
        this.names = new DictionaryNameFinder(nameDictionary, "name");
        this.phrases = new DictionaryNameFinder(phraseDictionary, "phrase");
    }

    /** Adds an entry as written and, where a word of it is spelled otherwise in British or American news, as respelled. */
    private void add(Dictionary dictionary, Map<String, List<Lexeme.Reading>> readings, String[] tokens,
                     Lexeme.Reading reading, boolean lowerCase) {
        addAsWritten(dictionary, readings, tokens, reading, lowerCase);
        String[] respelled = spelling.respelled(tokens);
        if (respelled != null) {
            addAsWritten(dictionary, readings, respelled, reading, lowerCase);
        }
    }

    private static void addAsWritten(Dictionary dictionary, Map<String, List<Lexeme.Reading>> readings, String[] tokens,
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
        int longestPhrase = 0;
        for (Span span : find(phrases, phraseWords, true, words, 0, words.length)) {
            at[span.getStart()] = new Lexeme(span.getStart(), span.getEnd(),
                    phraseReadings.get(key(words, span.getStart(), span.getEnd(), true)));
            longestPhrase = Math.max(longestPhrase, span.length());
        }
        for (Span span : find(names, nameWords, false, words, 0, words.length)) {
            Lexeme name = new Lexeme(span.getStart(), span.getEnd(), nameReadings.get(key(words, span.getStart(), span.getEnd(), false)));
            if (wins(name, at, longestPhrase) && !partOfALongerName(name, words)) {
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
        found.sort(java.util.Comparator.comparingInt(Lexeme::start));
        return found;
    }

    /**
     * Phrases in a stretch left uncovered when a name won an overlap ("Iranian parliament" | "speaker": the phrase
     * "parliament speaker" lost, but "speaker" is still a title).
     */
    private void addPhrasesBetween(String[] words, int from, int to, List<Lexeme> found) {
        if (to - from < 1 || (from == 0 && to == words.length)) {
            return;
        }
        for (Span span : find(phrases, phraseWords, true, words, from, to)) { // all in [from, to): none found yet starts there
            found.add(new Lexeme(span.getStart(), span.getEnd(), phraseReadings.get(key(words, span.getStart(), span.getEnd(), true))));
        }
    }

    /**
     * The dictionary's matches in words[from, to), as {@link DictionaryNameFinder#find} would give them, but looked
     * for only in the runs of words that occur in some entry: the finder tries every span of every length at every
     * position, and most words of a sentence ("the", "said") can be no part of a name.
     */
    private static List<Span> find(DictionaryNameFinder finder, java.util.Set<String> vocabulary, boolean lowerCase,
                                   String[] words, int from, int to) {
        List<Span> spans = new ArrayList<>();
        int run = from;
        for (int i = from; i <= to; i++) {
            boolean known = i < to && vocabulary.contains(lowerCase ? words[i].toLowerCase(Locale.ROOT) : words[i]);
            if (known) {
                continue;
            }
            if (i > run) {
                for (Span span : finder.find(java.util.Arrays.copyOfRange(words, run, i))) {
                    spans.add(new Span(span.getStart() + run, span.getEnd() + run, span.getType()));
                }
            }
            run = i + 1;
        }
        return spans;
    }

    /**
     * Whether a one-word outlet's name stands inside a longer capitalised name ("South African National Defence
     * Force" holds no "The National"): capitalised words (but "The") on both sides of it.
     */
    private static boolean partOfALongerName(Lexeme name, String[] words) {
        boolean outlet = name.end() - name.start() == 1 && name.readings().stream()
                .allMatch(r -> r instanceof Lexeme.Known k && k.actor().type() == ActorType.OUTLET);
        boolean before = name.start() > 0 && Token.isCapitalized(words[name.start() - 1]) && !words[name.start() - 1].equals("The");
        boolean after = name.end() < words.length && Token.isCapitalized(words[name.end()]);
        return outlet && before && after;
    }

    /** Whether a name match beats every phrase match it overlaps (phrases are at most {@code longestPhrase} long). */
    private static boolean wins(Lexeme name, Lexeme[] at, int longestPhrase) {
        for (int i = Math.max(0, name.start() - longestPhrase); i < name.end(); i++) {
            Lexeme phrase = at[i];
            if (phrase != null && phrase.start() < name.end() && name.start() < phrase.end()
                    && phrase.end() - phrase.start() > name.end() - name.start()) {
                return false;
            }
        }
        return true;
    }
}
