package org.reactions.summary;

import java.io.Serializable;
import java.util.Comparator;
import org.reactions.stance.LabeledStatement;

/**
 * A statement worth quoting in a summary, kept with what a report shows of it.
 *
 * @param id            statement id
 * @param speaker       speaker name
 * @param words         the quoted words, or the statement's text when it has none
 * @param documentIndex position of its document in the run (for a stable order)
 * @param ordinal       its position in the document
 * @param strength      how strong a highlight it is (see {@link #strength(LabeledStatement)})
 */
public record Highlight(String id, String speaker, String words, int documentIndex, int ordinal, double strength)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** {@link #compare}, serializable so that accumulators holding highlights travel between machines. */
    public static final Comparator<Highlight> ORDER = (Comparator<Highlight> & Serializable) Highlight::compare;

    /**
     * Direct quotations first, then confidence, then statements with a clear stance, then longer quotations:
     * {@code confidence + 0.5 if quoted + 0.1 per stance label other than OTHER + 0.1 for a quotation of 40+ characters}.
     */
    public static double strength(LabeledStatement s) {
        double strength = s.statement().confidence();
        String quote = s.statement().quote();
        if (quote != null) {
            strength += 0.5 + (quote.length() >= 40 ? 0.1 : 0);
        }
        strength += 0.1 * s.labels().stream().filter(l -> l != org.reactions.stance.Label.OTHER).count();
        return Math.round(strength * 1000) / 1000.0;
    }

    static Highlight of(LabeledStatement s, int documentIndex) {
        String words = s.statement().quote() != null ? s.statement().quote() : s.statement().text();
        return new Highlight(s.id(), s.statement().speaker().name(), words, documentIndex, s.statement().ordinal(), strength(s));
    }

    /** Stronger first; ties by position in the run, so that the order never depends on which thread was faster. */
    static int compare(Highlight a, Highlight b) {
        int byStrength = Double.compare(b.strength, a.strength);
        if (byStrength != 0) {
            return byStrength;
        }
        int byDocument = Integer.compare(a.documentIndex, b.documentIndex);
        return byDocument != 0 ? byDocument : Integer.compare(a.ordinal, b.ordinal);
    }
}
