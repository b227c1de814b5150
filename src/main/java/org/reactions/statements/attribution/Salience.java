package org.reactions.statements.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.reactions.entities.Actor;
import org.reactions.entities.ActorType;
import org.reactions.entities.Anaphor;
import org.reactions.entities.DocumentEntities;

/**
 * What the reader has in mind when a pronoun or role noun comes: the actors of the last few sentences, outside
 * quotations (a "he" inside a quote is the speaker's own word). A pronoun refers to the nearest sentence that
 * names a compatible actor, so it never skips over a named person to reach an earlier one; within that sentence
 * a speaker comes first, then a subject, then any other mention. Within one sentence only the nearest
 * {@value #CANDIDATES} mentions before the pronoun are weighed, so that a sentence of thousands of mentions (a
 * scraped page with no full stop) costs no more per pronoun than a normal one.
 */
final class Salience {
    /** How far back a pronoun may reach, in sentences. */
    static final int WINDOW = 6;
    /** The most mentions of one sentence weighed for a pronoun, nearest first. */
    static final int CANDIDATES = 64;

    enum Role { SPEAKER, SUBJECT, OTHER }

    /** An actor mentioned at a place in the document. */
    record Entry(int sentence, int position, Actor actor, boolean group, Role role) {
    }

    /** The mentions of one sentence by position, its latest speaker and its latest speaker who is no group. */
    private static final class SentenceEntries {
        final TreeMap<Integer, List<Entry>> byPosition = new TreeMap<>();
        Entry lastSpeaker;
        Entry lastSingleSpeaker;
    }

    private final TreeMap<Integer, SentenceEntries> bySentence = new TreeMap<>();
    /** the document's actors, for what an anaphor can stand for (its kind, number, role, country and sex) */
    private final DocumentEntities entities;

    Salience(DocumentEntities entities) {
        this.entities = entities;
    }

    private boolean fits(Anaphor anaphor, Entry e) {
        return entities.couldMean(anaphor, e.actor(), e.group());
    }

    /** Records a mention; the window moves on as later sentences come. */
    void mention(int sentence, int position, Actor actor, boolean group, Role role) {
        SentenceEntries entries = bySentence.computeIfAbsent(sentence, s -> new SentenceEntries());
        Entry entry = new Entry(sentence, position, actor, group, role);
        entries.byPosition.computeIfAbsent(position, p -> new ArrayList<>(1)).add(entry);
        if (role == Role.SPEAKER) {
            entries.lastSpeaker = entry;
            entries.lastSingleSpeaker = group ? entries.lastSingleSpeaker : entry;
        }
        while (bySentence.firstKey() < sentence - WINDOW) {
            bySentence.pollFirstEntry();
        }
    }

    /** Sentences from the given one back to the edge of the window, nearest first. */
    private Iterable<SentenceEntries> nearestFirst(int sentence) {
        NavigableMap<Integer, SentenceEntries> window = bySentence.headMap(sentence, true).tailMap(sentence - WINDOW, true);
        return window.descendingMap().values();
    }

    /**
     * The mentions of a sentence that stand before (sentence, position) and fit the anaphor, nearest first, at most
     * {@link #CANDIDATES} of them.
     */
    private List<Entry> fitting(SentenceEntries entries, Anaphor anaphor, int sentence, int position) {
        NavigableMap<Integer, List<Entry>> before = entries.byPosition;
        boolean same = !before.isEmpty() && before.firstEntry().getValue().get(0).sentence() == sentence;
        if (same) {
            before = before.headMap(position, false);
        }
        List<Entry> fitting = new ArrayList<>();
        for (List<Entry> atPosition : before.descendingMap().values()) {
            for (int i = atPosition.size() - 1; i >= 0; i--) {
                Entry e = atPosition.get(i);
                if (fits(anaphor, e)) {
                    fitting.add(e);
                }
            }
            if (fitting.size() >= CANDIDATES) {
                break;
            }
        }
        return fitting;
    }

    /**
     * The actors a pronoun or role noun at (sentence, position) refers to: one, or two for "both countries";
     * empty when nothing fits.
     */
    List<Actor> resolve(Anaphor anaphor, int sentence, int position) {
        return resolve(anaphor, sentence, position, false);
    }

    /**
     * As {@link #resolve(Anaphor, int, int)}; a pronoun that opens a relative clause ({@code relative}: "Trump's
     * interview, in which he announced") refers to the actor its sentence named before it, whatever that actor's role.
     */
    List<Actor> resolve(Anaphor anaphor, int sentence, int position, boolean relative) {
        for (SentenceEntries entries : nearestFirst(sentence)) {
            List<Entry> fitting = fitting(entries, anaphor, sentence, position);
            List<Actor> persons = fitting.isEmpty() && anaphor.plural() && !anaphor.pair() && anaphor.types().contains(ActorType.PERSON)
                    ? personsTogether(entries, sentence, position) : List.of();
            if (persons.size() > 1) {
                return persons; // "Xi Jinping and Vladimir Putin held talks on Thursday. They condemned the strikes."
            }
            if (fitting.isEmpty()) {
                continue;
            }
            if (anaphor.pair() || (anaphor.plural() && anaphor.types().equals(java.util.Set.of(ActorType.STATE)))) {
                return twoOfTwoCountries(anaphor, sentence, position);
            }
            List<Actor> together = speakersTogether(anaphor, fitting);
            if (together.size() > 1) {
                return together;
            }
            Entry best = best(fitting);
            boolean inItsClause = relative && best.sentence() == sentence;
            Entry speaker = best.role() == Role.OTHER && anaphor.roles().isEmpty() && !inItsClause ? earlierSpeaker(anaphor, best.sentence()) : null;
            return List.of(speaker != null ? speaker.actor() : best.actor());
        }
        return List.of();
    }

    /**
     * The one actor named last before (sentence, position) that fits, in its sentence or the one before: "... with his
     * counterpart X. The latter thanked ...". Empty when neither names one ("Russia and China condemned the strikes. The
     * latter ...": no person is meant).
     */
    List<Actor> latest(Anaphor anaphor, int sentence, int position) {
        for (SentenceEntries entries : bySentence.subMap(sentence - 1, true, sentence, true).descendingMap().values()) {
            List<Entry> fitting = fitting(entries, anaphor, sentence, position);
            if (!fitting.isEmpty()) {
                return List.of(fitting.get(0).actor());
            }
        }
        return List.of();
    }

    /**
     * The persons of a sentence named each alone as subjects or speakers before (sentence, position), in text order, for
     * "they": "Xi Jinping and Vladimir Putin held talks. They condemned ...".
     */
    private static List<Actor> personsTogether(SentenceEntries entries, int sentence, int position) {
        List<Actor> persons = new ArrayList<>();
        for (List<Entry> atPosition : entries.byPosition.values()) {
            for (Entry e : atPosition) {
                boolean before = e.sentence() < sentence || e.position() < position;
                if (before && e.actor().isPerson() && !e.group() && e.role() != Role.OTHER && !persons.contains(e.actor())) {
                    persons.add(e.actor());
                }
            }
        }
        return persons;
    }

    /**
     * "... with both Russia and China condemning Israel's actions. They criticised ...": a plural pronoun stands for all
     * who spoke in the nearest sentence that fits, in text order, when more than one did.
     */
    private static List<Actor> speakersTogether(Anaphor anaphor, List<Entry> nearestFirst) {
        List<Actor> speakers = new ArrayList<>();
        if (anaphor.plural() && !anaphor.pair()) {
            for (int i = nearestFirst.size() - 1; i >= 0; i--) {
                Entry e = nearestFirst.get(i);
                // "Both presidents agreed ... They also called": the two a pair stood for are persons named, no group
                boolean oneOfAPair = e.group() && e.actor().isPerson() && e.actor().origin() != Actor.Origin.DESCRIBED;
                if (e.role() == Role.SPEAKER && (!e.group() || oneOfAPair) && !speakers.contains(e.actor())) {
                    speakers.add(e.actor());
                }
            }
        }
        return speakers;
    }

    /**
     * "Khamenei sent a video message ... a portrait of Khomeini behind him. Wearing his turban, he says": a pronoun
     * whose nearest fitting actor is only mentioned, in no subject, is the speaker of an earlier sentence that fits.
     */
    private Entry earlierSpeaker(Anaphor anaphor, int nearest) {
        for (SentenceEntries entries : nearestFirst(nearest - 1)) {
            Entry last = entries.lastSpeaker;
            if (last != null && fits(anaphor, last)) {
                return last;
            }
        }
        return null;
    }

    /**
     * The speaker of the latest speech, for "the statement said"; where a group spoke last inside the words of one
     * who is no group, that one ("It added that citizens, scholars and political leaders underscored ...,” said the
     * statement": the embassy's).
     */
    Actor lastSpeaker(int sentence) {
        for (SentenceEntries entries : nearestFirst(sentence)) {
            if (entries.lastSpeaker != null) {
                boolean groupInside = entries.lastSpeaker.group() && entries.lastSingleSpeaker != null;
                return (groupInside ? entries.lastSingleSpeaker : entries.lastSpeaker).actor();
            }
        }
        return null;
    }

    /**
     * "Both countries", "both leaders": the two latest actors of different countries that fit, speakers before
     * subjects before other mentions, and of one type: "the two sides" are two people (the leaders who spoke) where
     * two fit, else two states, never a person and a state.
     */
    private List<Actor> twoOfTwoCountries(Anaphor anaphor, int sentence, int position) {
        for (SentenceEntries entries : nearestFirst(sentence)) {
            List<Entry> fitting = fitting(entries, anaphor, sentence, position); // nearest first
            for (ActorType type : ActorType.values()) {
                List<Actor> two = twoOfType(fitting, type);
                if (two.size() == 2) {
                    return two;
                }
            }
        }
        return List.of();
    }

    private static List<Actor> twoOfType(List<Entry> fitting, ActorType type) {
        List<Actor> two = new ArrayList<>();
        for (Role role : Role.values()) {
            for (int i = 0; i < fitting.size() && two.size() < 2; i++) {
                Entry e = fitting.get(i);
                if (e.role() == role && e.actor().type() == type && e.actor().country() != null
                        && two.stream().noneMatch(s -> s.country().equals(e.actor().country()))) {
                    two.add(e.actor());
                }
            }
        }
        return two;
    }

    /** The latest speaker, else the first subject, else the nearest other mention (entries nearest first). */
    private static Entry best(List<Entry> nearestFirst) {
        Entry speaker = null;
        Entry subject = null;
        Entry other = null;
        for (Entry e : nearestFirst) {
            switch (e.role()) {
                case SPEAKER -> speaker = speaker == null ? e : speaker;
                case SUBJECT -> subject = e;
                default -> other = other == null ? e : other;
            }
        }
        return speaker != null ? speaker : subject != null ? subject : other;
    }
}
