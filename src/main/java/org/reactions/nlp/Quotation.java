package org.reactions.nlp;

/**
 * Quoted words: the text between a pair of quote marks (marks excluded).
 *
 * @param start                 offset of the first quoted character in the document text (UTF-16 units)
 * @param end                   offset after the last quoted character
 * @param continuesFromPrevious the quotation goes on from the previous paragraph (news reopens the mark on each
 *                              paragraph of a long quotation and closes it only at the end)
 * @param continuesToNext       the quotation is not closed in its paragraph and the next paragraph reopens it
 * @param closed                whether a closing mark was found (an unclosed one runs to the end of its paragraph)
 */
public record Quotation(int start, int end, boolean continuesFromPrevious, boolean continuesToNext, boolean closed) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
