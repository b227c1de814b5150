package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.ABSOLUTE_OPENERS;
import static org.reactions.knowledge.FunctionWords.Set.COMPANIONS;
import static org.reactions.knowledge.FunctionWords.Set.CONTRASTING;
import static org.reactions.knowledge.FunctionWords.Set.COORDINATION;
import static org.reactions.knowledge.FunctionWords.Set.DATELINE_MARKS;
import static org.reactions.knowledge.FunctionWords.Set.JOINING_VERBS;
import static org.reactions.knowledge.FunctionWords.Set.POSSESSIVE_DETERMINERS;
import static org.reactions.knowledge.FunctionWords.Set.PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.SUBORDINATING;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.reactions.entities.ActorType;
import org.reactions.entities.Mention;
import org.reactions.knowledge.FunctionWords;
import org.reactions.nlp.Token;
import org.reactions.statements.SpeechLexicon;
import org.reactions.statements.SpeechVerb;

/** Actors listed together ("Russia and China", "Russia, China and Pakistan") and the first subject of a clause. */
final class Coordination {
    /** the most words between a dateline's place and its mark ("BEIJING, March 12 (") */
    private static final int DATELINE_WORDS = 5;
    /** how far back from a verb a contrasting clause may open, in tokens */
    private static final int CLAUSE_REACH = 40;
    private final FunctionWords words;
    private final SpeechLexicon speech;

    Coordination(FunctionWords words, SpeechLexicon speech) {
        this.words = words;
        this.speech = speech;
    }

    private boolean is(FunctionWords.Set set, String lowerCaseWord) {
        return words.contains(set, lowerCaseWord);
    }

    /**
     * The subject and the actors coordinated with it ("Russia and China", "Russia, China and Pakistan"): the last
     * one is joined by "and", "or" or "nor", the others may be joined by commas.
     */
    List<Mention> coordinated(Passage p, Mention subject) {
        List<Mention> listed = coordinated(p, subject, p.isHeading());
        // headlines join names with commas ("Putin, Xi condemn ..."), but only a list that opens the headline
        boolean opensHeadline = p.sentenceStart(subject.start()) == listed.get(0).start();
        return p.isHeading() && !opensHeadline ? coordinated(p, subject, false) : listed;
    }

    /**
     * The people a group names in apposition, between commas before k: "Their ambassadors, Vassily Nebenzia and Fu Cong,
     * both condemned"; null when no such list follows the group.
     */
    List<Mention> membersNamedAfter(Passage p, Mention found, int k) {
        // the walk to a subject may stop at the group or at the first name, taking the rest of the list for an appositive
        Mention group = found.group() || found.start() < 2 || !p.lower(found.start() - 1).equals(",") ? found : p.mentionEndingAt(found.start() - 2);
        int open = group == null ? -1 : group.end();
        if (group == null || !group.group() || open + 1 >= k || !p.lower(open).equals(",")) {
            return null;
        }
        for (int close = open + 2; close < k; close++) { // the comma that closes the list: "Nebenzia, Fu Cong and Iravani,"
            if (p.lower(close).equals(",") && p.mentionEndingAt(close - 1) != null) {
                List<Mention> members = coordinated(p, p.mentionEndingAt(close - 1), true).stream().filter(m -> m.start() > open).toList();
                boolean people = members.size() > 1 && members.stream().allMatch(m -> m.actor() != null && m.actor().isPerson() && !m.group());
                if (people && members.get(0).start() == open + 1) {
                    return members;
                }
            }
        }
        return null;
    }

    List<Mention> coordinated(Passage p, Mention subject, boolean commaFirst) {
        List<Mention> all = new ArrayList<>(p.sameSpan(subject));
        int j = subject.start() - 1;
        if (j > 0 && is(POSSESSIVE_DETERMINERS, p.lower(j))) {
            j--; // "Putin and his Chinese counterpart Xi Jinping"
        }
        Mention owner = j > 0 ? p.mentionEndingAt(j - 1) : null;
        if (owner != null && owner.possessive() && owner.end() == j && owner.actor() != null && owner.actor().type() == ActorType.STATE) {
            j = owner.start() - 1; // "Russia's Putin and China's Xi": a leader named by the state's possessive
        }
        boolean first = true;
        while (j > 0 && is(COORDINATION, p.lower(j)) && !(first && !commaFirst && p.lower(j).equals(","))) {
            int end = p.lower(j).equals("and") && p.lower(j - 1).equals(",") ? j - 1 : j;
            Mention left = p.mentionEndingAt(end - 1);
            if (left == null || left.possessive() || is(PREPOSITIONS, p.lower(left.start() - 1))) {
                break; // "strikes on Iran, China and Russia": Iran is not a subject
            }
            Token before = left.start() > 0 ? p.token(left.start() - 1) : null;
            if (end < j && before != null && before.hasTag("VERB") && !before.lower().endsWith("ing")) {
                break; // "after Israel struck Iran, and Trump urged calm": ", and" joins a clause, Iran is struck
            }
            all.add(0, left);
            j = left.start() - 1;
            first = false;
        }
        return all;
    }

    /**
     * The subject with the actors that act along with it, named between it and the verb at k: "China, alongside
     * Russia and several Arab states, has condemned", "along with", "together with", and "Beijing joined Russia in
     * condemning" when k is that participle (a walk from the verb to its subject stops at "in", so only a clause's
     * subject, {@link ClauseSubject}, meets that one).
     */
    List<Mention> withCompanions(Passage p, List<Mention> subject, int k) {
        int j = subject.get(subject.size() - 1).end();
        boolean aside = p.lower(j).equals(",") && is(COMPANIONS, p.lower(j + 1));
        if (aside) {
            j = p.lower(j + 1).equals("alongside") ? j + 2 : p.lower(j + 2).equals("with") ? j + 3 : -1;
        } else if (is(JOINING_VERBS, p.lower(j))) {
            j++;
        } else {
            return subject;
        }
        Mention first = j < 0 ? null : p.mentionStartingAt(j);
        if (first == null || first.possessive()) {
            return subject;
        }
        List<Mention> companions = listedFrom(p, first, k);
        int after = companions.get(companions.size() - 1).end();
        if (aside ? !closesAside(p, after, k) : !joinedIn(p, after, k)) {
            return subject;
        }
        List<Mention> all = new ArrayList<>(subject);
        all.addAll(companions);
        return all;
    }

    /**
     * "alongside Russia and several Arab states, has condemned": only more of the list before the comma that closes
     * the aside; "Trump, alongside Netanyahu at the White House, said" tells where Trump stood, not who spoke.
     */
    private static boolean closesAside(Passage p, int after, int k) {
        for (int j = after; j < k; j++) {
            Token t = p.token(j);
            if (t.text().equals(",")) {
                return true;
            }
            if (t.hasTag("ADP") || t.isVerbal() || t.quoted() || t.isQuoteMark()) {
                return false;
            }
        }
        return false;
    }

    /** "joined Russia and a chorus of Arab states in condemning": only a noun phrase between the companions and "in" k. */
    private static boolean joinedIn(Passage p, int after, int k) {
        if (k - 1 < after || !p.lower(k - 1).equals("in")) {
            return false;
        }
        for (int j = after; j < k - 1; j++) {
            Token t = p.token(j);
            if (t.isVerbal() || t.text().equals(",") || t.quoted() || t.isQuoteMark()) {
                return false;
            }
        }
        return true;
    }

    /** A mention and those listed after it in its sentence ("from Iran, Russia, and China"), in order. */
    List<Mention> listedFrom(Passage p, Mention first) {
        return listedFrom(p, first, p.sentenceEnd(first.start()));
    }

    /** A mention and those listed after it that end before k, in order. */
    private List<Mention> listedFrom(Passage p, Mention first, int k) {
        List<Mention> all = new ArrayList<>(List.of(first));
        for (Mention next = nextInList(p, first, k); next != null; next = nextInList(p, next, k)) {
            all.add(next);
        }
        return all;
    }

    /** A subject and the actors coordinated after it ("Russia and China condemned": from Russia, both). */
    List<Mention> coordinatedAfter(Passage p, Mention first) {
        List<Mention> listed = listedFrom(p, first);
        return coordinated(p, listed.get(listed.size() - 1));
    }

    /**
     * The first subject-like mention of the clause [from, k) and those coordinated with it, or null; after a fronted
     * subordinate clause, only the subject that opens the main clause (else null).
     */
    List<Mention> leftmostSubject(Passage p, int from, int k) {
        int clauseStart = afterFrontedClause(p, from, k);
        int objectsEnd = clauseStart; // "between the United States and Iran": a preposition's listed objects are no subject
        for (Mention m : p.mentions()) {
            if (m.start() >= k) {
                break; // mentions are in text order
            }
            if (m.start() < objectsEnd || m.end() > k) {
                continue;
            }
            if (isSubjectLike(p, m) || ownsWordsBefore(p, m, k)) {
                // after a fronted clause the subject comes first ("As ..., China has used"; not "..., countries backing Tehran")
                boolean opensMainClause = clauseStart == from || opensClause(p, clauseStart, m.start());
                if (!opensMainClause) {
                    return null;
                }
                if (!opensDateline(p, m) && !p.lower(m.start() - 1).equals("(")) { // "(TASS) -", "(IRGC)": a bracket names no subject
                    List<Mention> listed = listedFrom(p, m, k);
                    return coordinated(p, listed.get(listed.size() - 1));
                }
            } else if (is(PREPOSITIONS, p.lower(m.start() - 1))) {
                objectsEnd = Math.max(objectsEnd, objectsEnd(p, m, k));
            }
        }
        return null;
    }

    /**
     * The end of a preposition's objects joined by a word ("between the United States and Iran"), or the start of
     * the first: after a comma may stand the subject ("According to Mehr, Iran's envoy said").
     */
    private int objectsEnd(Passage p, Mention first, int k) {
        List<Mention> objects = listedFrom(p, first, k);
        Mention last = objects.get(objects.size() - 1);
        return last != first && !p.lower(last.start() - 1).equals(",") ? last.end() : first.start();
    }

    /**
     * The start of a contrasting clause ("while", "whereas") between from and k, within {@link #CLAUSE_REACH} tokens of
     * k, that has a subject of its own and a verb and ends at the comma or "and" right before k ("Wang called it a slap,
     * while UN Ambassador Fu Cong shook his head, labeling it"); or of an absolute ", with" whose subject, an aside
     * after it or not, comes right before k with no verb of its own; or -1.
     */
    int contrastingClause(Passage p, int from, int k) {
        boolean closedBefore = p.lower(k - 1).equals(",") || p.lower(k - 1).equals("and");
        for (int j = k - 2; closedBefore && j > from && j >= k - CLAUSE_REACH; j--) {
            boolean absolute = is(ABSOLUTE_OPENERS, p.lower(j)) && p.lower(j - 1).equals(",");
            if (!is(CONTRASTING, p.lower(j)) && !absolute) {
                continue;
            }
            Mention subject = p.mentionStartingAt(p.lower(j + 1).equals("the") ? j + 2 : j + 1);
            if (absolute) { // ", with Iran's foreign minister, Abbas Araghchi, accusing": the participle's own subject
                return subject != null && noVerbBetween(p, subject.end(), k) && namesNoOneElse(p, subject, k) ? j + 1 : -1;
            }
            boolean verbAfter = subject != null && subject.end() < k && !subject.possessive()
                    && p.token(subject.end()).isVerbal();
            return verbAfter ? j + 1 : -1;
        }
        return -1;
    }

    /**
     * Whether the words between a subject and k name no one but the subject: "an adviser to Iran's supreme leader,
     * Ayatollah Ali Khamenei," names the leader the adviser serves, who is no subject.
     */
    private static boolean namesNoOneElse(Passage p, Mention subject, int k) {
        for (Mention m : p.mentions()) {
            if (m.start() >= subject.end() && m.end() <= k && !Objects.equals(m.actor(), subject.actor())) {
                return false;
            }
        }
        return true;
    }

    private static boolean noVerbBetween(Passage p, int from, int to) {
        for (int j = from; j < to; j++) {
            if (p.token(j).isVerbal()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the main clause starts after a fronted subordinate clause ("As clashes between the US, Israel and Iran
     * grow, China has used the Council to advocate ..."): after the first comma that follows the subordinate clause's
     * verb, when one comes before k; after a fronted phrase of a preposition and no verb, at its comma ("At a meeting
     * with business leaders on Friday, Putin mentioned ..."); else from.
     */
    private int afterFrontedClause(Passage p, int from, int k) {
        if (p.token(from).hasTag("ADP") && !p.token(from).quoted()) { // "At a meeting with business leaders on Friday, Putin ..."
            int comma = SubjectPhrases.prepositionalOpeningEnd(p, from, k);
            return comma >= 0 && comma < k ? comma + 1 : from;
        }
        if (!is(SUBORDINATING, p.lower(from))) {
            return from;
        }
        boolean verb = false;
        for (int j = from + 1; j < k; j++) {
            verb |= p.token(j).isVerbal();
            if (verb && p.lower(j).equals(",")) {
                return j + 1;
            }
        }
        return from;
    }

    /** Whether only a determiner, an adverb or a comma stands between a clause's start and a mention ("however, China"). */
    private static boolean opensClause(Passage p, int clauseStart, int mentionStart) {
        for (int j = clauseStart; j < mentionStart; j++) {
            Token t = p.token(j);
            if (!(t.hasTag("ADV") || t.hasTag("DET") || t.text().equals(","))) {
                return false;
            }
        }
        return mentionStart - clauseStart <= 3;
    }

    /**
     * Whether a place opens the sentence as its dateline ("BEIJING, March 12 (TASS) - Russia and China ...",
     * "MOSCOW (Reuters) -"): a dash, colon or bracket follows it within a few words, before any verb. A place the
     * knowledge base does not know ("ST PETERSBURG, June 20 (Reuters) -") must be in capitals and followed by a bracket
     * or a dash, since a transcript's unknown speaker comes before a colon ("JOHN DOE: Well, ...").
     */
    boolean opensDateline(Passage p, Mention m) {
        boolean unknownPlace = m.kind() == Mention.Kind.UNKNOWN && inCapitals(p, m);
        if (m.start() != p.sentenceStart(m.start()) || m.possessive() || m.actor() == null
                || (m.actor().type() != ActorType.STATE && !unknownPlace)) {
            return false;
        }
        for (int j = m.end(); j < Math.min(m.end() + DATELINE_WORDS, p.size()) && !p.token(j).hasTag("VERB"); j++) {
            if (is(DATELINE_MARKS, p.token(j).text())) {
                return !unknownPlace || !p.token(j).text().equals(":");
            }
        }
        return false;
    }

    private static boolean inCapitals(Passage p, Mention m) {
        for (int k = m.start(); k < m.end(); k++) {
            String word = p.token(k).text();
            if (!word.equals(word.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** "Beijing's warning: “...”": a possessive whose speech noun stands right before k. */
    private boolean ownsWordsBefore(Passage p, Mention m, int k) {
        String noun = p.lower(m.end() + 1);
        SpeechVerb verb = speech.verb(noun);
        return m.possessive() && m.end() + 2 == k && (speech.isStatementNoun(noun) || (verb != null && verb.nounForms().contains(noun)));
    }

    private boolean isSubjectLike(Passage p, Mention m) {
        return !m.possessive() && !p.token(m.start()).quoted() && !is(PREPOSITIONS, p.lower(m.start() - 1));
    }

    /** The mention after m in a list ("Russia and China", "Russia, China"), ending before k, or null. */
    private Mention nextInList(Passage p, Mention m, int k) {
        int end = m.end();
        for (int start : new int[] {end + 1, end + 2}) {
            Mention n = p.mentionStartingAt(start);
            boolean joined = start == end + 1 || p.lower(end).equals(",");
            if (n != null && n.end() <= k && joined && is(COORDINATION, p.lower(start - 1))) {
                return n;
            }
        }
        return null;
    }
}
