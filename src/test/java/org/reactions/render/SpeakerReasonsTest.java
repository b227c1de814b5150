package org.reactions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reactions.entities.Actor;
import org.reactions.entities.ActorType;
import org.reactions.entities.Anaphor;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.Confidence;
import org.reactions.statements.CueKind;
import org.reactions.statements.SpeakerEvidence;
import org.reactions.statements.SpeakerReason;
import org.reactions.statements.SpeechCue;

/** explain's lines about a speaker are worded here, from the statement's data. */
class SpeakerReasonsTest {
    private static final Actor MINISTER = new Actor("Ana Testa", "Foreign Minister", ActorType.PERSON, null, true, Actor.Origin.KNOWLEDGE_BASE);
    private static final AttributionRuleId SUBJECT_OF_VERB = new AttributionRuleId("subject-of-verb", "the subject of the speech verb");

    @Test
    void aNamedSubjectOfASpeechVerb() {
        SpeechCue said = SpeechCue.verb("said");
        Mention name = new Mention(0, 2, "Ana Testa", MINISTER, null, Mention.Kind.NAME, false, false);
        SpeakerEvidence how = SpeakerEvidence.at(SpeakerEvidence.Place.SUBJECT, said).found(name, MINISTER, Confidence.NAME);
        assertEquals("rule subject-of-verb: cue 'said' (speech verb 'say'); speaker subject of 'said': 'Ana Testa' (knowledge base)",
                SpeakerReasons.line(new SpeakerReason(SUBJECT_OF_VERB, said, "say", how, null)));
    }

    @Test
    void aVerbThatSharesAnEarlierSpeaker() {
        Mention pronoun = new Mention(0, 1, "She", null, Anaphor.pronoun(Set.of(ActorType.PERSON), false, false), Mention.Kind.ANAPHOR, false, false);
        SpeakerEvidence how = SpeakerEvidence.at(SpeakerEvidence.Place.SUBJECT, SpeechCue.verb("said")).found(pronoun, MINISTER, Confidence.PRONOUN);
        SpeakerReason reason = new SpeakerReason(new AttributionRuleId("coordinated-verb", "shares the speaker"), SpeechCue.verb("added"), "add",
                how, SpeechCue.verb("said"));
        assertEquals("rule coordinated-verb: cue 'added' (speech verb 'add'); speaker subject of 'said': 'She' refers to Ana Testa"
                + " (nearest compatible actor named before); goes with 'said'", SpeakerReasons.line(reason));
    }

    @Test
    void marksThatAreNotWords() {
        SpeechCue quote = SpeechCue.of(CueKind.CONTINUATION);
        SpeakerEvidence carried = SpeakerEvidence.at(SpeakerEvidence.Place.SUBJECT, SpeechCue.verb("said"))
                .found(new Mention(0, 2, "Ana Testa", MINISTER, null, Mention.Kind.NAME, false, false), MINISTER, Confidence.NAME)
                .carriedOn(SpeakerEvidence.Place.CONTINUED_QUOTATION, quote, Confidence.CARRIED_OVER);
        SpeakerReason reason = new SpeakerReason(new AttributionRuleId("quotation-continues", "goes on"), quote, null, carried, null);
        assertEquals("rule quotation-continues: cue 'quote' (quotation without a speech verb); speaker continues the quotation of Ana Testa",
                SpeakerReasons.line(reason));
        SpeechCue issued = SpeechCue.verb("warning");
        Mention state = new Mention(0, 1, "Testland", MINISTER, null, Mention.Kind.STATE, false, false);
        assertEquals("subject of 'issued', which issues the 'warning': 'Testland' (country or metonym)",
                SpeakerReasons.speaker(SpeakerEvidence.issuedBy("issued", issued).found(state, MINISTER, Confidence.STATE_OR_INSTITUTION)));
    }
}
