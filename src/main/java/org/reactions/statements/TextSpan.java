package org.reactions.statements;

/**
 * A stretch of a document's text, in UTF-16 offsets (as Java strings index it; the reports convert to code points).
 *
 * @param start offset of its first character
 * @param end   offset after its last character
 */
public record TextSpan(int start, int end) {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span of text: [" + start + ", " + end + ")");
        }
    }

    /** The same stretch counted from another offset ({@code origin} becomes 0), cut to [0, length). */
    public TextSpan relativeTo(int origin, int length) {
        int from = Math.max(0, Math.min(length, start - origin));
        return new TextSpan(from, Math.max(from, Math.min(length, end - origin)));
    }
}
