package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.BARE_TIME_WORDS;
import static org.reactions.knowledge.FunctionWords.Set.BETWEEN_SUBJECT_AND_VERB;
import static org.reactions.knowledge.FunctionWords.Set.DETERMINERS;
import static org.reactions.knowledge.FunctionWords.Set.ISSUING_PARTICLES;
import static org.reactions.knowledge.FunctionWords.Set.ISSUING_VERBS;
import static org.reactions.knowledge.FunctionWords.Set.INTERPOSED_NOUNS;
import static org.reactions.knowledge.FunctionWords.Set.INTERPOSED_PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.LIST_CLOSING_GROUPS;
import static org.reactions.knowledge.FunctionWords.Set.NEGATING_DETERMINERS;
import static org.reactions.knowledge.FunctionWords.Set.POSSESSIVE_DETERMINERS;
import static org.reactions.knowledge.FunctionWords.Set.PERSON_RELATIVES;
import static org.reactions.knowledge.FunctionWords.Set.POST_MODIFIERS;
import static org.reactions.knowledge.FunctionWords.Set.PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.RELATIVE_PRONOUNS;

import java.util.List;
import org.reactions.entities.Mention;
import org.reactions.knowledge.Clauses;
import org.reactions.knowledge.FunctionWords;
import org.reactions.knowledge.Negators;
import org.reactions.nlp.Token;
import org.reactions.statements.SpeechLexicon;

/**
 * The pieces of English sentence structure that several attribution rules read: where a verb's subject is, the
 * actors coordinated with it, the agent of a passive, whether the speech is negated. Word lists come from
 * {@code function-words.tsv}; every walk is bounded by the sentence and stops at the first word it cannot step
 * over.
 */
public final class Grammar {
    /** how far back the preposition of an interposed time phrase may stand ("on Monday", "in a statement") */
    private static final int INTERPOSED_REACH = 4;
    /** the most words of brackets between a subject and its verb ("(IRGC)", "(the Russian acronym)") */
    private static final int BRACKETED_WORDS = 4;
    /** the most words of a group that closes a list of actors ("a host of other nations") */
    private static final int GROUP_WORDS = 5;

    private final FunctionWords words;
    private final Negators negators;
    private final Clauses clauses;
    private final SpeechLexicon speech;
    private final Asides asides;
    private final SubjectPhrases phrases;
    private final Passives passives;
    private final Coordination coordination;

    public Grammar(FunctionWords words, Clauses clauses, SpeechLexicon speech) {
        this.words = words;
        this.negators = clauses.negators();
        this.clauses = clauses;
        this.speech = speech;
        this.asides = new Asides(words);
        this.phrases = new SubjectPhrases(words);
        this.passives = new Passives(words, negators);
        this.coordination = new Coordination(words, speech);
    }

    /** Actors coordinated in a list ("Russia, China and Pakistan"), and a clause's first subject. */
    Coordination coordination() {
        return coordination;
    }

    /** The passive voice of speech verbs: who is spoken to, and who speaks after "by". */
    Passives passives() {
        return passives;
    }

    public boolean is(FunctionWords.Set set, String lowerCaseWord) {
        return words.contains(set, lowerCaseWord);
    }

    public FunctionWords words() {
        return words;
    }

    public SpeechLexicon speech() {
        return speech;
    }

    /** how many adjectives may stand between the determiner and a speech noun ("issued a stern, final warning") */
    private static final int NOUN_ADJECTIVES = 2;

    /**
     * The issuing verb of a speech noun at k ("fired off a warning", "lodged a strong protest", "renewed its call"):
     * its index, or -1 when the noun is not the object of one.
     */
    int issuingVerbBefore(Passage p, int k) {
        int j = k - 1;
        int sentenceStart = p.sentenceStart(k);
        for (int adjectives = 0; j >= sentenceStart && p.token(j).hasTag("ADJ") && adjectives < NOUN_ADJECTIVES; adjectives++) {
            j--;
        }
        boolean determiner = j >= sentenceStart && (is(DETERMINERS, p.lower(j)) || is(POSSESSIVE_DETERMINERS, p.lower(j)));
        // headlines drop articles ("Pezeshkian issues rare apology to Gulf states"); "fires warning shots" names no speech
        boolean nounAfter = k + 1 < p.size() && (p.token(k + 1).hasTag("NOUN") || p.token(k + 1).hasTag("PROPN"));
        boolean plural = p.lower(k).endsWith("s") && !p.lower(k).endsWith("ss"); // "issued warnings", not "delivered address"
        if (!determiner && !((p.isHeading() || plural) && !nounAfter)) {
            return -1;
        }
        j = determiner ? j - 1 : j;
        if (j >= sentenceStart && is(ISSUING_PARTICLES, p.lower(j))) {
            j--;
        }
        return j >= sentenceStart && is(ISSUING_VERBS, p.lower(j)) ? j : -1;
    }

    /** The index of the word before k, past adverbs and auxiliaries; -1 at the start of the sentence. */
    int previousWord(Passage p, int k) {
        int sentenceStart = p.sentenceStart(k);
        int j = k - 1;
        while (j >= sentenceStart && skippable(p.token(j))) {
            j--;
        }
        return j >= sentenceStart ? j : -1;
    }

    private boolean skippable(Token t) {
        return t.hasTag("ADV") || t.hasTag("AUX") || t.hasTag("PART") || is(BETWEEN_SUBJECT_AND_VERB, t.lower());
    }

    /**
     * The subject of a verb.
     *
     * @param mentions     its actors, or null when there is none
     * @param end          the token after the subject
     * @param quoteOrStart whether the walk reached a quotation or the start of the sentence ("...," said Lin Jian)
     */
    record Subject(List<Mention> mentions, int end, boolean quoteOrStart) {
        static final Subject NONE = new Subject(null, -1, false);
        static final Subject QUOTE_OR_START = new Subject(null, -1, true);
    }

    /**
     * The subject of the verb at k: a mention right before it, past adverbs, auxiliaries, negation, "continues
     * to", a time or occasion phrase ("on Monday", "in a statement") or an appositive between commas.
     */
    Subject subjectLeftOf(Passage p, int k) {
        int sentenceStart = p.sentenceStart(k);
        int before = previousWord(p, k);
        if (p.lower(k).endsWith("ing") && before >= 0 && p.token(before).text().equals(",")) {
            return Subject.NONE; // "..., on notice, warning Petro": a participle after a comma has no subject of its own
        }
        int j = k - 1;
        Mention inside = p.token(k).quoted() ? quotedSubjectBefore(p, k, sentenceStart) : null;
        if (inside != null) { // a readout: "“Pezeshkian expressed gratitude ...,” the Kremlin said"
            return new Subject(List.of(inside), k, false);
        }
        if (p.token(k).quoted()) { // "Putin, Xi 'strongly condemn'": step out of the short quotation
            while (j >= sentenceStart && (p.token(j).quoted() || p.token(j).isQuoteMark())) {
                j--;
            }
        }
        j = beforePostModifier(p, j, sentenceStart);
        List<Mention> interposed = p.token(k).quoted() ? null : phrases.beforeInterposedPhrase(p, k, sentenceStart, coordination);
        if (interposed != null) { // "Wang Yi in a phone call with Abbas Araghchi said": Wang Yi
            return new Subject(coordination.withCompanions(p, interposed, k), interposed.get(interposed.size() - 1).end(), false);
        }
        while (j >= sentenceStart) {
            Token t = p.token(j);
            if (t.quoted() || t.isQuoteMark()) {
                return Subject.QUOTE_OR_START;
            }
            Mention m = p.mentionEndingAt(j);
            if (m != null) {
                return subjectEndingAt(p, m, j, k, sentenceStart);
            }
            if (is(LIST_CLOSING_GROUPS, t.lower())) { // "Russia, China and other BRICS members condemned"
                int end = beforeClosingGroup(p, j, sentenceStart);
                return end < 0 ? Subject.NONE : new Subject(coordination.coordinated(p, p.mentionEndingAt(end), true), j + 1, false);
            }
            int next = stepLeft(p, j, sentenceStart);
            if (next == STATEMENT_NOUN) { // "a Kremlin statement said", "the ministry's readout said"
                int owner = j - 1 >= sentenceStart && p.lower(j - 1).equals("'s") ? j - 2 : j - 1;
                Mention author = p.mentionEndingAt(owner);
                author = author != null ? author : SubjectPhrases.ownerBeforeModifiers(p, j, sentenceStart);
                return author == null ? Subject.NONE : new Subject(List.of(author), j + 1, false);
            }
            if (next == INCLUDING_LIST) { // "many countries, including Nigeria, Russia and Saudi Arabia, condemned"
                return new Subject(coordination.coordinated(p, p.mentionEndingAt(j - 1), true), j, false);
            }
            if (next < -1) {
                return Subject.NONE;
            }
            j = next;
        }
        return Subject.QUOTE_OR_START;
    }

    /** The subject of the verb at k that the walk left from it reached at mention m, ending at j. */
    private Subject subjectEndingAt(Passage p, Mention m, int j, int k, int sentenceStart) {
        if (phrases.purposeAfterObject(p, m, k)) { // "sent a message to state television to claim ...": the sender's
            List<Mention> clause = coordination.leftmostSubject(p, sentenceStart, m.start());
            return clause == null ? Subject.NONE : new Subject(clause, clause.get(clause.size() - 1).end(), false);
        }
        if (phrases.namesNoSubject(p, m, sentenceStart, k)) {
            return Subject.NONE; // "Hardline allies of Vladimir Putin are demanding", "the visit to China underscores", "Many in Iran say"
        }
        List<Mention> members = coordination.membersNamedAfter(p, m, k);
        if (members != null) { // "Their ambassadors, Vassily Nebenzia and Fu Cong, both condemned"
            return new Subject(members, j + 1, false);
        }
        Mention subject = phrases.titleBeforeObject(p, SubjectPhrases.officialBeforePlace(p, phrases.hostOf(p, m, sentenceStart), sentenceStart), sentenceStart);
        return subject.possessive() ? Subject.NONE
                : new Subject(coordination.withCompanions(p, coordination.coordinated(p, subject), k), j + 1, false);
    }

    /**
     * The mention inside a quotation that ends right before the quoted verb at k, past adverbs and time words, none
     * before lowest ("“The head of the Atomic Energy Organization yesterday informed ...”"), or null.
     */
    Mention quotedSubjectBefore(Passage p, int k, int lowest) {
        int j = k - 1;
        while (j > lowest && p.token(j).quoted() && (p.token(j).hasTag("ADV") || is(BARE_TIME_WORDS, p.lower(j)))) {
            j--;
        }
        return p.quotedMentionEndingAt(j);
    }

    /**
     * Where the walk to a subject goes on past a phrase that describes it, right before the verb ("A Russian official
     * familiar with the matter said", "an official close to the Iranian government said": the official speaks, not
     * the government): the word before the phrase when a mention ends there; else j itself. A source's phrase stays
     * ("sources close to the Kremlin said": the Kremlin's source).
     */
    private int beforePostModifier(Passage p, int j, int sentenceStart) {
        for (int q = j; q > sentenceStart && q > j - INTERPOSED_REACH - 2; q--) {
            if (p.token(q).quoted() || p.token(q).text().equals(",")) {
                return j;
            }
            boolean source = speech.sourceMarkerAt(p::lower, q - 1); // "sources close to the Kremlin": whose source it is
            if (is(POST_MODIFIERS, p.lower(q)) && q < j && p.token(q + 1).hasTag("ADP") && p.mentionEndingAt(q - 1) != null && !source) {
                return q - 1;
            }
        }
        return j;
    }

    private static final int STOP = -2;
    private static final int STATEMENT_NOUN = -3;
    private static final int INCLUDING_LIST = -4;

    /** Where the walk to a verb's subject goes on from the word at j: an index, or one of the stop codes. */
    private int stepLeft(Passage p, int j, int sentenceStart) {
        Token t = p.token(j);
        if (skippable(t) || negators.endsAt(p.words(), j + 1)) {
            return j - 1;
        }
        if (t.text().equals(")")) { // "Iran's Islamic Revolutionary Guard Corps (IRGC) said": step over the short brackets
            int open = p.bracketOpening(j, Math.max(sentenceStart, j - BRACKETED_WORDS - 1));
            return open < 0 ? STOP : open - 1;
        }
        if (is(BARE_TIME_WORDS, t.lower())) { // "The Kremlin Monday said", "Putin on Sunday called"
            return j - 1 >= sentenceStart && is(INTERPOSED_PREPOSITIONS, p.lower(j - 1)) ? j - 2 : j - 1;
        }
        int described = t.hasTag("NOUN") ? SubjectPhrases.statementNounBeforeOf(p, j, sentenceStart, speech) : -1;
        if (described >= 0) {
            return described; // "China's readout of the call said": the readout, not the call, is the subject
        }
        if (speech.isStatementNoun(t.lower())) {
            int before = j - 1;
            while (before >= sentenceStart && (p.token(before).hasTag("DET") || p.token(before).hasTag("ADJ") || p.token(before).hasTag("PRON"))) {
                before--;
            }
            // "The ministry, in a statement said": an occasion between the subject and its verb, not the subject
            return before >= sentenceStart && is(INTERPOSED_PREPOSITIONS, p.lower(before)) ? before - 1 : STATEMENT_NOUN;
        }
        int quoted = t.lower().equals("as") ? phrases.asSayingSubject(p, j, sentenceStart) : -1;
        if (quoted >= 0) {
            return quoted; // "Xinhua quoted Wang as saying", "Lavrov was quoted by TASS as saying"
        }
        if (is(RELATIVE_PRONOUNS, t.lower()) && j - 2 >= sentenceStart && p.lower(j - 1).equals(",") && p.mentionEndingAt(j - 2) != null) {
            return j - 2; // "Paul Kagame, who accused ...": the actor the relative pronoun stands for
        }
        Mention person = is(PERSON_RELATIVES, t.lower()) && j - 1 >= sentenceStart ? p.mentionEndingAt(j - 1) : null;
        if (person != null && person.actor() != null && person.actor().isPerson()) {
            return j - 1; // "a call with Ushakov who reiterated the same"; never "a resolution on Iran which condemned"
        }
        if (t.lower().equals("to") && j - 1 >= sentenceStart && p.token(j - 1).hasTag("VERB")) {
            return j - 2; // "continues to oppose", "refused to say"
        }
        int to = j + 1;
        while (to < p.size() && p.token(to).hasTag("ADV")) {
            to++; // "moved unsuccessfully to block"
        }
        if (p.lower(to).equals("to") && (t.hasTag("VERB") || t.hasTag("ADJ"))) {
            return j - 1; // the tagger calls "to" a particle, stepped over already: "hastened to add", "was quick to condemn"
        }
        if (isDash(t)) { // "Eleven members—including Iran, Russia and China—condemned"
            return closesIncludingList(p, j) ? INCLUDING_LIST : STOP;
        }
        if (t.text().equals(",")) {
            return closesIncludingList(p, j) ? INCLUDING_LIST : beforeAside(p, j, sentenceStart);
        }
        if (is(INTERPOSED_NOUNS, t.lower()) || t.hasTag("NUM")) {
            int prep = j - 1;
            while (prep >= sentenceStart && prep > j - INTERPOSED_REACH && !is(INTERPOSED_PREPOSITIONS, p.lower(prep))) {
                prep--;
            }
            return prep < sentenceStart || prep <= j - INTERPOSED_REACH ? STOP : prep - 1;
        }
        return STOP;
    }

    /** Where the walk to a subject goes on from the comma at j that closes an aside, or {@link #STOP}. */
    private int beforeAside(Passage p, int j, int sentenceStart) {
        int open = Asides.start(p, j, sentenceStart);
        int pastTime = asides.pastTime(p, j, open, sentenceStart);
        if (pastTime >= 0) {
            return pastTime;
        }
        if (open >= 0 && p.mentionEndingAt(open - 1) == null && namesTheNounBefore(p, open, j)) {
            return j - 1; // "Iran's powerful military arm, the Islamic Revolutionary Guard Corps, said": the aside names the subject
        }
        return open < 0 ? STOP : asides.speaksFor(p, open, j) ? j - 1 : p.mentionEndingAt(open - 1) == null ? STOP : open - 1;
    }

    /**
     * Whether the aside between the commas at open and close is one actor's name, maybe with its acronym in brackets,
     * after a noun it names ("arm, the IRGC,").
     */
    private static boolean namesTheNounBefore(Passage p, int open, int close) {
        int last = close - 1;
        if (p.token(last).text().equals(")")) { // "force, the Islamic Revolutionary Guard Corps (IRGC), has": past its acronym
            int bracket = p.bracketOpening(last, Math.max(open, last - BRACKETED_WORDS - 1));
            last = bracket < 0 ? last : bracket - 1;
        }
        Mention m = p.mentionEndingAt(last);
        int start = m == null ? -1 : p.lower(m.start() - 1).equals("the") ? m.start() - 1 : m.start();
        return m != null && start == open + 1 && m.actor() != null && m.actor().country() != null && !m.actor().isPerson()
                && open > 0 && p.token(open - 1).hasTag("NOUN");
    }

    /**
     * "Russia, China, and a host of other nations rallied to condemn", "Iran, Russia and several other countries
     * called": a group noun at j that closes a list of actors; the end of the actor before its "and", or STOP.
     */
    private int beforeClosingGroup(Passage p, int j, int sentenceStart) {
        for (int k = j - 1; k >= sentenceStart && k >= j - GROUP_WORDS; k--) {
            Token t = p.token(k);
            if (t.lower().equals("and")) {
                int end = p.lower(k - 1).equals(",") ? k - 2 : k - 1;
                Mention m = end >= sentenceStart ? p.mentionEndingAt(end) : null;
                // "strikes on Iran and other countries": the object of a preposition is no subject
                return m != null && !m.possessive() && !is(PREPOSITIONS, p.lower(m.start() - 1)) ? end : STOP;
            }
            if (!(t.hasTag("ADJ") || t.hasTag("DET") || t.hasTag("NUM") || t.hasTag("NOUN") || t.hasTag("PROPN") || t.lower().equals("of"))) {
                return STOP;
            }
        }
        return STOP;
    }

    private static boolean isDash(Token t) {
        return t.text().equals("\u2014") || t.text().equals("\u2013");
    }

    /** Whether the comma or dash at j closes a list that "including" opens ("states, including Nigeria, Russia and Peru,"). */
    private boolean closesIncludingList(Passage p, int j) {
        Mention last = p.mentionEndingAt(j - 1);
        if (last == null) {
            return false;
        }
        List<Mention> list = coordination.coordinated(p, last, true);
        return p.lower(list.get(0).start() - 1).equals("including");
    }

    /**
     * Whether the speech at {@code to} is negated by what stands between the subject (ending at {@code from}) and it:
     * "has not commented", "refused to say", but not "cannot fail to condemn", and not across a clause break
     * ("refused to say ..., but argued"). The stance stage reads negation through the same {@link Clauses}.
     */
    boolean negated(Passage p, int from, int to) {
        if (from < 0 || from >= to) {
            return false;
        }
        List<String> clause = p.words().subList(from, to + 1);
        p.walked(clause.size());
        return clauses.negated(clause, to - from, j -> p.mentionStartingAt(from + j) != null);
    }

    /** "neither the Kremlin nor Putin has spoken", "no Chinese official has commented" */
    boolean negatedSubject(Passage p, int subjectStart) {
        int sentenceStart = p.sentenceStart(subjectStart);
        for (int j = Math.max(sentenceStart, subjectStart - 2); j < subjectStart; j++) {
            if (is(NEGATING_DETERMINERS, p.lower(j))) {
                return true;
            }
        }
        return false;
    }
}
