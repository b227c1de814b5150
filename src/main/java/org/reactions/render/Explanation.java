package org.reactions.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.reactions.entities.Actor;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.LabeledStatement;
import org.reactions.stance.StanceReason;
import org.reactions.statements.SpeakerReason;
import org.reactions.statements.Statement;
import org.reactions.statements.TextSpan;

/**
 * Why a statement got its speaker, country and labels: the rules and cues that fired, with the text, its quoted
 * words highlighted.
 */
public final class Explanation {
    private Explanation() {
    }

    public static void text(Writer out, LabeledStatement labeled, String path, Ansi ansi) throws IOException {
        Statement s = labeled.statement();
        Actor speaker = s.speaker();
        StringBuilder b = new StringBuilder();
        b.append(ansi.bold(s.id())).append("  ").append(path).append(", sentence ").append(s.sentence() + 1)
                .append(", characters ").append(s.startCodePoint()).append('\u2013').append(s.endCodePoint()).append('\n');
        b.append("Speaker:  ").append(speaker.name()).append(speaker.role() == null ? "" : " (" + speaker.role() + ")")
                .append(", ").append(speaker.type().label()).append('\n');
        b.append("Country:  ").append(s.country()).append(", ").append(countrySource(speaker)).append('\n');
        b.append("Mode:     ").append(s.mode().label()).append(", cue '").append(s.cue().word()).append("', confidence ")
                .append(s.confidence()).append(StatementListWriter.voice(s).replace("  ", ", ")).append('\n');
        b.append("Rule:     ").append(s.rule().name()).append(" (").append(s.rule().description()).append(")\n");
        b.append("Labels:   ").append(ansi.cyan(String.join(", ", labeled.labels().stream().map(org.reactions.stance.Label::name).toList()))).append('\n');
        b.append("Targets:  ").append(labeled.targets().isEmpty() ? "none" : CountryCode.join(", ", labeled.targets())).append("\n\n");
        b.append("  ").append(highlighted(s, ansi)).append("\n\n");
        b.append("Why this speaker:\n");
        for (SpeakerReason reason : s.reasons()) {
            b.append("  - ").append(SpeakerReasons.line(reason)).append('\n');
        }
        b.append("Why these labels:\n");
        for (StanceReason reason : labeled.labelEvidence()) {
            b.append("  - ").append(StanceReasons.line(reason)).append('\n');
        }
        List<StanceReason.TargetReason> targets = labeled.targetEvidence();
        if (!targets.isEmpty()) {
            b.append("Why these targets:\n");
            for (StanceReason reason : targets) {
                b.append("  - ").append(StanceReasons.line(reason)).append('\n');
            }
        }
        out.write(b.toString());
        out.flush();
    }

    public static void json(Writer out, LabeledStatement labeled, String path) throws IOException {
        try (JsonGenerator g = JsonFormat.pretty(out)) {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", JsonFormat.SCHEMA_VERSION);
            g.writeStringField("path", path);
            g.writeFieldName("statement");
            JsonFormat.statement(g, labeled);
            g.writeStringField("countrySource", countrySource(labeled.statement().speaker()));
            g.writeArrayFieldStart("speakerReasons");
            for (SpeakerReason reason : labeled.statement().reasons()) {
                g.writeString(SpeakerReasons.line(reason));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("labelReasons");
            for (StanceReason reason : labeled.labelEvidence()) {
                g.writeString(StanceReasons.line(reason));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("targetReasons");
            for (StanceReason reason : labeled.targetEvidence()) {
                g.writeString(StanceReasons.line(reason));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    static String countrySource(Actor speaker) {
        return switch (speaker.origin()) {
            case KNOWLEDGE_BASE -> "from the knowledge base";
            case COUNTRY -> "the country itself, or a metonym of it";
            case LEARNED -> "from the title, nationality or appositive that introduced the speaker in this document";
            case DESCRIBED -> "from the nationality or affiliation in the words that name the speaker";
            case UNKNOWN -> "unknown";
            case ARCHIVE -> "from the archive of officials (kb/archive-actors.tsv): the office held on the document's date";
            case INFERRED -> "inferred from the document: the same person or office with a country elsewhere, a dateline, or the country it is about";
        };
    }

    /** The statement's text with its quoted words marked: in colour on a terminal, between ⟦ ⟧ otherwise. */
    static String highlighted(Statement s, Ansi ansi) {
        String text = s.text();
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (TextSpan span : s.quotesInText()) {
            int from = Math.max(at, span.start());
            int to = Math.max(from, span.end());
            b.append(text, at, from);
            b.append(ansi.on() ? ansi.style("bold,yellow", text.substring(from, to)) : "\u27E6" + text.substring(from, to) + "\u27E7");
            at = to;
        }
        b.append(text.substring(at));
        return b.toString().replace("\n", "\n  ");
    }
}
