package org.reactions.nlp;

import java.util.List;
import org.reactions.corpus.SourceDocument;

/**
 * A document split into sentences and tokens, with part-of-speech tags where they are needed and the
 * quotations it holds.
 */
public record AnnotatedDocument(SourceDocument source, List<Sentence> sentences, List<Quotation> quotations, int tokenCount) {
    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
        quotations = List.copyOf(quotations);
    }

    public String text() {
        return source.text();
    }
}
