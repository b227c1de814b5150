package org.reactions.stance;

import java.util.ArrayList;
import java.util.List;
import org.reactions.knowledge.Clauses;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;

/**
 * Cue words in a sense that carries no stance, from {@code reactions/lexicon/other-senses.tsv}: "no support for this
 * resolution", "help ensure".
 */
final class OtherSenses {
    static final String FILE = "reactions/lexicon/other-senses.tsv";
    /** the part-of-speech tag an entry names as VERB */
    private static final String VERB = "VERB";
    /** how many words after the cue word the other sense shows */
    private static final int REACH = 3;

    private record Sense(String cueWord, List<String> followers) {
    }

    private final List<Sense> senses = new ArrayList<>();

    OtherSenses(List<DataRow> rows) {
        for (DataRow row : rows) {
            senses.add(new Sense(row.get(0), row.list(1)));
        }
    }

    static OtherSenses bundled() {
        return new OtherSenses(DataFiles.resource(FILE, 2));
    }

    /** Whether the cue word at index i is used in another sense, by the words after it in its clause. */
    boolean at(StatementWords words, int i, Clauses clauses) {
        for (Sense sense : senses) {
            if (!StanceCue.matches(sense.cueWord(), words.word(i))) {
                continue;
            }
            for (int k = i + 1; k < Math.min(words.size(), i + 1 + REACH) && !clauses.endsClause(words.words(), k); k++) {
                String word = words.word(k);
                String tag = words.tags().get(k);
                for (String follower : sense.followers()) {
                    if (follower.equals(VERB) ? VERB.equals(tag) : StanceCue.matches(follower, word)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    int size() {
        return senses.size();
    }
}
