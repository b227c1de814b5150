package org.reactions.nlp;

/**
 * The steps the stages take over one annotated document: the tokens that the entity reader, the attribution rules
 * and the stance reader visit, each visit one step. Counted so that a test can tell that the analysis is linear in
 * the text by counting, not by a clock (LinearTimeTest); one thread reads a document, so a plain field does.
 */
public final class Work {
    private long steps;

    public void step() {
        steps++;
    }

    public void add(int n) {
        steps += n;
    }

    public long steps() {
        return steps;
    }
}
