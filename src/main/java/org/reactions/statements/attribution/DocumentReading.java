package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.BOUNDARIES;
import static org.reactions.knowledge.FunctionWords.Set.RECIPIENT_PRONOUNS;
import static org.reactions.knowledge.FunctionWords.Set.RELATIVE_PRONOUNS;
import static org.reactions.knowledge.FunctionWords.Set.RELAYING_VERBS;
import static org.reactions.knowledge.FunctionWords.Set.SUBORDINATING;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.reactions.corpus.CodePoints;
import org.reactions.entities.ActorType;
import org.reactions.entities.DocumentEntities;
import org.reactions.entities.Mention;
import org.reactions.nlp.AnnotatedDocument;
import org.reactions.nlp.Token;
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
    /** for a speech event that reports another's speech, where the reported speech ends */
    private final Map<Event, Integer> reportedUntil = new IdentityHashMap<>();
    /** speech verbs that only report what an official of another country said, so they are no statement of their own */
    private final Map<Event, Boolean> relays = new IdentityHashMap<>();
    /** speech verbs inside the speaker's own report ("said it regretted"), which are part of that act */
    private final Map<Event, Boolean> selfReported = new IdentityHashMap<>();
    /** an official's speech that another official relates ("said Lavrov had told him"), and the relating event */
    private final Map<Event, Event> reporters = new IdentityHashMap<>();

    public DocumentReading(AnnotatedDocument document, DocumentEntities entities, Grammar grammar) {
        this.document = document;
        this.entities = entities;
        this.grammar = grammar;
        this.cueFinder = new CueFinder(grammar);
        this.salience = new Salience(entities);
        this.speakers = new Speakers(salience, grammar, entities);
        this.memory = new ReaderMemory(salience, grammar);
        this.passages = Passage.of(document, entities);
        this.paragraphs = new Paragraphs(passages);
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

    /** Whether a speech verb only relays another country's official's words ({@link #readsOutAnotherCountry}). */
    boolean isRelay(Event e) {
        return relays.containsKey(e);
    }

    /** Whether a speech verb stands inside the report of an earlier verb of the same speaker ("said it regretted"). */
    boolean isSelfReported(Event e) {
        return selfReported.containsKey(e);
    }

    /** The event of the official who relates an official's words ("said Lavrov had told him that ..."), or null. */
    Event reporterOf(Event e) {
        return reporters.get(e);
    }

    /** Where the speech that an event reports (someone else's) ends, or 0. */
    int reportedUntil(Event e) {
        return reportedUntil.getOrDefault(e, 0);
    }

    private List<Event> read(Passage p) {
        memory.remember(p);
        if (p.reportsNothing(grammar.words())) {
            return List.of();
        }
        List<Event> found = new ArrayList<>();
        if (Passage.isTranscriptTurn(document.sentences(), p.first().index(), entities)) {
            addIfDecided(found, p, cueFinder.transcriptTurn(p));
        }
        for (Cue cue : cueFinder.wordCues(p)) {
            found.add(AttributionRules.attribute(new CueSite(p, cue, Collections.unmodifiableList(found), this)));
        }
        found = ClosingTags.withoutReported(p, withoutEmbedded(p, found), tag -> relays.put(tag, Boolean.TRUE));
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

    /**
     * Drops speech reported inside someone else's ("Smagin explained that Russia has emphasized ...", "Trump
     * said China had condemned ..."): a later verb whose subject comes after an earlier speech verb of the same
     * sentence, with no clause boundary ("while", "but", "and", ";") between them, belongs to the earlier speaker.
     */
    private List<Event> withoutEmbedded(Passage p, List<Event> found) {
        int[] boundaries = p.unquotedCounts(grammar.words().get(BOUNDARIES));
        int[] subordinators = p.unquotedCounts(grammar.words().get(SUBORDINATING));
        int[] participleClauses = participleClauses(p);
        List<Event> kept = new ArrayList<>();
        List<Event> frames = new ArrayList<>(); // the kept speech verbs with speakers, in text order
        Map<Event, Event> frameOf = new IdentityHashMap<>(); // dropped event -> the kept one reporting it
        for (Event e : found) {
            Event frame = e.isVerb() ? frameBefore(p, frames, e, boundaries, subordinators, participleClauses) : null;
            if (frame != null && relaysAnOfficial(p, frame, e)) {
                frame = null; // "Xinhua reported that Wang Yi said ...": the outlet only passes the words on
            }
            if (frame != null && sameActors(frame, e)) {
                selfReported.put(e, Boolean.TRUE); // "The Kremlin said it regretted ...": one act, the speaker's own words
                frame = null;
            }
            if (frame != null && (readsOutAnotherCountry(p, frame, e) || readsOutItsOfficial(frame, e))) {
                relays.put(frame, Boolean.TRUE); // "China said in a readout that the Egyptian minister thanked ..."
                frame = null;
            }
            if (frame != null && relatesWhatWasToldThem(p, frame, e)) {
                relays.put(frame, Boolean.TRUE); // "Araghchi said Lavrov had told him that ...": Lavrov's, reported
                reporters.put(e, frame);
                frame = null;
            }
            if (frame == null && speaksOfAThirdParty(p, frames, e) && !relaysAnOfficial(p, frames.get(frames.size() - 1), e)) {
                continue; // "Lavrov warning that the US actions could trigger the outcome they claim to prevent"
            }
            if (frame == null && e.goesWith() != null) {
                frame = frameOf.get(e.goesWith()); // "Lavrov said Russia condemned ... but demanded ..."
            }
            if (frame != null) {
                frameOf.put(e, frame);
                if (e.hasSpeaker() && !e.negated()) {
                    reportedUntil.merge(frame, e.cue().end(), Math::max); // the reported words run on to here
                }
                continue;
            }
            kept.add(e);
            if (e.isVerb() && e.hasSpeaker()) {
                frames.add(e);
            }
        }
        return kept;
    }

    /** The speech verb of the sentence whose words event e stands in, or null. */
    private Event frameBefore(Passage p, List<Event> frames, Event e, int[] boundaries, int[] subordinators, int[] participleClauses) {
        int sentence = p.sentenceOf(e.anchor());
        for (int i = frames.size() - 1; i >= 0; i--) {
            Event earlier = frames.get(i);
            if (earlier.cue().at() >= e.anchor()) {
                continue; // a verb between the subject and its own verb
            }
            if (p.sentenceOf(earlier.cue().at()) != sentence) {
                return null;
            }
            int from = earlier.cue().end();
            int to = e.anchor();
            // "During the call, which Xinhua said was initiated by Lavrov, Wang said ...": a comma closes the report
            // "Moscow said ..., prompting Kyiv to condemn ...": a participle clause after a comma is no longer the report
            // "“The head of the agency sent a letter ...,” he told AFP": the tag after a quotation is no part of its words
            // "a remark that “Beijing should stop buying oil,” Mao Ning said": a comma closes the quoted words and the
            // report, unless the report's clause is subordinate ("said that if ... “...,” Iran would")
            boolean tagAfterQuotation = p.afterClosingQuote(e.anchor()) && (p.token(earlier.cue().at()).quoted()
                    || (p.lower(e.anchor() - 2).equals(",") && e.anchor() < e.cue().at() && subordinators[to] == subordinators[from]));
            boolean boundary = tagAfterQuotation || to > from && (p.lower(to - 1).equals(",") || asideOpensBefore(p, from, to)
                    || boundaries[to] > boundaries[from] || participleClauses[to] > participleClauses[from]);
            return boundary ? null : earlier; // an earlier verb would have this boundary too
        }
        return null;
    }

    /**
     * Whether a relative clause or an appositive after a comma holds the subject at {@code to}: "Putin criticised the
     * strikes, which the Kremlin described as ...", "Washington blamed Iran for the attack, an accusation Tehran
     * rejected", "..., in an attack Tehran claimed was ...": only a relative pronoun, determiners, adjectives and nouns,
     * and a preposition right after the comma, stand between the comma and the subject.
     */
    private boolean asideOpensBefore(Passage p, int from, int to) {
        for (int q = to - 1; q > from; q--) {
            Token t = p.token(q);
            if (t.text().equals(",") && !t.quoted()) {
                return q < to - 1;
            }
            boolean opening = t.hasTag("ADP") && p.lower(q - 1).equals(","); // ", in an attack Tehran claimed was ..."
            if (!(grammar.is(RELATIVE_PRONOUNS, t.lower()) || t.hasTag("DET") || t.hasTag("ADJ") || t.hasTag("NOUN") || opening)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether an official voice reads out what an official of another country said ("China said in a readout that
     * the Egyptian minister thanked ..."): the words are the other's, the reporter only their source. A statement
     * noun ("readout", "statement") names the report; without one, an official who says what another country did
     * ("he recalled that the US had claimed ...") speaks for himself.
     */
    private boolean readsOutAnotherCountry(Passage p, Event frame, Event inner) {
        boolean readout = false;
        for (int j = Math.min(frame.anchor(), frame.cue().at()); j < inner.anchor() && !readout; j++) {
            readout = grammar.speech().isStatementNoun(p.lower(j));
        }
        boolean officials = frame.speakers().stream().allMatch(s -> Drafts.speaksForACountry(s.actor()))
                && inner.hasSpeaker() && inner.speakers().stream().allMatch(s -> Drafts.speaksForACountry(s.actor()));
        return readout && officials && !inner.negated() && frame.speakers().stream().noneMatch(f -> inner.speakers().stream()
                .anyMatch(i -> i.actor().country().equals(f.actor().country())));
    }

    /**
     * Whether a state or an institution reads out what one of its officials said ("The Kremlin said Putin stressed
     * ...", "A Kremlin statement said Putin told Pezeshkian that ..."): the words are the official's, passed on by
     * the office that speaks for them.
     */
    private static boolean readsOutItsOfficial(Event frame, Event inner) {
        boolean offices = frame.speakers().stream().allMatch(s -> s.actor().official()
                && (s.actor().type() == ActorType.STATE || s.actor().type() == ActorType.INSTITUTION));
        boolean itsOfficials = inner.hasSpeaker() && inner.speakers().stream().allMatch(i -> i.actor().isPerson() && i.actor().official()
                && frame.speakers().stream().allMatch(f -> i.actor().country() != null && i.actor().country().equals(f.actor().country())));
        return offices && itsOfficials && !inner.negated();
    }

    /**
     * Whether an official relates what another official told them ("Araghchi said Lavrov had told him that ...",
     * "... had assured her"): the inner verb is spoken to the reporter, so the words are the inner speaker's.
     */
    private boolean relatesWhatWasToldThem(Passage p, Event frame, Event inner) {
        boolean officials = frame.speakers().stream().allMatch(s -> Drafts.speaksForACountry(s.actor()))
                && inner.hasSpeaker() && inner.speakers().stream().allMatch(s -> Drafts.speaksForACountry(s.actor()));
        return officials && !inner.negated() && grammar.is(RECIPIENT_PRONOUNS, p.lower(inner.cue().end()));
    }

    /**
     * Whether a speech verb whose subject is a pronoun ("they claim") stands after the nearest speech verb of its
     * sentence by another speaker of the same country as the one the pronoun was resolved to: an official does not
     * name their own side "they", so the words are a third party's that the official speaks of, not a statement of
     * the official's country. A pronoun after a comma or a closing quotation mark opens a tag that reports the sentence,
     * and speaks itself.
     */
    private static boolean speaksOfAThirdParty(Passage p, List<Event> frames, Event e) {
        if (frames.isEmpty() || !e.isVerb() || !e.hasSpeaker() || e.speakers().stream().anyMatch(s -> !isPronoun(p, s))) {
            return false;
        }
        Event earlier = frames.get(frames.size() - 1);
        boolean sameSentence = earlier.cue().at() < e.anchor() && p.sentenceOf(earlier.cue().at()) == p.sentenceOf(e.anchor());
        boolean tag = e.anchor() > 0 && p.lower(e.anchor() - 1).equals(",") // "China has always held that ..., he said"
                || p.afterClosingQuote(e.anchor()); // "“...,” he told AFP"
        return sameSentence && !tag && !sameActors(earlier, e) && earlier.speakers().stream().anyMatch(f -> e.speakers().stream()
                .anyMatch(s -> !f.actor().equals(s.actor()) && java.util.Objects.equals(f.actor().country(), s.actor().country())));
    }

    /**
     * Whether a verb that relays ("reported", "cited"), or any speech verb of a news outlet ("Xinhua said"), frames the
     * words of a named official or institution, who keeps them ("Xinhua reported that Wang Yi said", "State media said
     * Xi had called for calm"); what it says a state did stays the outlet's ("Reuters reported that Iran had asked for
     * help").
     */
    private boolean relaysAnOfficial(Passage p, Event frame, Event e) {
        boolean outlet = frame.hasSpeaker()
                && frame.speakers().stream().allMatch(s -> s.actor().type() == ActorType.OUTLET || memory.namesAnOutlet(s.actor()));
        return (outlet || grammar.is(RELAYING_VERBS, p.lower(frame.cue().at())))
                && e.hasSpeaker() && e.speakers().stream().allMatch(s -> s.actor().official() && s.actor().type() != ActorType.STATE);
    }

    /** Whether the speaker is named by a pronoun ("they"), not by a role noun ("the parliamentary speaker"). */
    private static boolean isPronoun(Passage p, Speaker s) {
        Mention m = s.at() >= 0 ? p.mentionStartingAt(s.at()) : null;
        return m != null && m.kind() == Mention.Kind.ANAPHOR && m.anaphor().roles().isEmpty();
    }

    /** For each token, how many unquoted commas before it open a participle clause (", prompting ..."). */
    private static int[] participleClauses(Passage p) {
        int[] counts = new int[p.size() + 1];
        for (int i = 0; i < p.size(); i++) {
            boolean opens = !p.token(i).quoted() && p.lower(i).equals(",") && p.lower(i + 1).endsWith("ing");
            counts[i + 1] = counts[i] + (opens ? 1 : 0);
        }
        return counts;
    }

    private static boolean sameActors(Event a, Event b) {
        return a.speakers().stream().map(Speaker::actor).toList().equals(b.speakers().stream().map(Speaker::actor).toList());
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
