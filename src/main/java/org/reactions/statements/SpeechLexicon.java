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

    private final Map<String, SpeechVerb> byForm = new HashMap<>();
    private final List<SpeechVerb> verbs;

    private SpeechLexicon(List<DataRow> rows) {
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
        return new SpeechLexicon(DataFiles.resource(FILE, 4));
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
        return new SpeechVerb(row.get(0), forms, nouns, new HashSet<>(row.list(3)));
    }

    public SpeechVerb verb(String lowerCaseForm) {
        return byForm.get(lowerCaseForm);
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
