package org.reactions.render;

import org.reactions.entities.Actor;
import org.reactions.entities.Mention;
import org.reactions.statements.SpeakerEvidence;
import org.reactions.statements.SpeakerReason;

/** The sentences of {@code reactions explain} about why a statement has its speaker, made from the statement's data. */
final class SpeakerReasons {
    private SpeakerReasons() {
    }

    /** One line: "rule subject-of-verb: cue 'said' (speech verb 'say'); speaker subject of 'said': 'Lavrov' (...)". */
    static String line(SpeakerReason reason) {
        return "rule " + reason.rule().name() + ": cue '" + reason.cue().word() + "' (" + cueKind(reason) + "); speaker "
                + speaker(reason.speaker()) + (reason.goesWith() == null ? "" : "; goes with '" + reason.goesWith().word() + "'");
    }

    private static String cueKind(SpeakerReason reason) {
        return switch (reason.cue().kind()) {
            case VERB -> "speech verb '" + reason.verbLemma() + "'";
            case ACCORDING -> "attribution to a source";
            case COLON -> "quotation introduced by a colon";
            case SIGNED -> "quotation signed after a dash";
            case CONTINUATION -> "quotation without a speech verb";
            case FORWARD -> "quotation attributed in the next paragraph";
            case TAGGED_AFTER -> "sentence the next one goes on from and tags";
            case INTRODUCED -> "paragraph after its speaker is introduced";
            case GOES_ON -> "sentence that goes on from the statement before";
            case TRANSCRIPT -> "transcript turn";
            case NONE -> "no cue in the text";
        };
    }

    /** How the rule came to the speaker: where it looked, and what the mention there is. */
    static String speaker(SpeakerEvidence evidence) {
        String cue = "'" + evidence.cue().word() + "'";
        String place = switch (evidence.place()) {
            case TRANSCRIPT_NAME -> "name opening a transcript turn";
            case AFTER_ACCORDING_TO -> "source named after " + cue;
            case BEFORE_COLON -> "subject of the clause before the colon";
            case AFTER_DASH -> "named after the dash that closes the quotation";
            case SIGNATURE -> "named in the signature of the embedded post";
            case CONTINUED_QUOTATION -> "continues the quotation of " + evidence.actor().name();
            case NEXT_PARAGRAPH -> "quotation attributed in the next paragraph";
            case INTRODUCED -> "introduced speaking in the paragraph before";
            case SUBJECT_BEFORE -> "subject of the silent sentence before the quotation";
            case TAGGED_AFTER -> "speaker of the tag of the next sentence";
            case GOES_ON -> "goes on from the statement of " + evidence.actor().name();
            case PASSIVE_AGENT -> "agent of " + cue;
            case SUBJECT -> "subject of " + cue;
            case ISSUER -> "subject of '" + evidence.issuingVerb() + "', which issues the " + cue;
            case AFTER_FRONTED_PARTICIPLE -> "subject of the clause after " + cue;
            case NAMED_AFTER_VERB -> "named after " + cue;
            case CLAUSE_SUBJECT -> "subject of the clause of " + cue;
        };
        Mention m = evidence.mention();
        if (m == null) {
            return place;
        }
        boolean referredBack = m.isAnaphor() && evidence.actor() != m.actor(); // an office with no holder named before is itself
        return place + ": '" + m.text() + "' " + (referredBack
                ? "refers to " + evidence.actor().name() + " (nearest compatible actor named before)"
                : "(" + mentionKind(m) + ")");
    }

    private static String mentionKind(Mention m) {
        return switch (m.kind()) {
            case NAME -> m.actor().origin() == Actor.Origin.KNOWLEDGE_BASE ? "knowledge base" : "named earlier in the document";
            case TITLED -> "title or nationality before the name";
            case FUZZY -> "similar to the known name " + m.actor().name();
            case STATE -> "country or metonym";
            case INSTITUTION -> "institution";
            case DESCRIBED -> "unnamed official or office";
            case UNKNOWN -> "unknown name";
            case ANAPHOR -> "pronoun";
        };
    }
}
