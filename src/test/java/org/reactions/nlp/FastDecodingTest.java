package org.reactions.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast decoding gives what OpenNLP's own classes give with the same models: the same sentences, tokens and (with
 * a beam of 1) tags, on every line of the bundled corpus and the development articles.
 */
class FastDecodingTest {
    private static SentenceModel sentenceModel;
    private static TokenizerModel tokenizerModel;
    private static POSModel posModel;
    private static List<String> lines;

    @BeforeAll
    static void load() throws IOException {
        sentenceModel = new SentenceModel(open(NlpModels.SENTENCE_MODEL));
        tokenizerModel = new TokenizerModel(open(NlpModels.TOKEN_MODEL));
        posModel = new POSModel(open(NlpModels.POS_MODEL));
        lines = new ArrayList<>();
        for (Path dir : List.of(Path.of("corpus"), Path.of("src/test/resources/eval/iran-dev/articles"),
                Path.of("src/test/resources/eval/crisis2-dev/articles"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    Files.readString(file, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).forEach(lines::add);
                }
            }
        }
        assertTrue(lines.size() > 200, "too few lines to compare: " + lines.size());
    }

    private static InputStream open(String name) {
        return FastDecodingTest.class.getClassLoader().getResourceAsStream(name);
    }

    @Test
    void sentencesAndTokensAreOpenNlps() {
        SentenceDetectorME shipped = new SentenceDetectorME(sentenceModel);
        SentenceDetectorME fast = new SentenceDetectorME(new SentenceModel(sentenceModel.getLanguage(),
                FastMaxentModel.of(sentenceModel.getMaxentModel()), Map.of(), sentenceModel.getFactory()));
        TokenizerME shippedTokens = new TokenizerME(tokenizerModel);
        TokenizerME fastTokens = new TokenizerME(new TokenizerModel(FastMaxentModel.of(tokenizerModel.getMaxentModel()),
                Map.of(), tokenizerModel.getFactory()));
        for (String line : lines) {
            assertArrayEquals(shipped.sentPosDetect(line), fast.sentPosDetect(line), line);
            assertArrayEquals(shippedTokens.tokenizePos(line), fastTokens.tokenizePos(line), line);
        }
    }

    @Test
    void greedyTagsAreThoseOfABeamOfOne() {
        MaxentModel maxent = posModel.getArtifact("pos.model");
        POSTaggerME beamOfOne = new POSTaggerME(new POSModel(posModel.getLanguage(), maxent, 1, Map.of(), posModel.getFactory()),
                POSTagFormat.UD);
        GreedyTagger greedy = new GreedyTagger(posModel);
        int words = 0;
        for (String line : lines) {
            String[] tokens = WhitespaceTokenizer.INSTANCE.tokenize(line);
            assertArrayEquals(beamOfOne.tag(tokens), greedy.tag(tokens), line);
            words += tokens.length;
        }
        assertTrue(words > 5_000, "too few words: " + words);
    }

    @Test
    void featureRowsAreThoseOfOpenNlpsContextsInTheirOrder() {
        FastMaxentModel model = FastMaxentModel.of(posModel.getArtifact("pos.model"));
        PosFeatures features = new PosFeatures(posModel, model);
        var contexts = posModel.getFactory().getPOSContextGenerator(0);
        GreedyTagger tagger = new GreedyTagger(posModel);
        Context[] rows = new Context[PosFeatures.maxRows()];
        int compared = 0;
        for (String line : lines) {
            String[] words = WhitespaceTokenizer.INSTANCE.tokenize(line);
            String[] tags = tagger.tag(words);
            int[] outcomes = java.util.Arrays.stream(tags).mapToInt(model::getIndex).toArray();
            for (int i = 0; i < words.length; i++) {
                List<Context> expected = java.util.Arrays.stream(contexts.getContext(i, words, tags, null))
                        .map(model.predicates()::get).filter(java.util.Objects::nonNull).toList();
                int n = features.rows(words, i, outcomes, rows);
                assertEquals(expected, java.util.Arrays.asList(rows).subList(0, n), words[i]);
                compared++;
            }
        }
        assertTrue(compared > 5_000, "too few words: " + compared);
    }

    @Test
    void aModelWithOtherFeaturesIsRefused() throws IOException {
        POSModel other = new POSModel(posModel.getLanguage(), posModel.getArtifact("pos.model"), 1, Map.of(),
                new opennlp.tools.postag.POSTaggerFactory("<featureGenerators name=\"x\"><generator class=\"opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory\"/></featureGenerators>".getBytes(StandardCharsets.UTF_8),
                        Map.of(), null));
        assertThrows(IllegalStateException.class, () -> new GreedyTagger(other));
    }

    @Test
    void probabilitiesAreOpenNlpsToTheLastFewBits() {
        MaxentModel shipped = posModel.getArtifact("pos.model");
        FastMaxentModel fast = FastMaxentModel.of(shipped);
        var contexts = posModel.getFactory().getPOSContextGenerator(0);
        int compared = 0;
        for (String line : lines.subList(0, 50)) {
            String[] words = WhitespaceTokenizer.INSTANCE.tokenize(line);
            String[] tags = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                String[] context = contexts.getContext(i, words, tags, null);
                double[] expected = shipped.eval(context);
                double[] actual = fast.eval(context);
                for (int o = 0; o < expected.length; o++) {
                    assertEquals(expected[o], actual[o], 1e-12 + 1e-12 * expected[o]);
                }
                tags[i] = shipped.getBestOutcome(expected);
                assertEquals(tags[i], fast.getBestOutcome(actual));
                compared++;
            }
        }
        assertTrue(compared > 500, "too few words: " + compared);
    }

    @Test
    void onlyMaximumEntropyModelsAreTaken() {
        MaxentModel notTrained = (MaxentModel) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MaxentModel.class}, (proxy, method, args) -> null);
        assertThrows(IllegalArgumentException.class, () -> FastMaxentModel.of(notTrained));
    }
}
