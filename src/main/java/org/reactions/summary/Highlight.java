package org.reactions.summary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reactions.stance.LabeledStatement;
import org.reactions.statements.Statement;
import org.reactions.statements.TextSpan;

/**
 * A statement worth quoting in a summary, kept with what a report shows of it.
 *
 * @param id            statement id
 * @param speaker       speaker name
 * @param fragments     the quoted fragments as the article has them, or the reported statement's text alone
 * @param quoted        whether the fragments are the speaker's quoted words (else reported speech)
 * @param documentIndex position of its document in the run (for a stable order)
 * @param ordinal       its position in the document
 * @param confidence    the statement's confidence
 * @param stanceLabels  how many of its labels are a stance (not the fallback OTHER)
 */
public record Highlight(String id, String speaker, List<String> fragments, boolean quoted, int documentIndex, int ordinal,
                        double confidence, int stanceLabels) implements Serializable {
    private static final long serialVersionUID = 2L;

    /** {@link #compare}, serializable so that accumulators holding highlights travel between machines. */
    public static final Comparator<Highlight> ORDER = (Comparator<Highlight> & Serializable) Highlight::compare;

    public Highlight {
        fragments = List.copyOf(fragments);
    }

    /** The order of the README: quoted before reported, then confidence, then stance labels, then quotation length. */
    private static final Comparator<Highlight> STRONGER_FIRST = Comparator.comparing(Highlight::quoted).reversed()
            .thenComparing(Comparator.comparingDouble(Highlight::confidence).reversed())
            .thenComparing(Comparator.comparingInt(Highlight::stanceLabels).reversed())
            .thenComparing(Comparator.comparingInt(Highlight::length).reversed())
            .thenComparingInt(Highlight::documentIndex) // ties by position in the run, whichever thread was faster
            .thenComparingInt(Highlight::ordinal);

    static Highlight of(LabeledStatement s, int documentIndex) {
        Statement statement = s.statement();
        boolean quoted = statement.quote() != null;
        List<String> fragments = quoted ? fragments(statement) : List.of(statement.text());
        int stance = (int) s.labels().stream().filter(l -> !l.isFallback()).count();
        return new Highlight(s.id(), statement.speaker().name(), fragments, quoted, documentIndex, statement.ordinal(),
                statement.confidence(), stance);
    }

    /** The quoted words of a statement, one fragment per quotation, as the article has them. */
    private static List<String> fragments(Statement s) {
        String text = s.text();
        List<String> fragments = new ArrayList<>();
        for (TextSpan span : s.quotesInText()) {
            String fragment = text.substring(span.start(), span.end()).replaceAll("\\s+", " ").strip();
            if (!fragment.isEmpty()) {
                fragments.add(fragment);
            }
        }
        return fragments.isEmpty() ? List.of(s.quote()) : fragments;
    }

    /** How long its words are, in characters. */
    int length() {
        return fragments.stream().mapToInt(String::length).sum();
    }

    /** Whether two highlights show the same words (a syndicated quotation). */
    boolean sameWords(Highlight other) {
        return fragments.equals(other.fragments);
    }

    static int compare(Highlight a, Highlight b) {
        return STRONGER_FIRST.compare(a, b);
    }
}
