package org.reactions.nlp;

import java.util.List;
import org.reactions.corpus.SourceDocument;

/**
 * A document split into sentences and tokens, with part-of-speech tags where they are needed and the
 * quotations it holds, and the steps the later stages take over it ({@link Work}).
 */
public record AnnotatedDocument(SourceDocument source, List<Sentence> sentences, List<Quotation> quotations, int tokenCount, Work work) {
    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
        quotations = List.copyOf(quotations);
    }

    /** A document no stage has read yet. */
    public AnnotatedDocument(SourceDocument source, List<Sentence> sentences, List<Quotation> quotations, int tokenCount) {
        this(source, sentences, quotations, tokenCount, new Work());
    }

    public String text() {
        return source.text();
    }
}
