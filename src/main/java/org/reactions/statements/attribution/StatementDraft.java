package org.reactions.statements.attribution;

import java.util.ArrayList;
import java.util.List;
import org.reactions.corpus.CodePoints;
import org.reactions.entities.Actor;
import org.reactions.nlp.Quotation;
import org.reactions.nlp.TextOrder;
import org.reactions.statements.Confidence;
import org.reactions.statements.CueKind;
import org.reactions.statements.Mode;
import org.reactions.statements.SpeakerReason;
import org.reactions.statements.Statement;
import org.reactions.statements.TextSpan;
import org.reactions.statements.Voice;

/** A statement in the making: one speaker's speech in one passage, and the part of the passage that is theirs. */
final class StatementDraft {
    /** the longest passage a statement shows whole, in characters; a longer one shows the statement's own part */
    static final int LONGEST_TEXT = 2_000;
    final Passage passage;
    final Actor actor;
    final List<Event> events = new ArrayList<>();
    private final List<SpeakerReason> reasons = new ArrayList<>();
    int anchor = Integer.MAX_VALUE;
    private double factor;
    int scopeStart;
    int scopeEnd;
    int clauseStart;
    Voice voice = Voice.OFFICIAL;
    /** for a reported voice, the official who relates the words */
    Actor reportedBy;

    StatementDraft(Passage passage, Actor actor) {
        this.passage = passage;
        this.actor = actor;
    }

    void add(Event e, Speaker s, Grammar grammar) {
        events.add(e);
        anchor = Math.min(anchor, e.anchor());
        factor = Math.max(factor, s.factor());
        Cue c = e.cue();
        String lemma = c.kind() == CueKind.VERB ? grammar.speech().verb(c.surface()).lemma() : null;
        reasons.add(new SpeakerReason(e.rule(), c.speech(), lemma, s.how(), e.goesWith() == null ? null : e.goesWith().cue().speech()));
    }

    /** Whether the speaker's only cue is "according to" (a source, which other statements may already stand for). */
    boolean sourceOnly() {
        return events.stream().allMatch(e -> e.cue().kind() == CueKind.ACCORDING);
    }

    /** The code point offset of the statement's first cue (its speech verb, "according to", colon or quotation). */
    int firstCueOffset(CodePoints codePoints) {
        return codePoints.of(passage.token(events.get(0).cue().at()).start());
    }

    Statement toStatement(String documentId, int ordinal, String documentText, CodePoints codePoints) {
        StringBuilder quoted = new StringBuilder();
        List<TextSpan> spans = new ArrayList<>();
        List<Quotation> quotations = passage.quotations();
        int firstQuotation = TextOrder.firstNotBefore(quotations.size(), q -> quotations.get(q).end() <= scopeStart);
        for (int i = firstQuotation; i < quotations.size() && quotations.get(i).start() < scopeEnd; i++) {
            Quotation q = quotations.get(i);
            int from = Math.max(q.start(), scopeStart);
            int to = Math.min(q.end(), scopeEnd);
            if (from < to && !documentText.substring(from, to).isBlank()) {
                if (quoted.length() > 0) {
                    quoted.append(' ');
                }
                quoted.append(documentText, from, to);
                spans.add(new TextSpan(from, to));
            }
        }
        for (Event e : events) {
            boolean turn = e.cue().kind() == CueKind.TRANSCRIPT;
            // the whole turn, each paragraph it goes on over, or paragraph of a titled transcript, is the speaker's own words
            if (TranscriptTurn.ID.equals(e.rule()) || TitledSpeech.ID.equals(e.rule())) {
                int from = turn ? passage.token(e.cue().end()).start() : passage.start();
                quoted.setLength(0);
                quoted.append(documentText, from, passage.end());
                spans.clear();
                spans.add(new TextSpan(from, passage.end()));
            }
        }
        String quote = quoted.length() == 0 ? null : quoted.toString().strip();
        Mode mode = quote == null ? Mode.INDIRECT : Mode.DIRECT;
        double confidence = Confidence.of(mode == Mode.DIRECT, factor, passage.isHeading());
        Event first = events.get(0);
        // a "sentence" of a page without full stops can hold thousands of statements: each shows its own part, so
        // that the report grows with the text, not with its square
        boolean longPassage = passage.end() - passage.start() > LONGEST_TEXT;
        int from = longPassage ? scopeStart : passage.start();
        int to = longPassage ? scopeEnd : passage.end();
        return new Statement(documentId, ordinal, passage.first().index(), from, to, documentText.substring(from, to),
                scopeStart, scopeEnd,
                clauseStart, quote, spans, actor, mode, first.cue().speech(), first.rule(),
                confidence, reasons,
                quote != null ? quote : documentText.substring(Math.max(scopeStart, clauseStart), scopeEnd).strip(), codePoints,
                voice, reportedBy);
    }

}
