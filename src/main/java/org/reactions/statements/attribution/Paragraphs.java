package org.reactions.statements.attribution;

import java.util.List;

/** Where each passage's paragraph starts and whether that paragraph ends in a question, read once per document. */
final class Paragraphs {
    /** for each passage, the index of the first passage of its paragraph */
    private final int[] firstPassage;
    /** for each passage, whether the last sentence of its paragraph is a question */
    private final boolean[] endsInQuestion;

    Paragraphs(List<Passage> passages) {
        int n = passages.size();
        firstPassage = new int[n];
        endsInQuestion = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean opens = i == 0 || passages.get(i - 1).paragraph() != passages.get(i).paragraph();
            firstPassage[i] = opens ? i : firstPassage[i - 1];
        }
        for (int i = n - 1; i >= 0; i--) {
            boolean closes = i == n - 1 || passages.get(i + 1).paragraph() != passages.get(i).paragraph();
            endsInQuestion[i] = closes ? passages.get(i).last().isQuestion() : endsInQuestion[i + 1];
        }
    }

    int firstPassage(Passage p) {
        return firstPassage[p.index()];
    }

    /** Whether p closes its paragraph. */
    boolean closes(Passage p) {
        return p.index() + 1 == firstPassage.length || firstPassage[p.index() + 1] != firstPassage[p.index()];
    }

    boolean endsInQuestion(Passage p) {
        return endsInQuestion[p.index()];
    }
}
