package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.BIDDING_VERBS;
import static org.reactions.knowledge.FunctionWords.Set.COORDINATION;
import static org.reactions.knowledge.FunctionWords.Set.FOLLOWERS;
import static org.reactions.knowledge.FunctionWords.Set.INTERPOSED_NOUNS;
import static org.reactions.knowledge.FunctionWords.Set.INTERPOSED_PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.INTERPOSING_OPENERS;
import static org.reactions.knowledge.FunctionWords.Set.LOCATION_PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.MEETING_VERBS;
import static org.reactions.knowledge.FunctionWords.Set.OWN_PARTS;
import static org.reactions.knowledge.FunctionWords.Set.PART_OPENERS;
import static org.reactions.knowledge.FunctionWords.Set.PASSIVE_AUXILIARIES;
import static org.reactions.knowledge.FunctionWords.Set.POSSESSIVE_DETERMINERS;
import static org.reactions.knowledge.FunctionWords.Set.POSTED_ABROAD_ROLES;
import static org.reactions.knowledge.FunctionWords.Set.PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.RELAYING_VERBS;
import static org.reactions.knowledge.FunctionWords.Set.TARGET_PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.TOPIC_PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.VAGUE_SUBJECTS;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.reactions.entities.Actor;
import org.reactions.entities.ActorType;
import org.reactions.entities.Mention;
import org.reactions.knowledge.FunctionWords;
import org.reactions.nlp.Token;
import org.reactions.statements.SpeechLexicon;

/**
 * What a mention met on the walk from a verb to its subject stands for in its phrase: an official's allies, a
 * preposition's object before a purpose, a place at the end of an official's phrase, a state after its official.
 */
final class SubjectPhrases {
    /** the most words of an official's phrase that ends in a place ("envoy to international organizations in Vienna") */
    private static final int PLACE_PHRASE_WORDS = 8;
    /** the most words of a phrase set between a subject and its verb without commas ("in a phone call with Abbas Araghchi") */
    private static final int INTERPOSED_WORDS = 12;
    /** the most words that may describe a statement noun between it and its owner ("Russia's strongly worded diplomatic note") */
    private static final int OWNER_MODIFIERS = 4;
    private final FunctionWords words;

    SubjectPhrases(FunctionWords words) {
        this.words = words;
    }

    private boolean is(FunctionWords.Set set, String lowerCaseWord) {
        return words.contains(set, lowerCaseWord);
    }

    /** Whether "allies of", "supporters of" stands before m or the list it ends ("allies of Russia and China"). */
    boolean followed(Passage p, Mention m, int sentenceStart) {
        int first = listStart(p, m);
        return first - 2 >= sentenceStart && p.lower(first - 1).equals("of") && is(FOLLOWERS, p.lower(first - 2));
    }

    /**
     * Whether m, or the list it ends, is what a plain noun before it is aimed at: "The Iranian delegation's visit to
     * China underscores ...", "the attack on Iran shows": the noun is the subject, and it names no one. A title's
     * post ("Iran's ambassador to Kenya") is part of the official's mention and no plain noun.
     */
    boolean aimedAt(Passage p, Mention m, int sentenceStart) {
        int first = listStart(p, m);
        if (IntStream.range(first, m.start()).anyMatch(j -> p.lower(j).equals(","))) {
            first = m.start(); // "Following strikes on Iran, China and Russia have expressed": a comma ends the fronted phrase
        }
        int noun = first - 2;
        // a capitalised noun may be a headline's verb the tagger took for one ("Putin Talks to Xi, Urges Calm")
        return noun > sentenceStart && is(TARGET_PREPOSITIONS, p.lower(first - 1)) && p.token(noun).hasTag("NOUN")
                && !p.token(noun).isCapitalized() && !p.token(noun).quoted() && !p.insideMention(noun);
    }

    /**
     * Where a phrase that opens with a preposition at {@code start} and holds no verb ends before {@code limit} ("At a
     * meeting with business leaders on Friday, Putin ...", "In a call with Putin he said"): its first comma, else
     * {@code limit}; -1 when the sentence opens otherwise or a verb comes first.
     */
    static int prepositionalOpeningEnd(Passage p, int start, int limit) {
        if (!p.token(start).hasTag("ADP") || p.token(start).quoted()) {
            return -1;
        }
        for (int j = start + 1; j < limit; j++) {
            if (p.token(j).isVerbal()) {
                return -1;
            }
            if (p.lower(j).equals(",")) {
                return j;
            }
        }
        return limit;
    }

    /**
     * Whether mention m, right before the verb at k, names no subject: "Hardline allies of Vladimir Putin are demanding",
     * "the visit to China underscores", "wants Moscow to condemn", "Many in Iran say".
     */
    boolean namesNoSubject(Passage p, Mention m, int sentenceStart, int k) {
        return followed(p, m, sentenceStart) || aimedAt(p, m, sentenceStart) || biddenToAct(p, m, k) || placeOfPeople(p, m, sentenceStart);
    }

    /**
     * Whether the state m is only where the subject's people are: "Many in Iran say", "Some in Moscow argue" speak for
     * no state (but "Officials in Moscow" are one phrase, of officials).
     */
    boolean placeOfPeople(Passage p, Mention m, int sentenceStart) {
        int in = m.start() - 1;
        return in - 1 >= sentenceStart && m.actor() != null && m.actor().type() == ActorType.STATE && is(LOCATION_PREPOSITIONS, p.lower(in))
                && is(VAGUE_SUBJECTS, p.lower(in - 1)) && !p.insideMention(in - 1);
    }

    /**
     * Where the one quoted ends, for the "as" at j of "Xinhua quoted Wang as saying", "Lavrov was quoted by TASS as saying"
     * or "Fu Cong was cited as saying": the one quoted is the one who says; -1 when no one is quoted so.
     */
    int asSayingSubject(Passage p, int j, int sentenceStart) {
        Mention quotedOne = p.mentionEndingAt(j - 1);
        if (j - 2 >= sentenceStart && quotedOne != null && is(RELAYING_VERBS, p.lower(quotedOne.start() - 1))) {
            return j - 1; // "Xinhua quoted Wang as saying": the one quoted is the subject of the saying
        }
        int k = j - 1;
        Mention agent = p.mentionEndingAt(k);
        if (agent != null && p.lower(agent.start() - 1).equals("by")) {
            k = agent.start() - 2; // "by TASS"
        }
        boolean passive = k - 2 >= sentenceStart && is(RELAYING_VERBS, p.lower(k)) && is(PASSIVE_AUXILIARIES, p.lower(k - 1));
        return passive && p.mentionEndingAt(k - 2) != null ? k - 2 : -1;
    }

    /**
     * The subject that opens the clause before a phrase set between it and its verb at k without commas: "Putin for his
     * part said", "Wang Yi in a phone call with Abbas Araghchi said", "Khamenei in his message to the nation said", "Lavrov
     * — speaking in Ankara — said". The phrase opens with a word of interposing-openers (or a dash, and then ends with one),
     * holds no quotation and no finite verb, and is at most {@link #INTERPOSED_WORDS} words long; null when there is none.
     */
    List<Mention> beforeInterposedPhrase(Passage p, int k, int sentenceStart, Coordination coordination) {
        Mention last = p.mentionEndingAt(k - 1);
        if (last != null && !(last.start() > 0 && preposition(p, last.start() - 1))) {
            return null; // "..., he warned": the one right before the verb is its subject, unless a preposition's object
        }
        List<Mention> subject = coordination.leftmostSubject(p, sentenceStart, k);
        int j = subject == null ? -1 : subject.get(subject.size() - 1).end(); // where the phrase would open
        if (j < 0 || j >= k - 1 || k - j > INTERPOSED_WORDS || !opensSentence(p, subject.get(0), sentenceStart)) {
            return null;
        }
        // "for his part", "on her part", "from his side"; not "a spokesman for Guterres"
        boolean ownPart = is(PART_OPENERS, p.lower(j)) && is(POSSESSIVE_DETERMINERS, p.lower(j + 1)) && is(OWN_PARTS, p.lower(j + 2));
        boolean opens = is(INTERPOSING_OPENERS, p.lower(j)) || ownPart || (isDash(p, j) && isDash(p, k - 1));
        for (int q = j; opens && q < k; q++) {
            Token t = p.token(q);
            if (t.quoted() || t.text().equals(",") || (t.isVerbal() && !t.lower().endsWith("ing") && !isDash(p, q))) {
                return null;
            }
        }
        return opens ? subject : null;
    }

    /** Whether no verb stands before the mention in its sentence ("Citing a legacy of coups in Chile ..." has one). */
    private static boolean opensSentence(Passage p, Mention m, int sentenceStart) {
        return IntStream.range(sentenceStart, m.start()).noneMatch(j -> p.token(j).isVerbal());
    }

    /** Whether the word at j is a preposition, by its tag or by the list (quoted words carry no tag). */
    private boolean preposition(Passage p, int j) {
        return p.token(j).hasTag("ADP") || is(PREPOSITIONS, p.lower(j));
    }

    private static boolean isDash(Passage p, int j) {
        return CueFinder.DASHES.contains(p.token(j).text());
    }

    /** The statement noun that the of-phrase ending at j describes ("readout of the call"), or -1. */
    static int statementNounBeforeOf(Passage p, int j, int sentenceStart, SpeechLexicon speech) {
        int k = j - 1;
        while (k > sentenceStart && (p.token(k).hasTag("DET") || p.token(k).hasTag("ADJ")) && k >= j - 2) {
            k--;
        }
        return k - 1 >= sentenceStart && p.lower(k).equals("of") && speech.isStatementNoun(p.lower(k - 1)) ? k - 1 : -1;
    }

    /**
     * The possessive owner of a statement noun at j past the words that describe it: "Russia's strongly worded
     * diplomatic note said"; null when none stands within {@link #OWNER_MODIFIERS} words of modifiers.
     */
    static Mention ownerBeforeModifiers(Passage p, int j, int sentenceStart) {
        int k = j - 1;
        for (int words = 0; k >= sentenceStart && words < OWNER_MODIFIERS && !p.lower(k).equals("'s"); words++, k--) {
            Token t = p.token(k);
            // describing words only: a noun between may name what the statement is about ("Khamenei's death announcement")
            if (!(t.hasTag("ADJ") || t.hasTag("ADV") || t.hasTag("VERB")) || t.quoted()) {
                return null;
            }
        }
        Mention owner = k > sentenceStart && p.lower(k).equals("'s") ? p.mentionEndingAt(k - 1) : null;
        return owner != null && owner.possessive() ? owner : null;
    }

    /**
     * Whether mention m is the object of a preposition right before the verb at k, or before "to" and it, a time
     * between them or not: no subject of it ("sent a message to state television to claim", "met in Beijing this
     * month to urge", "condemned strikes against Iran urging both sides").
     */
    boolean purposeAfterObject(Passage p, Mention m, int k) {
        int end = m.end();
        while (end < k - 1 && (is(INTERPOSED_PREPOSITIONS, p.lower(end)) || is(INTERPOSED_NOUNS, p.lower(end)))) {
            end++; // "this month", "on Monday"
        }
        boolean infinitive = end == k - 1 && p.lower(k - 1).equals("to");
        // the participle after the last of a list of objects: "communicated with Trump, Netanyahu and Pezeshkian saying"
        int first = m.end() == k ? listStart(p, m) : m.start();
        // ", with Congolese spokesman Patrick Muyaya calling ...": after an absolute "with" the object is the participle's subject
        boolean absolute = first > 0 && p.lower(first - 1).equals("with") && (first < 2 || p.lower(first - 2).equals(","));
        boolean participle = m.end() == k && p.lower(k).endsWith("ing") && !absolute;
        int before = infinitive ? m.start() - 1 : first - 1;
        // "a report by CNN suggesting ...": a noun's agent is the participle's subject, as the report's
        boolean nounsAgent = participle && before > 0 && p.lower(before).equals("by") && p.token(before - 1).hasTag("NOUN");
        boolean afterPreposition = before >= 0 && preposition(p, before);
        // "summoned the US ambassador to protest", "met the Iranian envoy to express": the object of a meeting, not of "prompted"
        boolean verbsObject = infinitive && before >= 0 && is(MEETING_VERBS, p.lower(before));
        return (infinitive || participle) && !nounsAgent && (afterPreposition || verbsObject);
    }

    /**
     * Whether mention m is the object of a verb that bids it act, before "to" and the verb at k: "Washington wants Moscow to
     * condemn Tehran", "allowed Iran to respond": the act is not done, by anyone.
     */
    boolean biddenToAct(Passage p, Mention m, int k) {
        return m.end() == k - 1 && p.lower(k - 1).equals("to") && m.start() > 0 && is(BIDDING_VERBS, p.lower(m.start() - 1));
    }

    /** Where the list that mention m ends starts ("Russia and China" of "China"), or m's own start. */
    private int listStart(Passage p, Mention m) {
        int first = m.start();
        for (Mention left = p.mentionEndingAt(first - 2); left != null && is(COORDINATION, p.lower(first - 1)); left = p.mentionEndingAt(first - 2)) {
            first = left.start();
        }
        return first;
    }

    /**
     * "Russia's envoy to international organizations in Vienna said", "Iran's mission in Vienna said": a name the
     * knowledge base does not know, after a preposition, is a place; the official or institution whose phrase it ends
     * speaks. Else m itself.
     */
    static Mention officialBeforePlace(Passage p, Mention m, int sentenceStart) {
        if (m.actor() == null || m.actor().origin() != Actor.Origin.UNKNOWN || m.start() - 1 <= sentenceStart
                || !p.token(m.start() - 1).hasTag("ADP")) {
            return m;
        }
        for (int j = m.start() - 2; j >= sentenceStart && j >= m.start() - PLACE_PHRASE_WORDS; j--) {
            Mention official = p.mentionEndingAt(j);
            if (official != null) {
                boolean fits = official.actor() != null && official.actor().official() && !official.possessive()
                        && (official.actor().isPerson() || official.actor().type() == ActorType.INSTITUTION); // "Iran's mission in Vienna"
                return fits && p.token(j + 1).hasTag("ADP") ? official : m;
            }
            Token t = p.token(j);
            if (!(t.hasTag("ADP") || t.hasTag("DET") || t.hasTag("ADJ") || t.hasTag("NOUN") || t.hasTag("PROPN"))) {
                return m;
            }
        }
        return m;
    }

    /**
     * The official a preposition's object belongs to: "An envoy to Putin said" (the envoy speaks, not Putin): an
     * official described by title alone, right before the preposition; else m itself.
     */
    Mention titleBeforeObject(Passage p, Mention m, int sentenceStart) {
        int k = m.start() - 1 > sentenceStart && p.token(m.start() - 1).hasTag("DET") ? m.start() - 2 : m.start() - 1;
        if (m.actor() == null || !m.actor().isPerson() || k <= sentenceStart
                || !preposition(p, k)) {
            return m;
        }
        Mention head = p.mentionEndingAt(k - 1);
        boolean described = head != null && head.kind() == Mention.Kind.DESCRIBED && !head.possessive() && head.actor() != null
                && head.actor().isPerson() && head.actor().origin() == Actor.Origin.DESCRIBED;
        return described ? head : m;
    }

    /**
     * The head of a phrase that ends in a place: "China at UN urges" (the actor at an international body, not the
     * body), "Foreign Minister Bruno Rodríguez of Cuba said" (the person of a state, not the state), "The Ambassador of
     * China to Iran said" (an envoy, not the state the envoy is posted to), "A Russian expert on Iran told" (the person
     * whose field the state is); else m itself.
     */
    Mention hostOf(Passage p, Mention m, int sentenceStart) {
        boolean body = m.actor() != null && m.actor().country() == null;
        boolean state = m.actor() != null && m.actor().type() == ActorType.STATE;
        if (!(body || state) || m.start() - 1 <= sentenceStart) {
            return m;
        }
        int k = p.lower(m.start() - 1).equals("the") ? m.start() - 2 : m.start() - 1;
        String preposition = k > sentenceStart ? p.lower(k) : "";
        boolean topic = state && is(TOPIC_PREPOSITIONS, preposition); // "A Russian expert on Iran told": the expert, of any voice
        boolean headed = (body && preposition.equals("at")) || (state && (preposition.equals("of") || preposition.equals("to"))) || topic;
        Mention head = headed ? p.mentionEndingAt(k - 1) : null;
        boolean fits = head != null && !head.possessive() && head.actor() != null && head.actor().country() != null
                && (body || head.actor().isPerson()) && (!preposition.equals("to") || postedAbroad(head.actor()));
        return fits ? head : m;
    }

    /** Whether an official's role is a post abroad ("Ambassador", "Consul General"): "to" after it names the host. */
    private boolean postedAbroad(Actor official) {
        String role = official.role() == null ? "" : official.role().toLowerCase(Locale.ROOT);
        return Arrays.stream(role.split(" ")).anyMatch(w -> is(POSTED_ABROAD_ROLES, w));
    }
}
