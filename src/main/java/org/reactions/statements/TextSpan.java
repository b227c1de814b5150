package org.reactions.statements;

/**
 * A stretch of a document's text.
 *
 * @param start offset of its first character, in Unicode code points
 * @param end   offset after its last character
 */
public record TextSpan(int start, int end) {
}
