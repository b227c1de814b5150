package org.reactions.statements;

/**
 * The kinds of speech marks, which decide the attribution rules that can credit them. A mark that is not a speech
 * verb is always written as the same word ({@link #mark()}); {@code render} says what each kind is.
 */
public enum CueKind {
    /** a speech verb ("said", "warned"), written as it stands in the text */
    VERB(null),
    /** "according to" a source, or "in his view" */
    ACCORDING("according to"),
    /** a colon before a quotation */
    COLON("quote"),
    /** a quotation signed after a dash by its speaker, as headlines are ("‘...’ – Iranian Foreign Ministry") */
    SIGNED("quote"),
    /** a quotation that goes on from the one before, with no mark of its own */
    CONTINUATION("quote"),
    /** a quotation the next paragraph attributes */
    FORWARD("quote"),
    /** a sentence with no speech mark that the next one goes on from and tags ("The move violates the Charter. It ..., he said.") */
    TAGGED_AFTER("tag"),
    /** a paragraph with no speech mark after one that introduces a speaker ("X addressed the forum.", "X said:") */
    INTRODUCED("paragraph"),
    /** a sentence with no speech mark that speaks as "we", or that lies before one, after a statement */
    GOES_ON("we"),
    /** a "NAME:" turn of a transcript */
    TRANSCRIPT("transcript"),
    /** no mark of the text: a statement made from an annotation */
    NONE("");

    private final String mark;

    CueKind(String mark) {
        this.mark = mark;
    }

    /** The word a cue of this kind is written as, or null for a verb, which is written as it stands. */
    public String mark() {
        return mark;
    }
}
