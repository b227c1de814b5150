package org.reactions.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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

    private final CompletableFuture<SentenceModel> sentences;
    private final CompletableFuture<TokenizerModel> tokens;
    private final CompletableFuture<POSModel> partsOfSpeech;
    private final Abbreviations abbreviations = Abbreviations.bundled();

    private NlpModels() {
        // each model loads on a thread of its own, while the caller goes on building the knowledge base
        this.sentences = load(() -> fast(new SentenceModel(open(SENTENCE_MODEL))));
        this.tokens = load(() -> fast(new TokenizerModel(open(TOKEN_MODEL))));
        this.partsOfSpeech = load(() -> new POSModel(open(POS_MODEL)));
    }

    /** Starts loading the models and returns at once; the first use waits for them. */
    public static NlpModels fromClasspath() {
        return new NlpModels();
    }

    private interface ModelLoader<T> {
        T load() throws IOException;
    }

    private static <T> CompletableFuture<T> load(ModelLoader<T> loader) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(loader.load());
            } catch (IOException | RuntimeException e) {
                future.completeExceptionally(e);
            }
        }, "reactions-model-loader");
        thread.setDaemon(true);
        thread.start();
        return future;
    }

    private static <T> T get(CompletableFuture<T> model) {
        try {
            return model.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause();
            throw new UncheckedIOException("cannot load the OpenNLP models: " + cause.getMessage(),
                    cause instanceof IOException io ? io : new IOException(cause));
        }
    }

    /** The same sentence model, evaluated with the exponential the JIT compiles to one instruction sequence. */
    private static SentenceModel fast(SentenceModel model) {
        return new SentenceModel(model.getLanguage(), FastMaxentModel.of(model.getMaxentModel()), Map.of(), model.getFactory());
    }

    /** The same tokenizer model, evaluated with the exponential the JIT compiles to one instruction sequence. */
    private static TokenizerModel fast(TokenizerModel model) {
        return new TokenizerModel(FastMaxentModel.of(model.getMaxentModel()), Map.of(), model.getFactory());
    }

    /** The model file's bytes, read whole (the model readers take a stream they do not close). */
    private static java.io.ByteArrayInputStream open(String name) throws IOException {
        try (InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("model " + name + " is not on the classpath");
            }
            return new java.io.ByteArrayInputStream(in.readAllBytes());
        }
    }

    /** A new analyzer for one thread. */
    public TextAnalyzer newAnalyzer() {
        return new TextAnalyzer(get(sentences), get(tokens), get(partsOfSpeech), abbreviations);
    }

    /** A tokenizer alone, to tokenize the knowledge base while the tagging model is still loading. */
    public java.util.function.Function<String, String[]> tokenizer() {
        TextAnalyzer analyzer = new TextAnalyzer(get(sentences), get(tokens), null, abbreviations);
        return phrase -> {
            synchronized (analyzer) {
                return analyzer.tokenize(phrase);
            }
        };
    }
}
