package org.reactions.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.reactions.entities.Actor;
import org.reactions.entities.Mention;

/**
 * How an attribution rule came to a speaker: where it looked, the mention it found there and the actor that mention
 * stands for, and the factors of {@link Confidence} that weigh it. Plain data; {@code render} words it.
 *
 * @param place       where the rule looked, relative to its cue
 * @param cue         the cue the rule read
 * @param issuingVerb for {@link Place#ISSUER}, the verb that issues the cue ("issued" a warning); otherwise null
 * @param mention     the mention the speaker was read from, or null when the speaker was carried over from another
 *                    passage (an anaphor's mention stands for {@code actor} once resolved)
 * @param actor       the speaker the rule credits, or null while the rule has found no mention yet
 * @param factors     the rows of {@link Confidence} whose product is how much the speaker is trusted, in the order
 *                    they were applied
 */
public record SpeakerEvidence(Place place, SpeechCue cue, String issuingVerb, Mention mention, Actor actor, List<Confidence> factors) {

    /** Where a rule finds the speaker. */
    public enum Place {
        /** the name that opens a transcript turn */
        TRANSCRIPT_NAME,
        /** the source named after "according to" */
        AFTER_ACCORDING_TO,
        /** the subject of the clause before a colon */
        BEFORE_COLON,
        /** the speaker named after the dash that closes a quotation */
        AFTER_DASH,
        /** the author named in the signature of an embedded post */
        SIGNATURE,
        /** the speaker of the quotation this one continues */
        CONTINUED_QUOTATION,
        /** the speaker whom the paragraph before introduces speaking */
        INTRODUCED,
        /** the one official and subject of the silent sentence before a quotation */
        SUBJECT_BEFORE,
        /** the speaker the tag of the next sentence names, which goes on from this one */
        TAGGED_AFTER,
        /** the speaker of the statement that a sentence in the speaker's "we" goes on from */
        GOES_ON,
        /** the speaker the next paragraph names */
        NEXT_PARAGRAPH,
        /** the agent of a passive speech verb */
        PASSIVE_AGENT,
        /** the subject of the speech verb */
        SUBJECT,
        /** the subject of the verb that issues a speech noun */
        ISSUER,
        /** the subject of the clause after a fronted participle */
        AFTER_FRONTED_PARTICIPLE,
        /** the name right after the speech verb */
        NAMED_AFTER_VERB,
        /** the first subject of the cue's clause */
        CLAUSE_SUBJECT
    }

    public SpeakerEvidence {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(cue, "cue");
        if ((place == Place.ISSUER) != (issuingVerb != null)) {
            throw new IllegalArgumentException("only an issuer has an issuing verb");
        }
        factors = List.copyOf(factors);
    }

    /** Where a rule looks at its cue, before it has found anyone there. */
    public static SpeakerEvidence at(Place place, SpeechCue cue) {
        return new SpeakerEvidence(place, cue, null, null, null, List.of());
    }

    /** The subject of the verb that issues a speech noun ("the ministry issued a warning"). */
    public static SpeakerEvidence issuedBy(String verb, SpeechCue cue) {
        return new SpeakerEvidence(Place.ISSUER, cue, verb, null, null, List.of());
    }

    /** The same place, with a factor of the rule itself (a colon, a clause's subject). */
    public SpeakerEvidence weighed(Confidence factor) {
        return new SpeakerEvidence(place, cue, issuingVerb, mention, actor, with(factor));
    }

    /** The place's mention, the actor it stands for, and how much a mention of its kind is trusted. */
    public SpeakerEvidence found(Mention newMention, Actor newActor, Confidence trust) {
        return new SpeakerEvidence(place, cue, issuingVerb, newMention, newActor, with(trust));
    }

    /** This speaker, carried on to a cue of another passage (a quotation that goes on), with its factor. */
    public SpeakerEvidence carriedOn(Place newPlace, SpeechCue newCue, Confidence factor) {
        return new SpeakerEvidence(newPlace, newCue, null, null, actor, with(factor));
    }

    /** The product of the factors, from 1, in the order they were applied. */
    public double factor() {
        double product = 1.0;
        for (Confidence factor : factors) {
            product *= factor.value();
        }
        return product;
    }

    private List<Confidence> with(Confidence factor) {
        List<Confidence> more = new ArrayList<>(factors);
        more.add(factor);
        return more;
    }
}
