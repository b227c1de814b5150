package org.reactions.nlp;

import java.util.List;

/** The quotations of a document, in text order, with a fast test of whether an offset is quoted. */
final class Quotations {
    static final Quotations NONE = new Quotations(List.of());

    private final List<Quotation> quotations;

    Quotations(List<Quotation> quotations) {
        this.quotations = List.copyOf(quotations);
    }

    List<Quotation> all() {
        return quotations;
    }

    boolean covers(int offset) {
        int first = TextOrder.firstNotBefore(quotations.size(), q -> quotations.get(q).end() <= offset); // they do not overlap
        return first < quotations.size() && quotations.get(first).start() <= offset;
    }
}
