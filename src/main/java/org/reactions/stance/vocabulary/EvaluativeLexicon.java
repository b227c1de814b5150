package org.reactions.stance.vocabulary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;

/**
 * A general evaluative lexicon: the words VADER's raters found clearly negative or positive
 * ({@code reactions/lexicon/evaluative.tsv}), without the conflict-topic words
 * ({@code reactions/lexicon/conflict-topic-words.tsv}) that describe events rather than judge them.
 */
public final class EvaluativeLexicon {
    public static final String FILE = "reactions/lexicon/evaluative.tsv";
    public static final String TOPIC_WORDS = "reactions/lexicon/conflict-topic-words.tsv";
    /** The least valence the table keeps (VaderConverter's threshold); VADER's scale ends at 4. */
    static final double MIN_VALENCE = 1.5;
    private static final double MAX_VALENCE = 4.0;

    private final Map<String, Double> valence = new HashMap<>();
    private final Map<String, String> topicCategory = new HashMap<>();

    private EvaluativeLexicon(List<DataRow> words, List<DataRow> topic) {
        for (DataRow row : topic) {
            if (topicCategory.put(row.get(0), row.get(1)) != null) {
                throw row.error("topic word '" + row.get(0) + "' is listed twice");
            }
        }
        for (DataRow row : words) {
            double value;
            try {
                value = Double.parseDouble(row.get(1));
            } catch (NumberFormatException e) {
                throw row.error("valence '" + row.get(1) + "' is not a number");
            }
            if (Math.abs(value) < MIN_VALENCE || Math.abs(value) > MAX_VALENCE) {
                throw row.error("valence " + value + " is outside ±" + MIN_VALENCE + "..±" + MAX_VALENCE);
            }
            if (topicCategory.containsKey(row.get(0))) {
                throw row.error("'" + row.get(0) + "' is a conflict-topic word (" + TOPIC_WORDS + ")");
            }
            if (valence.put(row.get(0), value) != null) {
                throw row.error("'" + row.get(0) + "' is listed twice");
            }
        }
    }

    public static EvaluativeLexicon bundled() {
        return new EvaluativeLexicon(DataFiles.resource(FILE, 2), DataFiles.resource(TOPIC_WORDS, 2));
    }

    /** VADER's mean rating of a lower-case word (-4..-1.5 negative, 1.5..4 positive), or 0 when it has none here. */
    public double valence(String lowerCaseWord) {
        return valence.getOrDefault(lowerCaseWord, 0.0);
    }

    public boolean isNegative(String lowerCaseWord) {
        return valence(lowerCaseWord) < 0;
    }

    public boolean isPositive(String lowerCaseWord) {
        return valence(lowerCaseWord) > 0;
    }

    /** Whether the word describes conflict events rather than judging them ("attack", "tensions", "peace"). */
    public boolean isConflictTopic(String lowerCaseWord) {
        return topicCategory.containsKey(lowerCaseWord);
    }

    /** The conflict-topic category of a word ("violence", "crisis", ...), or null. */
    public String topicCategory(String lowerCaseWord) {
        return topicCategory.get(lowerCaseWord);
    }

    public Set<String> words() {
        return valence.keySet();
    }

    public Set<String> topicWords() {
        return topicCategory.keySet();
    }
}
