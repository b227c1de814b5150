package org.reactions.statements.attribution;

import java.util.List;
import org.reactions.Fixtures;
import org.reactions.knowledge.FunctionWords;
import org.reactions.knowledge.Clauses;
import org.reactions.nlp.AnnotatedDocument;
import org.reactions.statements.SpeechLexicon;

/** Reads a text written for a test with the real models and knowledge, and gives the events the rules made. */
final class Reading {
    static final Grammar GRAMMAR = new Grammar(FunctionWords.bundled(), Clauses.bundled(), SpeechLexicon.bundled());

    private Reading() {
    }

    static List<Event> events(String text) {
        AnnotatedDocument document = Fixtures.annotate(text);
        return new DocumentReading(document, Fixtures.RECOGNIZER.recognize(document), GRAMMAR).read().stream()
                .flatMap(List::stream).toList();
    }

    /** The event of the cue written as {@code cue} (a speech verb as written, or "quote", "transcript", "according to"). */
    static Event at(String text, String cue) {
        List<Event> events = events(text);
        return events.stream().filter(e -> e.cue().surface().equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no cue '" + cue + "' in: " + text + "\nevents: " + events));
    }

    /** The names of the event's speakers. */
    static List<String> speakers(Event e) {
        return e.speakers().stream().map(s -> s.actor().name()).toList();
    }
}
