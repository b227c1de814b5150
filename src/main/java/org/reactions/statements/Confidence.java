package org.reactions.statements;

/**
 * The factors a statement's confidence is the product of: {@code base × speaker × rule × headline}, rounded to two
 * decimals. The README's table is checked against this one by a test, so the two cannot drift apart.
 */
public enum Confidence {
    DIRECT_QUOTATION(Part.BASE, 0.9, "a direct quotation"),
    REPORTED_SPEECH(Part.BASE, 0.75, "reported speech"),
    NAME(Part.SPEAKER, 1.0, "a name from the knowledge base, or one the document introduces with a title"),
    STATE_OR_INSTITUTION(Part.SPEAKER, 0.95, "a country, metonym or institution"),
    SIMILAR_OR_UNNAMED(Part.SPEAKER, 0.9, "a misspelt name matched by similarity, or unnamed officials"),
    PRONOUN(Part.SPEAKER, 0.85, "a pronoun or role noun resolved to an earlier actor"),
    UNKNOWN_NAME(Part.SPEAKER, 0.8, "a name the knowledge base does not know"),
    INFERRED_COUNTRY(Part.SPEAKER, 0.8, "an official whose country no word beside the name gives, placed by the document's own evidence"),
    CARRIED_OVER(Part.RULE, 0.85, "a quotation that goes on from a speaker's earlier one, or that the next paragraph attributes"),
    COLON(Part.RULE, 0.95, "the subject of the clause before a colon that opens a quotation"),
    INDIRECT_SUBJECT(Part.RULE, 0.9, "a speaker found only as the subject of a clause (\"resolutions calling for\") or named after \"according to\""),
    HEADLINE(Part.HEADLINE, 0.9, "a statement in a headline or caption");

    /** Which factor of the product a row is. */
    public enum Part { BASE, SPEAKER, RULE, HEADLINE }

    private final Part part;
    private final double value;
    private final String when;

    Confidence(Part part, double value, String when) {
        this.part = part;
        this.value = value;
        this.when = when;
    }

    public Part part() {
        return part;
    }

    public double value() {
        return value;
    }

    /** When the factor applies, as the README says it. */
    public String when() {
        return when;
    }

    /** The confidence of a statement: its base, its speaker's (and rule's) factor, and the headline factor if any. */
    public static double of(boolean direct, double speakerFactor, boolean headline) {
        double confidence = (direct ? DIRECT_QUOTATION.value : REPORTED_SPEECH.value) * speakerFactor
                * (headline ? HEADLINE.value : 1.0);
        return Math.round(confidence * 100) / 100.0;
    }
}
