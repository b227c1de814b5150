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
        int low = 0;
        int high = quotations.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Quotation q = quotations.get(mid);
            if (offset < q.start()) {
                high = mid - 1;
            } else if (offset >= q.end()) {
                low = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
