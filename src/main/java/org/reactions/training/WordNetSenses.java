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
 * of speech, the features of its most frequent senses (the synset, "s=", and its hypernyms, "h=") and the
 * lexicographer file of each ("lf=": verb.communication, noun.act, ...); and every irregular form with its base.
 * The most frequent senses come first in WordNet. Verbs and adjectives, which carry a statement's stance, give their
 * first two senses; nouns their first; adverbs only their class. Each feature is a look-up for every word of every
 * statement, so more senses cost time without gaining accuracy (measured leaving each crisis out).
 */
public final class WordNetSenses {
    /** how many of a word's senses give their synset and hypernyms, by part of speech */
    private static final java.util.Map<POS, Integer> SENSES = java.util.Map.of(POS.VERB, 2, POS.ADJECTIVE, 2, POS.NOUN, 1, POS.ADVERB, 0);
    /** how many of a word's senses give their lexicographer class */
    static final int CLASSES = 2;

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
        for (int i = 0; i < senses.size() && i < Math.max(CLASSES, SENSES.get(word.getPOS())); i++) {
            Synset sense = senses.get(i);
            if (i < CLASSES) {
                features.add("lf=" + sense.getLexFileName());
            }
            if (i < SENSES.get(word.getPOS())) {
                features.add("s=" + name(sense));
                for (Pointer pointer : sense.getPointers(PointerType.HYPERNYM)) {
                    features.add("h=" + name(pointer.getTargetSynset()));
                }
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
