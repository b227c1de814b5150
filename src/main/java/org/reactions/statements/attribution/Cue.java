package org.reactions.statements.attribution;

/**
 * What marks speech in a passage.
 *
 * @param at      the token where it stands
 * @param end     the token after it
 * @param surface the words as written, lower case ("said", "according to"), or "quote"/"transcript" for marks
 *                that are not words
 * @param kind    what kind of mark it is, which decides the rules that can attribute it
 */
public record Cue(int at, int end, String surface, Kind kind) {

    /** The kinds of speech marks. */
    public enum Kind {
        /** a speech verb ("said", "warned") */
        VERB("speech verb"),
        /** "according to" a source */
        ACCORDING("attribution to a source"),
        /** a colon before a quotation */
        COLON("quotation introduced by a colon"),
        /** a quotation that goes on from the one before, with no mark of its own */
        CONTINUATION("quotation without a speech verb"),
        /** a quotation the next paragraph attributes */
        FORWARD("quotation attributed in the next paragraph"),
        /** a paragraph with no speech mark after one that introduces a speaker ("X addressed the forum.", "X said:") */
        INTRODUCED("paragraph after its speaker is introduced"),
        /** a sentence with no speech mark that speaks as "we", or that lies before one, after a statement */
        GOES_ON("sentence that goes on from the statement before"),
        /** a "NAME:" turn of a transcript */
        TRANSCRIPT("transcript turn");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
