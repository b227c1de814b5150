package org.reactions.statements.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reactions.corpus.CodePoints;
import org.reactions.entities.DocumentEntities;
import org.reactions.nlp.AnnotatedDocument;
import org.reactions.statements.Statement;

/**
 * The reading of one document, passage by passage: the cues of each passage and the events the rules make of
 * them, with what the reader remembers from sentence to sentence (the actors named, for pronouns; the events of
 * the passages around, for quotations that go on).
 */
public final class DocumentReading {
    private final AnnotatedDocument document;
    private final DocumentEntities entities;
    private final Grammar grammar;
    private final CueFinder cueFinder;
    private final List<Passage> passages;
    private final Paragraphs paragraphs;
    private final List<List<Event>> events = new ArrayList<>();
    private final Salience salience;
    private final ReaderMemory memory;
    private final Speakers speakers;
    private final EmbeddedSpeech embedded;
    /** whether each passage opens with a speaker's name and a colon ("LAVROV: ..."), and how many such are no headings */
    private final boolean[] turns;
    private final int transcriptTurns;

    public DocumentReading(AnnotatedDocument document, DocumentEntities entities, Grammar grammar) {
        this.document = document;
        this.entities = entities;
        this.grammar = grammar;
        this.cueFinder = new CueFinder(grammar);
        this.salience = new Salience(entities);
        this.speakers = new Speakers(salience, grammar, entities);
        this.memory = new ReaderMemory(salience, grammar);
        this.embedded = new EmbeddedSpeech(grammar, memory);
        this.passages = Passage.of(document, entities);
        this.paragraphs = new Paragraphs(passages);
        this.turns = new boolean[passages.size()];
        for (Passage p : passages) {
            turns[p.index()] = Passage.isTranscriptTurn(document.sentences(), p.first().index(), entities);
        }
        this.transcriptTurns = (int) passages.stream().filter(p -> turns[p.index()] && !p.isHeading()).count();
    }

    /**
     * The statements of the document by official voices of any country, in text order, each numbered by where it
     * lies in the text: 1 + the code point offset of its first cue, plus the number of speakers the same cue
     * credited before it ("Russia and China condemned": China's is one more than Russia's). The number does not
     * depend on the statements found elsewhere in the text, so an id stays when a run finds more or fewer.
     */
    public List<Statement> statements() {
        read();
        Drafts drafter = new Drafts(this, new HeadlineOfficials(passages, events, grammar));
        List<StatementDraft> drafts = new ArrayList<>();
        for (Passage p : passages) {
            drafts.addAll(drafter.of(p, events.get(p.index())));
        }
        drafts.sort(Comparator.comparingInt((StatementDraft d) -> d.passage.start()).thenComparingInt(d -> d.anchor));
        drafts = drafter.withoutBareIntroductions(drafts);
        CodePoints codePoints = new CodePoints(document.text());
        List<Statement> statements = new ArrayList<>(drafts.size());
        Map<Integer, Integer> speakersOfCue = new HashMap<>();
        for (StatementDraft d : drafts) {
            int cue = d.firstCueOffset(codePoints);
            int earlier = speakersOfCue.merge(cue, 1, Integer::sum) - 1;
            statements.add(d.toStatement(document.source().id(), cue + 1 + earlier, document.text(), codePoints));
        }
        return statements;
    }

    /** Reads every passage; the events of each, in passage order. */
    List<List<Event>> read() {
        for (Passage p : passages) {
            events.add(read(p));
        }
        attributeForward();
        attributeBetween();
        return Collections.unmodifiableList(events);
    }

    Grammar grammar() {
        return grammar;
    }

    Speakers speakers() {
        return speakers;
    }

    /** Where each passage's paragraph starts and whether it ends in a question. */
    Paragraphs paragraphs() {
        return paragraphs;
    }

    /** How many transcript turns that are no headings the document has: with two or more, it is a transcript. */
    int transcriptTurns() {
        return transcriptTurns;
    }

    boolean hasPassage(int index) {
        return index >= 0 && index < passages.size();
    }

    Passage passage(int index) {
        return passages.get(index);
    }

    /** The events of a passage read already (none for one not read yet). */
    List<Event> eventsOf(Passage p) {
        return p.index() < events.size() ? events.get(p.index()) : List.of();
    }

    /** Whether a speech verb only relays another's words, so that it is no statement of its own ({@link EmbeddedSpeech}). */
    boolean isRelay(Event e) {
        return embedded.isRelay(e);
    }

    /** Whether a speech verb stands inside the report of an earlier verb of the same speaker ("said it regretted"). */
    boolean isSelfReported(Event e) {
        return embedded.isSelfReported(e);
    }

    /** The event of the official who relates an official's words ("said Lavrov had told him that ..."), or null. */
    Event reporterOf(Event e) {
        return embedded.reporterOf(e);
    }

    /** Where the speech that an event reports (someone else's) ends, or 0. */
    int reportedUntil(Event e) {
        return embedded.reportedUntil(e);
    }

    private List<Event> read(Passage p) {
        memory.remember(p);
        if (p.reportsNothing(grammar.words())) {
            return List.of();
        }
        List<Event> found = new ArrayList<>();
        if (turns[p.index()]) {
            addIfDecided(found, p, cueFinder.transcriptTurn(p));
        }
        // in a transcript, a turn's words are its speaker's, as a quotation's are: no speech verb in them speaks for anyone
        // else ("SACKUR: Russia condemns the strikes. But ..."); a story's one label may report ("Kremlin: Putin told Xi ...")
        boolean turn = transcriptTurns > 1 && !p.isHeading() && found.stream().anyMatch(Event::hasSpeaker);
        for (Cue cue : turn ? List.<Cue>of() : cueFinder.wordCues(p)) {
            found.add(AttributionRules.attribute(new CueSite(p, cue, Collections.unmodifiableList(found), this)));
        }
        found = ClosingTags.withoutReported(p, embedded.withoutEmbedded(p, found), embedded::markRelay);
        if (found.stream().noneMatch(e -> e.isVerb() && !e.negated())) {
            addIfDecided(found, p, cueFinder.colonBeforeQuotation(p));
        }
        if (found.isEmpty()) {
            addIfDecided(found, p, cueFinder.signedQuotation(p));
        }
        if (found.isEmpty()) {
            addIfDecided(found, p, cueFinder.continuation(p));
        }
        if (found.stream().noneMatch(Event::hasSpeaker) && p.index() > 0 && passages.get(p.index() - 1).paragraph() < p.paragraph()) {
            addIfDecided(found, p, CueFinder.opensParagraph(p));
        }
        if (found.isEmpty()) {
            addIfDecided(found, p, cueFinder.firstPerson(p));
        }
        if (found.stream().allMatch(SpeechRunsOn::mayRunThrough)) {
            addIfDecided(found, p, CueFinder.runsOn(p));
        }
        memory.spoke(p, found, this::isRelay);
        return found;
    }

    /** A mark that is not a word (a colon, a quotation) is a cue only where a rule credits it to a speaker. */
    private void addIfDecided(List<Event> found, Passage p, Cue cue) {
        if (cue != null) {
            Event e = AttributionRules.attribute(new CueSite(p, cue, Collections.unmodifiableList(found), this));
            if (e.rule() != null) {
                found.add(e);
            }
        }
    }

    /** A sentence with no speaker between a statement and the first-person words that go on from it is the statement's too. */
    private void attributeBetween() {
        for (int i = 1; i + 1 < passages.size(); i++) {
            if (events.get(i).isEmpty() && !passages.get(i).reportsNothing(grammar.words())) {
                List<Event> found = new ArrayList<>();
                addIfDecided(found, passages.get(i), CueFinder.between(passages.get(i)));
                if (!found.isEmpty()) {
                    events.set(i, List.copyOf(found));
                }
            }
        }
    }

    /** A paragraph-long quotation that the next paragraph goes on with and attributes (read back to front). */
    private void attributeForward() {
        for (int i = passages.size() - 2; i >= 0; i--) {
            if (events.get(i).isEmpty()) {
                List<Event> found = new ArrayList<>();
                addIfDecided(found, passages.get(i), cueFinder.forward(passages.get(i), passages.get(i + 1)));
                if (!found.isEmpty()) {
                    events.set(i, List.copyOf(found));
                }
            }
        }
    }
}
