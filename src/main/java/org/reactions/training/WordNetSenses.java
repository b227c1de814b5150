package org.reactions.training;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import org.reactions.stance.learned.SenseTable;

/**
 * Reads WordNet 3.1 (extJWNL and its bundled data) into a {@link SenseTable}: for every one-word lemma of each part
 * of speech, the features of its first senses (the synset, "s="), their hypernyms up to two levels ("h=") and the
 * lexicographer file of each sense ("lf=": verb.communication, noun.act, ...); and every irregular form with its base.
 * The most frequent senses come first in WordNet, so the first few carry the word's usual meanings.
 */
public final class WordNetSenses {
    /** how many of a word's senses give features */
    static final int SENSES = 3;
    /** how many levels of hypernyms above each sense */
    static final int HYPERNYM_LEVELS = 2;

    private WordNetSenses() {
    }

    /** Every lemma of WordNet with all its sense features (the model keeps those it weighs). */
    public static SenseTable.Builder read() {
        try {
            Dictionary dictionary = Dictionary.getDefaultResourceInstance();
            SenseTable.Builder table = new SenseTable.Builder();
            for (POS pos : POS.getAllPOS()) {
                char key = key(pos);
                Iterator<IndexWord> words = dictionary.getIndexWordIterator(pos);
                while (words.hasNext()) {
                    IndexWord word = words.next();
                    String lemma = word.getLemma().toLowerCase(Locale.ROOT);
                    if (isOneWord(lemma)) {
                        table.lemma(key, lemma, features(word));
                    }
                }
                Iterator<Exc> irregular = dictionary.getExceptionIterator(pos);
                while (irregular.hasNext()) {
                    Exc exc = irregular.next();
                    String form = exc.getLemma().toLowerCase(Locale.ROOT);
                    if (isOneWord(form) && !exc.getExceptions().isEmpty()) {
                        table.irregular(key, form, exc.getExceptions().get(0).toLowerCase(Locale.ROOT));
                    }
                }
            }
            dictionary.close();
            return table;
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot read WordNet: " + e.getMessage(), e);
        }
    }

    private static List<String> features(IndexWord word) throws JWNLException {
        Set<String> features = new LinkedHashSet<>();
        List<Synset> senses = word.getSenses();
        for (Synset sense : senses.subList(0, Math.min(SENSES, senses.size()))) {
            features.add("s=" + name(sense));
            features.add("lf=" + sense.getLexFileName());
            List<Synset> level = List.of(sense);
            for (int depth = 0; depth < HYPERNYM_LEVELS; depth++) {
                List<Synset> next = new ArrayList<>();
                for (Synset synset : level) {
                    for (Pointer pointer : synset.getPointers(PointerType.HYPERNYM)) {
                        Synset hypernym = pointer.getTargetSynset();
                        features.add("h=" + name(hypernym));
                        next.add(hypernym);
                    }
                }
                level = next;
            }
        }
        return new ArrayList<>(features);
    }

    /** A synset's readable, unique name: its first lemma, part of speech and offset ("condemn.v.865823"). */
    static String name(Synset synset) {
        return synset.getWords().get(0).getLemma().toLowerCase(Locale.ROOT).replace(' ', '_') + "." + key(synset.getPOS()) + "." + synset.getOffset();
    }

    private static char key(POS pos) {
        return switch (pos) {
            case NOUN -> 'n';
            case VERB -> 'v';
            case ADJECTIVE -> 'a';
            case ADVERB -> 'r';
        };
    }

    private static boolean isOneWord(String lemma) {
        return lemma.matches("[a-z][a-z'-]*");
    }
}
