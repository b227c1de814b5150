package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.COORDINATING;
import static org.reactions.knowledge.FunctionWords.Set.OUTLET_ROLES;
import static org.reactions.knowledge.FunctionWords.Set.KILLING_VERBS;
import static org.reactions.knowledge.FunctionWords.Set.PREPOSITIONS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.reactions.entities.Actor;
import org.reactions.entities.Anaphor;
import org.reactions.entities.Mention;

/**
 * What the reader keeps in mind as the passages go by: the actors each passage mentions, and those who speak in it,
 * for the pronouns and role nouns of the passages after ({@link Salience}).
 */
final class ReaderMemory {
    private final Salience salience;
    private final Grammar grammar;

    ReaderMemory(Salience salience, Grammar grammar) {
        this.salience = salience;
        this.grammar = grammar;
    }

    /** Puts the passage's mentions (outside quotations) in the reader's mind. */
    void remember(Passage p) {
        for (Mention m : p.mentions()) {
            // one killed is no subject a later "he said" may mean: "attacks that killed Supreme Leader Ali Khamenei"
            boolean subject = !m.possessive() && !grammar.is(PREPOSITIONS, p.lower(joinedListStart(p, m) - 1))
                    && !grammar.is(KILLING_VERBS, p.lower(m.start() - 1));
            Actor actor = m.actor() != null ? referent(p, m) : subject ? chained(p, m) : null;
            if (actor == null || p.token(m.start()).quoted() || namesAnOutlet(actor) || grammar.coordination().opensDateline(p, m)) {
                continue; // "In a speech carried by state media, he hailed ...": "he" is never the outlet
            }
            boolean remarksOpen = m.possessive() && m.start() == p.sentenceStart(m.start())
                    && grammar.speech().isStatementNoun(p.lower(m.end() + 1)); // "Wang's remarks came after ...": Wang is its subject
            salience.mention(p.sentenceOf(m.start()), m.start(), actor, m.group(),
                    subject || remarksOpen ? Salience.Role.SUBJECT : Salience.Role.OTHER);
        }
    }

    /**
     * Where the list that m ends by "and" or "or" starts ("between Iran and Oman" of "Oman"): a preposition before it
     * makes all of its members objects, none a subject.
     */
    private int joinedListStart(Passage p, Mention m) {
        int first = m.start();
        // a list joins actors of one type: in "met Grossi in Vienna and Araghchi told reporters" Araghchi is no place
        for (Mention left = p.mentionEndingAt(first - 2); left != null && grammar.is(COORDINATING, p.lower(first - 1))
                && !p.lower(first - 1).equals("but") && sameType(left, m); left = p.mentionEndingAt(first - 2)) {
            first = left.start();
        }
        return first;
    }

    private static boolean sameType(Mention a, Mention b) {
        return a.actor() != null && b.actor() != null && a.actor().type() == b.actor().type();
    }

    /**
     * The actor a mention names: for an office that refers back ("The top Iranian diplomat arrived ..." after
     * Araghchi), the one person it stands for, as when it speaks; else the office.
     */
    private Actor referent(Passage p, Mention m) {
        if (!m.isAnaphor()) {
            return m.actor();
        }
        List<Actor> actors = salience.resolve(m.anaphor(), p.sentenceOf(m.start()), m.start());
        return actors.size() == 1 ? actors.get(0) : m.actor();
    }

    /**
     * The one actor a singular personal pronoun that is a subject stands for ("She spoke at a briefing."), so that a chain of
     * them keeps its person in mind past the window of sentences a pronoun reaches back; else null.
     */
    private Actor chained(Passage p, Mention m) {
        Anaphor a = m.isAnaphor() ? m.anaphor() : null;
        if (a == null || a.statement() || a.plural() || a.pair() || !a.roles().isEmpty() || a.official() || a.country() != null) {
            return null; // only a personal pronoun: a role noun ("the envoy") may name someone new
        }
        List<Actor> actors = salience.resolve(m.anaphor(), p.sentenceOf(m.start()), m.start());
        return actors.size() == 1 ? actors.get(0) : null;
    }

    /** A person noun that names a news outlet ("state media", "the newspaper"): never what a pronoun refers to. */
    boolean namesAnOutlet(Actor actor) {
        return actor.isPerson() && actor.role() != null && grammar.is(OUTLET_ROLES, actor.role().toLowerCase(Locale.ROOT));
    }

    /**
     * Puts the speakers of a passage's events in mind, those who relay last ("The Kremlin said Putin stressed ... The
     * statement said": the Kremlin's).
     */
    void spoke(Passage p, List<Event> found, Predicate<Event> isRelay) {
        List<Event> relaysLast = new ArrayList<>(found);
        relaysLast.sort(Comparator.comparing(isRelay::test));
        for (Event e : relaysLast) {
            for (Speaker s : e.speakers()) {
                if (namesAnOutlet(s.actor())) {
                    continue; // state media that "claimed" something is still never "he"
                }
                int at = s.at() >= 0 ? s.at() : e.cue().at();
                Mention named = s.at() >= 0 && s.at() < p.size() ? p.mentionStartingAt(s.at()) : null;
                boolean group = named != null && named.group(); // "Reporters asked ... She added": "she" is not them
                salience.mention(p.sentenceOf(Math.min(at, p.size() - 1)), at, s.actor(), group, Salience.Role.SPEAKER);
            }
        }
    }
}
