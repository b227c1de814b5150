package org.reactions.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.entities.Actor;
import org.reactions.entities.ActorType;
import org.reactions.entities.Mention;

/** The evidence of a speaker keeps its confidence factors in order; their product is the speaker's factor. */
class SpeakerEvidenceTest {
    private static final Actor MINISTRY = new Actor("Ministry of Testing", null, ActorType.INSTITUTION, null, true, Actor.Origin.COUNTRY);
    private static final Mention MENTION = new Mention(0, 3, "the Testing ministry", MINISTRY, null, Mention.Kind.INSTITUTION, false, false);

    @Test
    void theFactorIsTheProductOfTheRowsInTheOrderApplied() {
        SpeakerEvidence found = SpeakerEvidence.at(SpeakerEvidence.Place.BEFORE_COLON, SpeechCue.of(CueKind.COLON))
                .weighed(Confidence.COLON).found(MENTION, MINISTRY, Confidence.STATE_OR_INSTITUTION);
        assertEquals(List.of(Confidence.COLON, Confidence.STATE_OR_INSTITUTION), found.factors());
        assertEquals(Confidence.COLON.value() * Confidence.STATE_OR_INSTITUTION.value(), found.factor());
        assertEquals(MENTION, found.mention());
    }

    @Test
    void aSpeakerCarriedOnKeepsItsFactorsAndLeavesItsMentionBehind() {
        SpeakerEvidence found = SpeakerEvidence.at(SpeakerEvidence.Place.SUBJECT, SpeechCue.verb("said"))
                .found(MENTION, MINISTRY, Confidence.STATE_OR_INSTITUTION);
        SpeakerEvidence carried = found.carriedOn(SpeakerEvidence.Place.CONTINUED_QUOTATION, SpeechCue.of(CueKind.CONTINUATION), Confidence.CARRIED_OVER);
        assertNull(carried.mention());
        assertEquals(MINISTRY, carried.actor());
        assertEquals(found.factor() * Confidence.CARRIED_OVER.value(), carried.factor());
    }

    @Test
    void onlyAnIssuerHasAnIssuingVerb() {
        assertEquals("issued", SpeakerEvidence.issuedBy("issued", SpeechCue.verb("warning")).issuingVerb());
        assertThrows(IllegalArgumentException.class, () -> new SpeakerEvidence(SpeakerEvidence.Place.SUBJECT, SpeechCue.verb("said"),
                "issued", null, null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new SpeakerEvidence(SpeakerEvidence.Place.ISSUER, SpeechCue.verb("warning"),
                null, null, null, List.of()));
    }
}
