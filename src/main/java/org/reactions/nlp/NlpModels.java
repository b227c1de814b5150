package org.reactions.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The official English OpenNLP models (Maven Central, {@code opennlp-models-*-en} 1.3.0), read from the
 * classpath. Models are thread-safe and loaded once; the {@code *ME} classes built on them are not, so each
 * worker makes its own {@link TextAnalyzer}.
 */
public final class NlpModels {
    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** the entry of a POS model package that holds the maximum-entropy model */
    private static final String POS_ENTRY = "pos.model";

    private final SentenceModel sentences;
    private final TokenizerModel tokens;
    private final POSModel partsOfSpeech;
    private final Abbreviations abbreviations = Abbreviations.bundled();

    private NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel partsOfSpeech) {
        this.sentences = sentences;
        this.tokens = tokens;
        this.partsOfSpeech = partsOfSpeech;
    }

    public static NlpModels fromClasspath() {
        try {
            try (InputStream sentenceModel = open(SENTENCE_MODEL);
                 InputStream tokenModel = open(TOKEN_MODEL);
                 InputStream posModel = open(POS_MODEL)) {
                return new NlpModels(new SentenceModel(sentenceModel), new TokenizerModel(tokenModel), greedy(new POSModel(posModel)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP models: " + e.getMessage(), e);
        }
    }

    /**
     * The same tagging model decoded greedily (a beam of 1 instead of 3): tagging takes most of the time, a beam of
     * 1 makes it three times faster, and the tags this tool relies on (verbs, proper nouns, adverbs) barely move.
     */
    private static POSModel greedy(POSModel model) {
        MaxentModel maxent = model.getArtifact(POS_ENTRY);
        return new POSModel(model.getLanguage(), maxent, 1, Map.of(), model.getFactory());
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("model " + name + " is not on the classpath");
        }
        return in;
    }

    /** A new analyzer for one thread. */
    public TextAnalyzer newAnalyzer() {
        return new TextAnalyzer(sentences, tokens, partsOfSpeech, abbreviations);
    }
}
