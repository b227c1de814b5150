package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.PASSIVE_AUXILIARIES;
import static org.reactions.knowledge.FunctionWords.Set.RELAYING_VERBS;
import static org.reactions.knowledge.FunctionWords.Set.STATIVE_PARTICIPLES;

import java.util.ArrayList;
import java.util.List;
import org.reactions.entities.Mention;
import org.reactions.knowledge.FunctionWords;
import org.reactions.knowledge.Negators;

/**
 * Speech verbs in the passive: "Putin was warned" (spoken to, not speaking), "was requested by Russia and China" and
 * "the resolution, proposed by Russia," (the agents speak), "It was stressed that ..." (a readout goes on).
 */
final class Passives {
    private final FunctionWords words;
    private final Negators negators;

    Passives(FunctionWords words, Negators negators) {
        this.words = words;
        this.negators = negators;
    }

    /**
     * Whether the verb at k is a passive participle ("was warned", "were not told"), whose subject is spoken to or
     * of, not the speaker; a participle that states a position ("is opposed to") is not.
     */
    boolean passive(Passage p, int k) {
        int auxiliary = k - 1;
        while (auxiliary > 0 && (p.token(auxiliary).hasTag("ADV") || negators.endsAt(p.words(), auxiliary + 1))) {
            auxiliary--;
        }
        String form = p.lower(k);
        return words.contains(PASSIVE_AUXILIARIES, p.lower(auxiliary)) && !form.endsWith("ing") && !words.contains(STATIVE_PARTICIPLES, form);
    }

    /**
     * "It was stressed that ...", "It was also noted that ...": a passive speech verb with an empty "it" for subject and
     * its words after it, as a readout goes on; never one that relays ("it was reported that").
     */
    boolean impersonal(Passage p, int k) {
        int auxiliary = k - 1;
        while (auxiliary > 0 && p.token(auxiliary).hasTag("ADV")) {
            auxiliary--;
        }
        int it = auxiliary - 1;
        return it >= 0 && it == p.sentenceStart(k) && p.lower(it).equals("it") && words.contains(PASSIVE_AUXILIARIES, p.lower(auxiliary))
                && p.lower(k + 1).equals("that") && !words.contains(RELAYING_VERBS, p.lower(k));
    }

    /**
     * "The resolution, proposed by Russia, ...", "a draft backed by China", "a ceasefire with Iran proposed by US President
     * Donald Trump": a participle after its noun, with no auxiliary; after a name only with an actor after "by". And
     * "..., as claimed by Russia's security service": the words before are the agent's.
     */
    private boolean reducedRelative(Passage p, int k) {
        boolean agentNamed = p.lower(k + 1).equals("by") && p.mentionStartingAt(k + 2) != null;
        boolean as = k > 0 && p.lower(k - 1).equals("as") && !words.contains(RELAYING_VERBS, p.lower(k)); // not "as reported by"
        return k > 0 && p.lower(k).endsWith("ed") && (p.lower(k - 1).equals(",") || p.token(k - 1).hasTag("NOUN")
                || ((p.token(k - 1).hasTag("PROPN") || as) && agentNamed));
    }

    /** The actors after "by" when the verb at k is passive ("was requested by Russia and China"). */
    List<Mention> agents(Passage p, int k) {
        if (!(passive(p, k) || reducedRelative(p, k)) || !p.lower(k + 1).equals("by")) {
            return List.of();
        }
        List<Mention> agents = new ArrayList<>();
        int j = k + 2;
        Mention m = p.mentionStartingAt(j);
        while (m != null && !m.possessive()) {
            agents.add(m);
            j = m.end();
            String joiner = p.lower(j);
            if (!joiner.equals("and") && !joiner.equals(",") && !joiner.equals("or")) {
                break;
            }
            j += joiner.equals(",") && p.lower(j + 1).equals("and") ? 2 : 1;
            m = p.mentionStartingAt(j);
        }
        return agents;
    }
}
