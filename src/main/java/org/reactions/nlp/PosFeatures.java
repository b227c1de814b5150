package org.reactions.nlp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features the English UD tagging model was trained with (its {@code generator.featuregen}), looked up as the
 * model's parameter rows, word type by word type. OpenNLP's generators build some thirty strings per word, lower-case
 * each neighbour five times and hash every string into the model's table; here each word type is looked up once per
 * worker and its rows are reused wherever it occurs. The rows come in OpenNLP's order, so the sums are the same bits.
 * The model's descriptor is checked when the tagger is made: another model's features would need their own class.
 */
final class PosFeatures {
    /** the generators of the descriptor, in order, with their parameters: what this class computes */
    static final List<String> DESCRIPTOR = List.of("DefinitionFeatureGeneratorFactory", "SuffixFeatureGeneratorFactory",
            "PrefixFeatureGeneratorFactory", "WindowFeatureGeneratorFactory", "prevLength=2", "nextLength=2",
            "TokenFeatureGeneratorFactory", "WindowFeatureGeneratorFactory", "prevLength=2", "nextLength=2",
            "SentenceFeatureGeneratorFactory", "begin=true", "end=false", "TokenClassFeatureGeneratorFactory",
            "PosTaggerFeatureGeneratorFactory");
    private static final String DESCRIPTOR_ENTRY = "generator.featuregen";
    private static final Pattern DESCRIPTOR_ITEM = Pattern.compile(
            "class=\"opennlp\\.tools\\.util\\.featuregen\\.(\\w+)\"|name=\"(\\w+)\">(\\w+)<");
    /** affixes of up to this many characters (the generators' default length) */
    private static final int AFFIX = 4;

    /** A word type's rows: those of its own features (affixes, word, class) and of its place in a neighbour's window. */
    private record WordRows(Context[] affixesAndWord, Context before1, Context before2, Context after1, Context after2,
                            Context[] wordClass) {
    }

    private final Map<String, Context> predicates;
    private final Context outcomePrior;
    private final Context sentenceBegin;
    private final Context sentenceBeginBefore1;
    private final Context sentenceBeginBefore2;
    /** rows of "t=" by the previous tag, and of "t2=" by the two previous tags (outcome indices) */
    private final Context[] previousTag;
    private final Context[][] previousTags;
    private final WordCache<WordRows> words = new WordCache<>(this::rowsOf);

    /** The features of a tagging model package, looked up in its maximum-entropy model. */
    PosFeatures(POSModel model, FastMaxentModel maxent) {
        checkDescriptor(model);
        this.predicates = maxent.predicates();
        this.outcomePrior = predicates.get("def");
        this.sentenceBegin = predicates.get("S=begin");
        this.sentenceBeginBefore1 = predicates.get("p1S=begin");
        this.sentenceBeginBefore2 = predicates.get("p2S=begin");
        int outcomes = maxent.getNumOutcomes();
        this.previousTag = new Context[outcomes];
        this.previousTags = new Context[outcomes][outcomes];
        for (int a = 0; a < outcomes; a++) {
            previousTag[a] = predicates.get("t=" + maxent.getOutcome(a));
            for (int b = 0; b < outcomes; b++) {
                previousTags[a][b] = predicates.get("t2=" + maxent.getOutcome(a) + "," + maxent.getOutcome(b));
            }
        }
    }

    private static void checkDescriptor(POSModel model) {
        Object descriptor = model.getArtifact(DESCRIPTOR_ENTRY);
        List<String> items = new ArrayList<>();
        if (descriptor instanceof byte[] bytes) {
            Matcher m = DESCRIPTOR_ITEM.matcher(new String(bytes, StandardCharsets.UTF_8));
            while (m.find()) {
                items.add(m.group(1) != null ? m.group(1) : m.group(2) + "=" + m.group(3));
            }
        }
        if (!items.equals(DESCRIPTOR)) {
            throw new IllegalStateException("the tagging model's features are not those PosFeatures computes: " + items);
        }
    }

    /**
     * The rows of the features of word {@code i}, in the order OpenNLP generates them, into {@code rows}; returns how
     * many (rows the model lacks are left out). {@code tags} holds the outcome indices of the words before {@code i}.
     */
    int rows(String[] sentence, int i, int[] tags, Context[] rows) {
        int n = 0;
        n = put(rows, n, outcomePrior);
        WordRows word = words.get(sentence[i]);
        for (Context row : word.affixesAndWord()) {
            n = put(rows, n, row);
        }
        if (i >= 1) {
            n = put(rows, n, words.get(sentence[i - 1]).before1());
        }
        if (i >= 2) {
            n = put(rows, n, words.get(sentence[i - 2]).before2());
        }
        if (i + 1 < sentence.length) {
            n = put(rows, n, words.get(sentence[i + 1]).after1());
        }
        if (i + 2 < sentence.length) {
            n = put(rows, n, words.get(sentence[i + 2]).after2());
        }
        n = put(rows, n, i == 0 ? sentenceBegin : i == 1 ? sentenceBeginBefore1 : i == 2 ? sentenceBeginBefore2 : null);
        for (Context row : word.wordClass()) {
            n = put(rows, n, row);
        }
        if (i >= 1) {
            n = put(rows, n, previousTag[tags[i - 1]]);
        }
        if (i >= 2) {
            n = put(rows, n, previousTags[tags[i - 2]][tags[i - 1]]);
        }
        return n;
    }

    /** the most rows one word can have */
    static int maxRows() {
        return 1 + 2 * AFFIX + 1 + 4 + 1 + 2 + 2;
    }

    private static int put(Context[] rows, int n, Context row) {
        if (row == null) {
            return n;
        }
        rows[n] = row;
        return n + 1;
    }

    private WordRows rowsOf(String word) {
        String lower = StringUtil.toLowerCase(word); // OpenNLP's, code point by code point, as its generators
        int affixes = Math.min(AFFIX, word.length());
        List<Context> own = new ArrayList<>(2 * affixes + 1);
        for (int k = 0; k < affixes; k++) {
            own.add(predicates.get("suf=" + word.substring(Math.max(word.length() - k - 1, 0))));
        }
        for (int k = 0; k < affixes; k++) {
            own.add(predicates.get("pre=" + word.substring(0, Math.min(k + 1, word.length()))));
        }
        own.add(predicates.get("w=" + lower));
        String wordClass = FeatureGeneratorUtil.tokenFeature(word);
        List<Context> classRows = new ArrayList<>(2);
        classRows.add(predicates.get("wc=" + wordClass));
        classRows.add(predicates.get("w&c=" + lower + "," + wordClass));
        return new WordRows(present(own), predicates.get("p1w=" + lower), predicates.get("p2w=" + lower),
                predicates.get("n1w=" + lower), predicates.get("n2w=" + lower), present(classRows));
    }

    private static Context[] present(List<Context> rows) {
        return rows.stream().filter(Objects::nonNull).toArray(Context[]::new);
    }
}
