package org.reactions.corpus;

import java.util.Arrays;

/**
 * Converts UTF-16 offsets (what Java strings use, and the whole library) into Unicode code point offsets (what the
 * JSON output promises), where a report is written,
 * in O(log n) per offset: only the positions of surrogate pairs are stored.
 */
public final class CodePoints implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final int[] lowSurrogates;

    public CodePoints(String text) {
        int count = 0;
        int[] positions = new int[8];
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == positions.length) {
                    positions = Arrays.copyOf(positions, count * 2);
                }
                positions[count++] = i + 1;
                i++;
            }
        }
        this.lowSurrogates = Arrays.copyOf(positions, count);
    }

    /** The code point offset of a UTF-16 offset. */
    public int of(int utf16Offset) {
        int before = Arrays.binarySearch(lowSurrogates, utf16Offset);
        int surrogatesBefore = before >= 0 ? before : -before - 1;
        return utf16Offset - surrogatesBefore;
    }
}
