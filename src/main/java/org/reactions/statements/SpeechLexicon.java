package org.reactions.statements;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;
import org.reactions.nlp.Token;

/** The speech verbs of {@code reactions/lexicon/speech-verbs.tsv}, looked up by inflected form. */
public final class SpeechLexicon {
    public static final String FILE = "reactions/lexicon/speech-verbs.tsv";
    public static final String STATEMENT_NOUNS = "reactions/lexicon/statement-nouns.tsv";
    public static final String SOURCE_MARKERS = "reactions/lexicon/source-markers.tsv";
    public static final String PLAN_WORDS = "reactions/lexicon/plan-words.tsv";

    private final Map<String, SpeechVerb> byForm = new HashMap<>();
    private final List<SpeechVerb> verbs;
    private final Set<String> statementNouns = new HashSet<>();
    private final List<List<String>> sourceMarkers;
    private final Set<String> planWords = new HashSet<>();

    private SpeechLexicon(List<DataRow> rows, List<DataRow> nouns, List<DataRow> markers, List<DataRow> plans) {
        sourceMarkers = markers.stream().map(SpeechLexicon::marker).toList();
        for (DataRow row : plans) {
            if (marker(row).size() != 1) {
                throw row.error("a plan word is one word");
            }
            planWords.add(row.get(0));
        }
        for (DataRow row : nouns) {
            statementNouns.add(row.get(0));
        }
        verbs = rows.stream().map(SpeechLexicon::verb).toList();
        for (int i = 0; i < verbs.size(); i++) {
            for (String form : verbs.get(i).forms()) {
                if (byForm.put(form, verbs.get(i)) != null) {
                    throw rows.get(i).error("form '" + form + "' belongs to two verbs");
                }
            }
        }
    }

    public static SpeechLexicon bundled() {
        return new SpeechLexicon(DataFiles.resource(FILE, 5), DataFiles.resource(STATEMENT_NOUNS, 1),
                DataFiles.resource(SOURCE_MARKERS, 1), DataFiles.resource(PLAN_WORDS, 1));
    }

    private static List<String> marker(DataRow row) {
        List<String> words = List.of(row.get(0).split(" "));
        for (String word : words) {
            if (!word.matches("[a-z]+")) {
                throw row.error("'" + word + "' must be a lower-case word");
            }
        }
        return words;
    }

    private static SpeechVerb verb(DataRow row) {
        List<String> forms = row.list(1);
        Set<String> nouns = new HashSet<>(row.list(2));
        for (String noun : nouns) {
            if (!forms.contains(noun)) {
                throw row.error("noun form '" + noun + "' is not one of the verb's forms");
            }
        }
        for (String form : forms) {
            if (!form.matches("[a-z]+")) {
                throw row.error("form '" + form + "' must be one lower-case word");
            }
        }
        return new SpeechVerb(row.get(0), forms, nouns, new HashSet<>(row.list(3)), row.yesNo(4));
    }

    public SpeechVerb verb(String lowerCaseForm) {
        return byForm.get(lowerCaseForm);
    }

    /** Whether a word names what a speaker issues ("statement", "readout"). */
    public boolean isStatementNoun(String lowerCaseWord) {
        return statementNouns.contains(lowerCaseWord);
    }

    /** The phrases that mark an unnamed source ("sources", "people familiar with"), each as its words. */
    public List<List<String>> sourceMarkers() {
        return sourceMarkers;
    }

    /** Whether a word tells of a plan, an intention or a condition ("will", "considering", "if"). */
    public boolean isPlanWord(String lowerCaseWord) {
        return planWords.contains(lowerCaseWord);
    }

    public Set<String> planWords() {
        return Set.copyOf(planWords);
    }

    /** Whether a source marker starts at word i of a text whose lower-case words {@code lowerAt} gives. */
    public boolean sourceMarkerAt(java.util.function.IntFunction<String> lowerAt, int i) {
        for (List<String> marker : sourceMarkers) {
            int k = 0;
            while (k < marker.size() && marker.get(k).equals(lowerAt.apply(i + k))) {
                k++;
            }
            if (k == marker.size()) {
                return true;
            }
        }
        return false;
    }

    public Set<String> statementNouns() {
        return Set.copyOf(statementNouns);
    }

    public List<SpeechVerb> verbs() {
        return verbs;
    }

    /**
     * Whether a sentence can hold a statement at all: it has quoted words or a speech-verb form. Only such
     * sentences are part-of-speech tagged.
     */
    public boolean mayHoldStatement(List<Token> tokens) {
        for (Token token : tokens) {
            if (token.isQuoteMark() || token.quoted() || byForm.containsKey(token.lower()) || token.lower().equals("according")) {
                return true;
            }
        }
        return false;
    }
}
