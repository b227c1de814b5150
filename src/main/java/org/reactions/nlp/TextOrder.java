package org.reactions.nlp;

import java.util.function.IntPredicate;

/** Searches over things kept in text order (sentences, tokens, quotations), in logarithmic time. */
public final class TextOrder {
    private TextOrder() {
    }

    /**
     * The first index in [0, size) whose item is not {@code before} the point sought, or size: {@code before} must
     * hold for a prefix of the items and fail for the rest, as "ends at or before offset x" does for items in text order.
     */
    public static int firstNotBefore(int size, IntPredicate before) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (before.test(mid)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
