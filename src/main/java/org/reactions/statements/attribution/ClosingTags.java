package org.reactions.statements.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.reactions.entities.ActorType;
import org.reactions.knowledge.CountryCode;

/**
 * "Russia welcomes any attempt at a ceasefire, Kremlin spokesman Dmitry Peskov said": a tag that closes the sentence
 * reports all of it, so a state or institution that speaks earlier in the same sentence ("Russia welcomes") is the
 * content of the tag's speaker of that country, not a statement of its own; and a state's or institution's tag
 * after what one of its officials said ("Putin condemned the strikes, the Kremlin said") only reads it out.
 */
final class ClosingTags {
    private ClosingTags() {
    }

    /**
     * The events without those a closing tag of the same country reports; a tag that reads out another country's
     * official is handed to {@code relayed}, kept as the speaker who relays.
     */
    static List<Event> withoutReported(Passage p, List<Event> found, Consumer<Event> relayed) {
        List<Event> kept = new ArrayList<>(found);
        for (Event tag : lastOfEachSentence(p, found)) {
            if (!closesItsSentence(p, tag, found)) {
                continue;
            }
            Set<CountryCode> voices = tag.speakers().stream().map(s -> s.actor().country()).collect(Collectors.toSet());
            int tagStart = start(tag);
            if (readsOutOfficial(p, tag, tagStart, voices, kept, false)) {
                kept.remove(tag); // "In a call, Putin condemned the strikes, the Kremlin said": Putin's words, read out
                continue;
            }
            if (readsOutOfficial(p, tag, tagStart, voices, kept, true)) {
                relayed.accept(tag); // "Pezeshkian thanked Russia for its solidarity, the Kremlin said": his words, relayed
                continue;
            }
            kept.removeIf(e -> e != tag && e.isVerb() && e.hasSpeaker() && !p.token(e.cue().at()).quoted()
                    && e.cue().at() < tagStart && p.sentenceOf(e.cue().at()) == p.sentenceOf(tagStart)
                    && e.speakers().stream().allMatch(s -> s.actor().type() != ActorType.PERSON && voices.contains(s.actor().country())));
        }
        int readout = firstQuotedOfficial(p, kept);
        kept.stream().filter(tag -> tag.isVerb() && tag.cue().at() > readout && officesSpeak(p, tag)).forEach(relayed);
        return kept;
    }

    /**
     * Whether a state's or institution's closing tag follows what an official said in the sentence: one of its own
     * country, or ({@code foreign}) one of another country in a readout, which names the tag's country too
     * ("Pezeshkian thanked Russia for its solidarity, the Kremlin said").
     */
    private static boolean readsOutOfficial(Passage p, Event tag, int tagStart, Set<CountryCode> voices, List<Event> kept,
                                            boolean foreign) {
        boolean offices = tag.speakers().stream().allMatch(s -> s.actor().type() != ActorType.PERSON);
        boolean readout = !foreign || p.mentions().stream().anyMatch(m -> m.actor() != null && m.start() < tagStart
                && p.sentenceOf(m.start()) == p.sentenceOf(tagStart) && voices.contains(m.actor().country()));
        return offices && readout && kept.stream().anyMatch(e -> e != tag && e.isVerb() && e.hasSpeaker() && !e.negated()
                && e.cue().at() < tagStart && p.sentenceOf(e.cue().at()) == p.sentenceOf(tagStart)
                && e.speakers().stream().allMatch(s -> s.actor().isPerson() && s.actor().official()
                        && voices.contains(s.actor().country()) != foreign));
    }

    /**
     * Where the first quoted speech verb of an official named speaking stands, as a readout quotes it ("“Masoud
     * Pezeshkian expressed gratitude ...,” the Kremlin said"); a state's or institution's tag after it only relays the
     * official's words. The passage's size when there is none.
     */
    private static int firstQuotedOfficial(Passage p, List<Event> kept) {
        return kept.stream().filter(e -> e.isVerb() && e.hasSpeaker() && p.token(e.cue().at()).quoted()
                        && e.speakers().stream().allMatch(s -> s.actor().isPerson() && s.actor().official()))
                .mapToInt(e -> e.cue().at()).min().orElse(p.size());
    }

    /** Whether an unquoted tag's speakers are all states or institutions. */
    private static boolean officesSpeak(Passage p, Event tag) {
        return tag.hasSpeaker() && !p.token(tag.cue().at()).quoted()
                && tag.speakers().stream().allMatch(s -> s.actor().type() != ActorType.PERSON);
    }

    /**
     * The events at the last cue of each sentence, the only ones that may close it: so each sentence's words are
     * read once, however many events a long sentence holds.
     */
    private static List<Event> lastOfEachSentence(Passage p, List<Event> found) {
        Map<Integer, Integer> lastCue = new TreeMap<>();
        for (Event e : found) {
            lastCue.merge(p.sentenceOf(e.cue().at()), e.cue().at(), Math::max);
        }
        return found.stream().filter(e -> lastCue.get(p.sentenceOf(e.cue().at())) == e.cue().at()).toList();
    }

    /**
     * Whether the last event of a sentence is a tag after a comma that ends it (", Peskov said at a briefing.",
     * ", said the spokesperson."): no words of its own follow it ("that", a quotation).
     */
    private static boolean closesItsSentence(Passage p, Event tag, List<Event> found) {
        if (!tag.isVerb() || !tag.hasSpeaker() || tag.negated() || p.token(tag.cue().at()).quoted()
                || tag.speakers().stream().anyMatch(s -> s.actor().country() == null)) {
            return false;
        }
        int tagStart = start(tag);
        int sentenceEnd = p.sentenceEnd(tag.cue().at());
        if (tagStart <= p.sentenceStart(tagStart) || !p.token(tagStart - 1).text().equals(",")
                || found.stream().anyMatch(e -> e != tag && e.cue().at() >= tagStart && e.cue().at() < tag.cue().at())) {
            return false; // not after a comma, or the speaker is the subject of an earlier verb ("China and Russia urged, calling")
        }
        for (int k = tag.cue().end(); k < sentenceEnd; k++) {
            if (p.lower(k).equals("that") || p.lower(k).equals(":") || p.token(k).quoted() || p.token(k).isQuoteMark()) {
                return false;
            }
        }
        return true;
    }

    /** Where a tag starts: at its verb or at its first speaker's mention, whichever comes first. */
    private static int start(Event tag) {
        int start = Math.min(tag.anchor(), tag.cue().at());
        for (Speaker s : tag.speakers()) {
            start = s.at() >= 0 ? Math.min(start, s.at()) : start;
        }
        return start;
    }
}
