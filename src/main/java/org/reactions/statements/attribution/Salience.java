package org.reactions.statements.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.reactions.entities.Actor;
import org.reactions.entities.ActorType;
import org.reactions.entities.Anaphor;

/**
 * What the reader has in mind when a pronoun or role noun comes: the actors of the last few sentences, outside
 * quotations (a "he" inside a quote is the speaker's own word). A pronoun refers to the nearest sentence that
 * names a compatible actor, so it never skips over a named person to reach an earlier one; within that sentence
 * a speaker comes first, then a subject, then any other mention.
 */
final class Salience {
    /** How far back a pronoun may reach, in sentences. */
    static final int WINDOW = 6;

    enum Role { SPEAKER, SUBJECT, OTHER }

    /** An actor mentioned at a place in the document. */
    record Entry(int sentence, int position, Actor actor, boolean group, Role role) {
    }

    private final TreeMap<Integer, List<Entry>> bySentence = new TreeMap<>();

    /** Records a mention; the window moves on as later sentences come. */
    void mention(int sentence, int position, Actor actor, boolean group, Role role) {
        bySentence.computeIfAbsent(sentence, s -> new ArrayList<>()).add(new Entry(sentence, position, actor, group, role));
        while (bySentence.firstKey() < sentence - WINDOW) {
            bySentence.pollFirstEntry();
        }
    }

    /** Sentences from the given one back to the edge of the window, nearest first. */
    private Iterable<List<Entry>> nearestFirst(int sentence) {
        NavigableMap<Integer, List<Entry>> window = bySentence.headMap(sentence, true).tailMap(sentence - WINDOW, true);
        return window.descendingMap().values();
    }

    /**
     * The actors a pronoun or role noun at (sentence, position) refers to: one, or two for "both countries";
     * empty when nothing fits.
     */
    List<Actor> resolve(Anaphor anaphor, int sentence, int position) {
        for (List<Entry> entries : nearestFirst(sentence)) {
            List<Entry> fitting = new ArrayList<>();
            for (Entry e : entries) {
                boolean before = e.sentence() < sentence || e.position() < position;
                if (before && anaphor.accepts(e.actor(), e.group())) {
                    fitting.add(e);
                }
            }
            if (fitting.isEmpty()) {
                continue;
            }
            if (anaphor.plural() && anaphor.types().equals(java.util.Set.of(ActorType.STATE))) {
                return twoStates(anaphor, sentence, position);
            }
            return List.of(best(fitting).actor());
        }
        return List.of();
    }

    /** The speaker of the latest speech, for "the statement said". */
    Actor lastSpeaker(int sentence) {
        for (List<Entry> entries : nearestFirst(sentence)) {
            for (int i = entries.size() - 1; i >= 0; i--) {
                Entry e = entries.get(i);
                if (e.role() == Role.SPEAKER && e.sentence() <= sentence) {
                    return e.actor();
                }
            }
        }
        return null;
    }

    /** "Both countries": the two latest different states, speakers before subjects before other mentions. */
    private List<Actor> twoStates(Anaphor anaphor, int sentence, int position) {
        for (List<Entry> entries : nearestFirst(sentence)) {
            List<Actor> states = new ArrayList<>();
            for (Role role : Role.values()) {
                for (int i = entries.size() - 1; i >= 0 && states.size() < 2; i--) {
                    Entry e = entries.get(i);
                    boolean before = e.sentence() < sentence || e.position() < position;
                    if (e.role() == role && before && anaphor.accepts(e.actor(), e.group())
                            && states.stream().noneMatch(s -> s.country().equals(e.actor().country()))) {
                        states.add(e.actor());
                    }
                }
            }
            if (states.size() == 2) {
                return states;
            }
        }
        return List.of();
    }

    private static Entry best(List<Entry> fitting) {
        Entry speaker = null;
        Entry subject = null;
        Entry other = null;
        for (Entry e : fitting) {
            switch (e.role()) {
                case SPEAKER -> speaker = e; // the latest speaker
                case SUBJECT -> subject = subject == null ? e : subject; // the first subject
                default -> other = e; // the nearest other mention
            }
        }
        return speaker != null ? speaker : subject != null ? subject : other;
    }
}
