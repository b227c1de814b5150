package org.reactions.statements;

import java.util.List;
import org.reactions.entities.Actor;
import org.reactions.knowledge.CountryCode;

/**
 * Something an official voice said, with where it was said.
 *
 * @param documentId the document
 * @param ordinal    where the statement lies in the document: 1 + the code point offset of its first cue, plus the
 *                   number of speakers that cue credited before this one ("Russia and China condemned": China's is
 *                   Russia's + 1); it depends on the text, never on the countries, actors, stance cues or model of
 *                   a run, so an id names the same statement in every run
 * @param sentence   index of the first sentence of {@code text}, from 0
 * @param start      offset of {@code text} in the document text (UTF-16, as every offset of the library; the
 *                   reports give code points: {@link #startCodePoint()})
 * @param end        offset after {@code text}
 * @param text       the sentence(s) holding the statement, verbatim
 * @param scopeStart where the part of the text that this speaker owns starts (another speaker may own the rest);
 * @param scopeEnd   where that part ends
 * @param clauseStart where the speaker's own clause starts (its mention or cue): words before it in the scope are
 *                   the writer's, except quoted words
 * @param quote      the speaker's quoted words, or null for reported speech
 * @param quoteSpans where the quoted words are in the document text (empty without a quote)
 * @param speaker    who said it
 * @param mode       direct (quoted) or indirect (reported)
 * @param cue        what marks the speech ("said", "according to", or "quote" for quoted words alone)
 * @param rule       the attribution rule that credited the speaker ({@code AttributionRules}), with its description
 * @param confidence how sure the attribution is, from 0 to 1 (see {@link Confidence})
 * @param reasons    how each cue was credited to the speaker, as data that {@code reactions explain} words
 * @param ownWords   the words that are the speaker's: the quoted words, or the reported clause (from the speaker's
 *                   clause to the end of their part), so that two acts of one sentence differ
 * @param codePoints the document's converter of offsets into code points, for the reports
 * @param voice      whose voice it is: an official's, an unnamed source's, or an official's reported by another
 * @param reportedBy for a {@link Voice#REPORTED} statement, the official who relates the words; otherwise null
 */
public record Statement(String documentId, int ordinal, int sentence, int start, int end, String text, int scopeStart,
                        int scopeEnd, int clauseStart, String quote, List<TextSpan> quoteSpans, Actor speaker, Mode mode,
                        SpeechCue cue, AttributionRuleId rule, double confidence, List<SpeakerReason> reasons, String ownWords,
                        org.reactions.corpus.CodePoints codePoints, Voice voice, Actor reportedBy) {
    public Statement {
        quoteSpans = List.copyOf(quoteSpans);
        reasons = List.copyOf(reasons);
        java.util.Objects.requireNonNull(voice, "voice");
        if ((voice == Voice.REPORTED) != (reportedBy != null)) {
            throw new IllegalArgumentException("a statement has a reporter exactly when its voice is reported");
        }
    }

    /** An official's statement. */
    public Statement(String documentId, int ordinal, int sentence, int start, int end, String text, int scopeStart,
                     int scopeEnd, int clauseStart, String quote, List<TextSpan> quoteSpans, Actor speaker, Mode mode,
                     SpeechCue cue, AttributionRuleId rule, double confidence, List<SpeakerReason> reasons, String ownWords,
                     org.reactions.corpus.CodePoints codePoints) {
        this(documentId, ordinal, sentence, start, end, text, scopeStart, scopeEnd, clauseStart, quote, quoteSpans, speaker,
                mode, cue, rule, confidence, reasons, ownWords, codePoints, Voice.OFFICIAL, null);
    }

    public String id() {
        return documentId + "#" + ordinal;
    }

    /** {@link #start()} in Unicode code points, as the reports give it. */
    public int startCodePoint() {
        return codePoints.of(start);
    }

    /** {@link #end()} in Unicode code points. */
    public int endCodePoint() {
        return codePoints.of(end);
    }

    /** Where the quoted words are in {@link #text()} (offsets from its start). */
    public java.util.List<TextSpan> quotesInText() {
        return quoteSpans.stream().map(span -> span.relativeTo(start, text.length())).toList();
    }

    public CountryCode country() {
        return speaker.country();
    }

    /** The same statement with its sentence counted from the start of a longer document that it is part of. */
    public Statement inLongerDocument(int sentencesBefore) {
        return new Statement(documentId, ordinal, sentence + sentencesBefore, start, end, text, scopeStart, scopeEnd, clauseStart,
                quote, quoteSpans, speaker, mode, cue, rule, confidence, reasons, ownWords, codePoints, voice, reportedBy);
    }
}
