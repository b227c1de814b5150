package org.reactions.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.reactions.entities.DocumentEntities;
import org.reactions.entities.Mention;
import org.reactions.knowledge.CountryCode;
import org.reactions.nlp.AnnotatedDocument;
import org.reactions.nlp.Sentence;
import org.reactions.nlp.Token;

/**
 * Who attacked whom as a document tells it, sentence by sentence: "the US- and Israel-led strikes on Iran" makes
 * the US and Israel attackers and Iran attacked. A statement's "the strikes" refers to the attackers named up to
 * its sentence.
 */
final class DocumentConflict {
    /** how many words may stand between an attacker and the act ("Israel has launched air strikes") */
    private static final int JOIN_REACH = 8;

    /** attackers and attacked named up to each sentence (the same set objects while nothing new is named) */
    private final List<Set<CountryCode>> attackers = new ArrayList<>();
    private final List<Set<CountryCode>> attacked = new ArrayList<>();

    DocumentConflict(AnnotatedDocument document, DocumentEntities entities, HostileActs acts) {
        Set<CountryCode> attackersSoFar = Set.of();
        Set<CountryCode> attackedSoFar = Set.of();
        for (Sentence sentence : document.sentences()) {
            Set<CountryCode> newAttackers = new TreeSet<>(attackersSoFar);
            Set<CountryCode> newAttacked = new TreeSet<>(attackedSoFar);
            read(sentence, entities, acts, newAttackers, newAttacked);
            attackersSoFar = newAttackers.equals(attackersSoFar) ? attackersSoFar : Set.copyOf(newAttackers);
            attackedSoFar = newAttacked.equals(attackedSoFar) ? attackedSoFar : Set.copyOf(newAttacked);
            attackers.add(attackersSoFar);
            attacked.add(attackedSoFar);
        }
    }

    private static void read(Sentence sentence, DocumentEntities entities, HostileActs acts, Set<CountryCode> attackers, Set<CountryCode> attacked) {
        List<String> lower = sentence.tokens().stream().map(Token::lower).toList();
        CountryCode[] countryAt = StatementWords.countriesAt(sentence, entities);
        int[] mentionEnd = new int[sentence.size()];
        boolean[] inMention = new boolean[sentence.size()];
        for (Mention m : entities.inSentence(sentence.index())) {
            mentionEnd[m.start()] = m.end();
            java.util.Arrays.fill(inMention, m.start(), m.end(), true);
        }
        for (Mention m : entities.inSentence(sentence.index())) {
            CountryCode country = countryAt[m.start()];
            if (country == null) {
                continue;
            }
            int before = m.start() - 1;
            if (before >= 0 && acts.is(HostileActs.Kind.DETERMINER, lower.get(before))) { // "strikes on the United States"
                before--;
            }
            boolean objectOfAct = before >= 0 && acts.is(HostileActs.Kind.ACT, lower.get(before)); // "Israel struck Lebanon"
            if (objectOfAct || before >= 0 && acts.is(HostileActs.Kind.VICTIM, lower.get(before)) && acts.actBefore(lower, before, k -> inMention[k])) {
                attacked.add(country);
            } else if (before >= 0 && acts.is(HostileActs.Kind.AGENT, lower.get(before)) && acts.actBefore(lower, before, k -> inMention[k])) {
                attackers.add(country);
            } else if (actFollows(lower, mentionEnd, m.end(), acts)) {
                attackers.add(country);
            }
        }
    }

    /** Whether an act follows a mention, with only joiners and other mentions between ("US- and Israel-led strikes"). */
    private static boolean actFollows(List<String> lower, int[] mentionEnd, int from, HostileActs acts) {
        int k = from;
        while (k < Math.min(lower.size(), from + JOIN_REACH)) {
            String word = lower.get(k);
            if (acts.is(HostileActs.Kind.ACT, word)) {
                return true;
            }
            if (mentionEnd[k] > k) {
                k = mentionEnd[k];
            } else if (acts.is(HostileActs.Kind.JOINER, word)) {
                k++;
            } else {
                return false;
            }
        }
        return false;
    }

    /** The attackers named up to and including a sentence. */
    Set<CountryCode> attackersUpTo(int sentence) {
        return attackers.isEmpty() ? Set.of() : attackers.get(Math.min(sentence, attackers.size() - 1));
    }

    /** The countries attacked, as named up to and including a sentence. */
    Set<CountryCode> attackedUpTo(int sentence) {
        return attacked.isEmpty() ? Set.of() : attacked.get(Math.min(sentence, attacked.size() - 1));
    }
}
