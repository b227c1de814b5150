package org.reactions.entities;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.reactions.knowledge.CountryCode;
import org.reactions.knowledge.FunctionWords;
import org.reactions.nlp.AnnotatedDocument;
import org.reactions.nlp.Sentence;

/**
 * Finds the actors a document mentions. Two passes over the document: the first learns the people it introduces
 * with a title or appositive (wherever they first appear), the second reads every mention, so that a surname
 * used in the headline finds the person the body introduces. Thread-safe: one instance serves all workers.
 */
public final class EntityRecognizer {
    private final ActorKnowledgeBase kb;
    private final EntityLexicon lexicon;
    private final NameMatcher matcher;
    private final NameModel nameModel; // null without one
    private final Map<CountryCode, Country> countries = new HashMap<>();
    private final OfficeHolders holders;
    private final FunctionWords functionWords;
    private final CountryInference inference;

    /**
     * @param kb            the knowledge base
     * @param functionWords the closed-class words, shared with the statement stage
     * @param tokenizer     the tokenizer used for the text, applied to the knowledge base's names
     */
    public EntityRecognizer(ActorKnowledgeBase kb, FunctionWords functionWords, Function<String, String[]> tokenizer) {
        this(kb, functionWords, tokenizer, null);
    }

    /**
     * @param kb            the knowledge base
     * @param functionWords the closed-class words, shared with the statement stage
     * @param tokenizer     the tokenizer used for the text, applied to the knowledge base's names
     * @param nameModel     a trained name-finder model whose person names count as names, or null
     */
    public EntityRecognizer(ActorKnowledgeBase kb, FunctionWords functionWords, Function<String, String[]> tokenizer, NameModel nameModel) {
        this.kb = kb;
        this.functionWords = functionWords;
        this.nameModel = nameModel;
        this.lexicon = new EntityLexicon(kb, tokenizer);
        for (Country country : kb.countries()) {
            countries.put(country.code(), country);
        }
        this.matcher = new NameMatcher(kb.actors(), countries, kb.givenNames());
        this.holders = new OfficeHolders(kb.actors(), actor -> kb.userFile(actor).isPresent(), kb.officesFrom());
        this.inference = new CountryInference(functionWords, new NationalityReader(countries, holders), kb.institutionKinds());
    }

    public ActorKnowledgeBase knowledgeBase() {
        return kb;
    }

    public DocumentEntities recognize(AnnotatedDocument document) {
        DocumentActors learned = new DocumentActors();
        List<List<Lexeme>> lexemes = new ArrayList<>(document.sentences().size());
        List<boolean[]> modelNames = new ArrayList<>(document.sentences().size());
        NameModel.Finder finder = nameModel == null ? null : nameModel.forDocument();
        SharedSurnames shared = new SharedSurnames(document.work());
        for (Sentence sentence : document.sentences()) {
            String[] words = words(sentence);
            List<Lexeme> found = lexicon.find(words);
            shared.introduce(found);
            lexemes.add(found);
            modelNames.add(finder == null ? new boolean[words.length] : finder.personWords(words));
        }
        DatedArchive archive = words -> kb.archive().on(words, document.source().date()); // loaded at the first unknown name
        OfficeHolders holders = this.holders.on(document.source().date());
        MentionFinder learning = new MentionFinder(countries, matcher, learned, holders, archive, functionWords, document.work());
        for (Sentence sentence : document.sentences()) {
            int s = sentence.index();
            boolean[] names = modelNames.get(s);
            lexemes.set(s, shared.withoutStrangers(sentence, lexemes.get(s), names, functionWords));
            learning.find(sentence, lexemes.get(s), names);
        }
        learned.rewind();
        MentionFinder reading = new MentionFinder(countries, matcher, learned, holders, archive, functionWords, document.work());
        List<List<Mention>> mentions = new ArrayList<>(document.sentences().size());
        for (Sentence sentence : document.sentences()) {
            mentions.add(reading.find(sentence, lexemes.get(sentence.index()), modelNames.get(sentence.index())));
        }
        List<List<Mention>> resolved = OfficeCoreference.apply(inference.apply(document.sentences(), mentions, holders));
        return new DocumentEntities(resolved, lexemes.stream().map(EntityRecognizer::countryWords).toList(), genders(document.sentences(), resolved));
    }

    /**
     * The sex of each person the document names, from their given name, the words of their mentions ("spokeswoman") and
     * an honorific right before one ("Mr", "Mrs"); a person of whom these disagree anywhere in the document is left out.
     */
    private Map<Actor, Gender> genders(List<Sentence> sentences, List<List<Mention>> mentions) {
        Map<Actor, EnumSet<Gender>> told = new HashMap<>();
        for (int s = 0; s < mentions.size(); s++) {
            for (Mention m : mentions.get(s)) {
                Actor a = m.actor();
                if (a != null && a.isPerson() && !m.isAnaphor() && !m.group()) {
                    Set<String> nameWords = Set.copyOf(List.of(a.name().toLowerCase(Locale.ROOT).split("\\s+")));
                    String before = m.start() > 0 ? sentences.get(s).token(m.start() - 1).text() : "";
                    EnumSet<Gender> evidence = told.computeIfAbsent(a, x -> EnumSet.noneOf(Gender.class));
                    evidence.add(kb.givenNames().of(a.name()));
                    evidence.add(Gender.ofWords(before + " " + m.text(), nameWords, functionWords));
                }
            }
        }
        Map<Actor, Gender> genders = new HashMap<>();
        told.forEach((a, evidence) -> {
            evidence.remove(Gender.UNKNOWN);
            if (evidence.size() == 1) {
                genders.put(a, evidence.iterator().next());
            }
        });
        return genders;
    }

    /** The words of a sentence's dictionary matches that name or stand for a country (not its media), in text order. */
    private static List<CountryWord> countryWords(List<Lexeme> lexemes) {
        List<CountryWord> words = new ArrayList<>();
        for (Lexeme lexeme : lexemes) {
            CountryCode country = null;
            for (Lexeme.Reading reading : lexeme.readings()) {
                CountryCode code = reading instanceof Lexeme.StateName s ? s.country().code() : reading instanceof Lexeme.Demonym d ? d.country().code()
                        : reading instanceof Lexeme.Known k && k.actor().type() != ActorType.OUTLET ? k.actor().country() : null;
                country = country == null ? code : country;
            }
            if (country != null) {
                words.add(new CountryWord(lexeme.start(), lexeme.end(), country));
            }
        }
        return words;
    }

    /**
     * The words to look up: as written, except names in capitals ("ABBAS ARAGHCHI:" in a transcript, "CHINA
     * CONDEMNS" in a headline) which are looked up as "Abbas Araghchi"; acronyms the dictionary knows stay as they are.
     */
    private String[] words(Sentence sentence) {
        String[] words = new String[sentence.size()];
        for (int i = 0; i < words.length; i++) {
            String word = sentence.token(i).text();
            String titleCase = isCapitals(word) ? word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT) : word;
            words[i] = !lexicon.knowsName(word) && lexicon.isNameWord(titleCase) ? titleCase : word;
        }
        return words;
    }

    private static boolean isCapitals(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c) ? !Character.isUpperCase(c) : c != '-') {
                return false;
            }
        }
        return true;
    }
}
