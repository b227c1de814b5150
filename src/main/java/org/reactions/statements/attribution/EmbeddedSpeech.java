package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.BOUNDARIES;
import static org.reactions.knowledge.FunctionWords.Set.RECIPIENT_PRONOUNS;
import static org.reactions.knowledge.FunctionWords.Set.RELATIVE_PRONOUNS;
import static org.reactions.knowledge.FunctionWords.Set.RELAYING_VERBS;
import static org.reactions.knowledge.FunctionWords.Set.SUBORDINATING;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reactions.entities.ActorType;
import org.reactions.entities.Mention;
import org.reactions.nlp.Token;

/**
 * Speech reported inside other speech, in one document: which speech verbs stand in another speaker's report and are
 * dropped, which only relay an official's words, which are the speaker's own words reported again, and which words
 * one official relates from another. What it learns of each event is kept for the statements made later.
 */
final class EmbeddedSpeech {
    private final Grammar grammar;
    private final ReaderMemory memory;
    /** for a speech event that reports another's speech, where the reported speech ends */
    private final Map<Event, Integer> reportedUntil = new IdentityHashMap<>();
    /** speech verbs that only report what an official of another country said, so they are no statement of their own */
    private final Map<Event, Boolean> relays = new IdentityHashMap<>();
    /** speech verbs inside the speaker's own report ("said it regretted"), which are part of that act */
    private final Map<Event, Boolean> selfReported = new IdentityHashMap<>();
    /** an official's speech that another official relates ("said Lavrov had told him"), and the relating event */
    private final Map<Event, Event> reporters = new IdentityHashMap<>();

    EmbeddedSpeech(Grammar grammar, ReaderMemory memory) {
        this.grammar = grammar;
        this.memory = memory;
    }

    /** Whether a speech verb only relays another country's official's words ({@link #readsOutAnotherCountry}). */
    boolean isRelay(Event e) {
        return relays.containsKey(e);
    }

    /** Notes a speech verb that only relays the words it frames. */
    void markRelay(Event e) {
        relays.put(e, Boolean.TRUE);
    }

    boolean isSelfReported(Event e) {
        return selfReported.containsKey(e);
    }

    Event reporterOf(Event e) {
        return reporters.get(e);
    }

    int reportedUntil(Event e) {
        return reportedUntil.getOrDefault(e, 0);
    }

    /**
     * Drops speech reported inside someone else's ("Smagin explained that Russia has emphasized ...", "Trump
     * said China had condemned ..."): a later verb whose subject comes after an earlier speech verb of the same
     * sentence, with no clause boundary ("while", "but", "and", ";") between them, belongs to the earlier speaker.
     */
    List<Event> withoutEmbedded(Passage p, List<Event> found) {
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
            boolean comma = p.lower(to - 1).equals(",") && !joinsStates(p, from, to);
            boolean boundary = tagAfterQuotation || to > from && (comma || asideOpensBefore(p, from, to)
                    || boundaries[to] > boundaries[from] || participleClauses[to] > participleClauses[from]);
            return boundary ? null : earlier; // an earlier verb would have this boundary too
        }
        return null;
    }

    /**
     * Whether the comma before the subject at {@code to} joins it to a state named right after the speech verb, as
     * headlines do ("Iran says Russia, China assured it of support"): both are subjects of the report.
     */
    private static boolean joinsStates(Passage p, int from, int to) {
        Mention before = p.mentionEndingAt(to - 2);
        Mention subject = p.mentionStartingAt(to);
        int start = from < to && p.lower(from).equals("that") ? from + 1 : from;
        return before != null && subject != null && before.start() == start && isState(before) && isState(subject);
    }

    private static boolean isState(Mention m) {
        return m.actor() != null && m.actor().type() == ActorType.STATE;
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
                .anyMatch(s -> !f.actor().equals(s.actor()) && Objects.equals(f.actor().country(), s.actor().country())));
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
}
