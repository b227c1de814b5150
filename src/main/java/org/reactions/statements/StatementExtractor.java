package org.reactions.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reactions.corpus.CodePoints;
import org.reactions.entities.Actor;
import org.reactions.entities.ActorType;
import org.reactions.entities.DocumentEntities;
import org.reactions.entities.Mention;
import org.reactions.knowledge.Negators;
import org.reactions.nlp.AnnotatedDocument;
import org.reactions.nlp.Quotation;
import org.reactions.nlp.Token;

/**
 * Finds statements: direct quotations and reported speech, each credited to a speaker and the speaker's country.
 *
 * <p>A statement needs a cue (a speech verb, "according to", a colon before a quotation, or a quotation that goes
 * on from the previous one) and a speaker: the subject of the verb (to its left, past adverbs, auxiliaries, a
 * time phrase or an appositive), the name after it when the quotation comes first ("...," said Lin Jian), the
 * speaker of the verb it is coordinated with ("called ... and urged"), or, for a pronoun or role noun, the
 * nearest compatible actor named before. Speech that is negated ("has not spoken", "refused to say") does not
 * count, nor does speech reported inside what someone else said ("Analysts note that Beijing criticised").
 * Only official voices of the requested countries become statements.
 */
public final class StatementExtractor {
    private static final Set<String> COORDINATING = Set.of("and", "but", "or");
    /** auxiliaries and floating words that may stand between a subject and its verb, whatever the tagger says */
    private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("has", "have", "had", "is", "are", "was", "were", "be",
            "been", "being", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "also", "both", "all", "each", "jointly", "together", "separately", "themselves", "itself", "himself", "herself",
            "reportedly", "publicly", "repeatedly", "again", "further", "then", "later", "earlier", "already", "once");
    private static final Set<String> COORDINATION = Set.of("and", "or", ",", "nor");
    /** the most words a quotation may have for a speech verb inside it to count ("'strongly condemn'") */
    private static final int SHORT_QUOTATION = 3;
    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "their", "its");
    private static final Set<String> BOUNDARIES = Set.of(";", "while", "whereas", "but", "and", "with", "as", "meanwhile");
    private static final Set<String> NOUN_MARKERS = Set.of("a", "an", "the", "this", "that", "these", "those", "its", "his",
            "her", "their", "our", "my", "your", "any", "no", "every", "each", "such", "'s", "'");
    private static final Set<String> COMPLEMENT_STARTERS = Set.of("that", "to", "for", "on", "upon", "against", "of", "them",
            "him", "her", "it", "us", "the", "a", "an", "all", "both", "\"", "washington", "israel", "iran", "about", "how",
            "whether", "what");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "at", "from", "to", "with", "by", "for", "on", "about",
            "against", "between", "after", "before", "during", "over", "under", "toward", "towards", "than", "into", "amid");
    /** time words that may stand alone between a subject and its verb ("The Kremlin Monday said") */
    private static final Set<String> BARE_TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "been", "is", "are", "be", "being");
    /** time and occasion words that may stand between a subject and its verb ("Putin on Monday said") */
    private static final Set<String> INTERPOSED_NOUNS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "week", "weekend", "month", "year", "day", "morning", "afternoon", "evening", "night",
            "today", "yesterday", "days", "weeks", "months", "years", "hours", "statement", "interview", "speech",
            "briefing", "conference", "remarks", "post", "message", "call", "letter", "meeting", "session", "address",
            "time", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");
    /** words that end one speaker's part of a sentence when the speaker says nothing after them ("..., yet both powers ...") */
    private static final Set<String> CLAUSE_ENDS = Set.of(";", "yet", "but", "while", "whereas", "although", "though");
    /** words that open a fronted clause, which is the writer's framing rather than the speaker's words */
    private static final Set<String> FRONTING = Set.of("after", "before", "following", "despite", "while", "amid", "during",
            "in", "on", "at", "since", "as", "although", "though", "when", "with", "without", "unlike", "like", "given",
            "according", "responding", "speaking", "addressing", "writing", "commenting", "asked");
    /** words that open a subordinate clause, which ends at its comma */
    private static final Set<String> SUBORDINATING = Set.of("while", "although", "though", "as", "whereas", "since", "if",
            "when", "because");
    private static final Set<String> INTERPOSED_PREPOSITIONS = Set.of("on", "in", "at", "during", "last", "this", "earlier",
            "late", "early", "via", "through", "by", "over");

    private final SpeechLexicon speech;
    private final Negators negators;

    public StatementExtractor(SpeechLexicon speech, Negators negators) {
        this.speech = speech;
        this.negators = negators;
    }

    public SpeechLexicon lexicon() {
        return speech;
    }

    /** The statements of one document by official voices of the given countries, in text order, numbered from 1. */
    public List<Statement> extract(AnnotatedDocument document, DocumentEntities entities, Set<String> countries) {
        return new Reading(document, entities, countries).statements();
    }

    // ------------------------------------------------------------------------------------------------------------

    private enum CueKind { VERB, ACCORDING, COLON, CONTINUATION, TRANSCRIPT }

    private record Cue(int at, int end, String surface, CueKind kind) {
    }

    /**
     * Who said something and how the tool knows.
     *
     * @param actor   the speaker
     * @param at      the speaker's mention in the passage, or -1
     * @param how     the rule that found it, for explanations
     * @param factor  how much to trust it (see README)
     */
    private record Speaker(Actor actor, int at, String how, double factor) {
    }

    /**
     * A speech verb (or other cue) with its speakers.
     *
     * @param goesWith the event whose speaker it shares ("said ..., adding that"), or null
     */
    private record Event(Cue cue, List<Speaker> speakers, boolean negated, int anchor, Event goesWith) {
        boolean hasSpeaker() {
            return !speakers.isEmpty();
        }

        String note() {
            return goesWith == null ? null : "goes with '" + goesWith.cue().surface() + "'";
        }
    }

    /** The reading of one document; holds what the reader remembers from sentence to sentence. */
    private final class Reading {
        private final AnnotatedDocument document;
        private final Set<String> countries;
        private final List<Passage> passages;
        private final DocumentEntities entitiesOf;
        private final List<List<Event>> events = new ArrayList<>();
        private final Salience salience = new Salience();
        /** for a speech event that reports another's speech, where the reported speech ends */
        private final java.util.Map<Event, Integer> reportedUntil = new java.util.IdentityHashMap<>();
        private final CodePoints codePoints;

        Reading(AnnotatedDocument document, DocumentEntities entities, Set<String> countries) {
            this.document = document;
            this.countries = countries;
            this.passages = Passage.of(document, entities);
            this.entitiesOf = entities;
            this.codePoints = new CodePoints(document.text());
        }

        List<Statement> statements() {
            for (Passage p : passages) {
                events.add(read(p));
            }
            attributeForward();
            List<Draft> drafts = new ArrayList<>();
            for (Passage p : passages) {
                drafts.addAll(drafts(p, events.get(p.index())));
            }
            drafts.sort(Comparator.comparingInt((Draft d) -> d.passage.start()).thenComparingInt(d -> d.anchor));
            List<Statement> statements = new ArrayList<>(drafts.size());
            for (Draft d : drafts) {
                statements.add(d.toStatement(statements.size() + 1));
            }
            return statements;
        }

        // ------------------------------------------------------------------ events of a passage

        private List<Event> read(Passage p) {
            remember(p);
            if (p.isQuestionWithoutQuote()) {
                return List.of();
            }
            List<Event> found = new ArrayList<>();
            Event turn = transcriptTurn(p);
            if (turn != null) {
                found.add(turn);
            }
            for (Cue cue : cues(p)) {
                found.add(cue.kind() == CueKind.ACCORDING ? source(p, cue) : verb(p, cue, found));
            }
            found = withoutEmbedded(p, found);
            if (found.stream().noneMatch(e -> e.cue().kind() == CueKind.VERB && !e.negated())) {
                Event colon = colon(p);
                if (colon != null) {
                    found.add(colon);
                }
            }
            if (found.isEmpty() && p.startsWithQuote() && p.index() > 0) {
                Event continued = continuation(p, events.get(p.index() - 1), passages.get(p.index() - 1));
                if (continued != null) {
                    found.add(continued);
                }
            }
            for (Event e : found) {
                for (Speaker s : e.speakers()) {
                    int at = s.at() >= 0 ? s.at() : e.cue().at();
                    salience.mention(p.sentenceOf()[Math.min(at, p.size() - 1)], at, s.actor(), false, Salience.Role.SPEAKER);
                }
            }
            return found;
        }

        /** Puts the passage's mentions (outside quotations) in the reader's mind. */
        private void remember(Passage p) {
            for (Mention m : p.mentions()) {
                if (m.actor() == null || p.token(m.start()).quoted()) {
                    continue;
                }
                boolean subject = !m.possessive() && !PREPOSITIONS.contains(p.lower(m.start() - 1));
                salience.mention(p.sentenceOf()[m.start()], m.start(), m.actor(), m.group(),
                        subject ? Salience.Role.SUBJECT : Salience.Role.OTHER);
            }
        }

        private List<Cue> cues(Passage p) {
            List<Cue> cues = new ArrayList<>();
            for (int k = 0; k < p.size(); k++) {
                Token t = p.token(k);
                if ((t.quoted() && !isQuotedVerbOfSubject(p, k)) || t.isQuoteMark() || insideMention(p, k)) {
                    continue;
                }
                String w = t.lower();
                if (w.equals("according") && p.lower(k + 1).equals("to")) {
                    cues.add(new Cue(k, k + 2, "according to", CueKind.ACCORDING));
                    k++;
                    continue;
                }
                SpeechVerb verb = speech.verb(w);
                if (verb == null || (verb.nounForms().contains(w) && !verbal(p, k)) || !requirementMet(p, k, verb)) {
                    continue;
                }
                cues.add(new Cue(k, k + 1, w, CueKind.VERB));
            }
            return cues;
        }

        /**
         * A speech verb quoted on its own right after its subject, as headlines do ("Putin, Xi 'strongly condemn'
         * strikes"): a quotation of at most three words that follows a mention.
         */
        private boolean isQuotedVerbOfSubject(Passage p, int k) {
            int open = k;
            while (open > 0 && p.token(open - 1).quoted()) {
                open--;
            }
            int close = k;
            while (close + 1 < p.size() && p.token(close + 1).quoted()) {
                close++;
            }
            return close - open < SHORT_QUOTATION && open >= 2 && p.token(open - 1).isQuoteMark() && mentionEndingAt(p, open - 2) != null;
        }

        private boolean insideMention(Passage p, int k) {
            for (Mention m : p.mentions()) {
                if (k >= m.start() && k < m.end()) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a form that is also a noun ("warning", "call") is used as a verb here. */
        private boolean verbal(Passage p, int k) {
            if (k > p.sentenceStart(k)) {
                Token previous = p.token(k - 1);
                if (NOUN_MARKERS.contains(previous.lower()) || previous.hasTag("ADJ") || previous.hasTag("NUM")
                        || previous.hasTag("DET")) {
                    return false;
                }
            }
            Mention subject = mentionEndingAt(p, k - 1);
            if (p.token(k).hasTag("VERB") || (subject != null && !subject.possessive())) {
                return true; // "Russia and China pledge support"
            }
            return k + 1 < p.sentenceEnd(k) && (COMPLEMENT_STARTERS.contains(p.lower(k + 1)) || mentionStartsAt(p, k + 1) != null);
        }

        /** "call" counts only with "for"/"on" after it (or quoted words), "comment" only with "that" or a quote. */
        private boolean requirementMet(Passage p, int k, SpeechVerb verb) {
            if (verb.requires().isEmpty()) {
                return true;
            }
            int sentenceEnd = p.sentenceEnd(k);
            if (verb.requires().contains(SpeechVerb.QUOTE)) {
                for (int j = k + 1; j < sentenceEnd; j++) {
                    if (p.token(j).quoted()) {
                        return true;
                    }
                }
            }
            for (int j = k + 1; j < Math.min(k + 4, sentenceEnd); j++) {
                Token t = p.token(j);
                if (verb.requires().contains(t.lower())) {
                    return true;
                }
                if (insideMention(p, j) || (!t.hasTag("ADV") && !t.hasTag("PART"))) {
                    return false;
                }
            }
            return false;
        }

        /** "according to a statement from China's Foreign Ministry": the source named after the words. */
        private Event source(Passage p, Cue cue) {
            for (Mention m : p.mentions()) {
                if (m.start() >= cue.end() && m.start() <= cue.end() + 5 && !p.token(m.start()).quoted()) {
                    List<Speaker> speakers = resolve(p, m, "source named after 'according to'", 0.9);
                    return new Event(cue, speakers, false, cue.at(), null);
                }
            }
            return new Event(cue, List.of(), false, cue.at(), null);
        }

        private Event verb(Passage p, Cue cue, List<Event> earlier) {
            int k = cue.at();
            int sentenceStart = p.sentenceStart(k);
            Event previous = lastInSentence(p, earlier, k);
            int before = previousWord(p, k, sentenceStart);
            String joiner = before >= 0 ? p.lower(before) : "";
            boolean participle = cue.surface().endsWith("ing");
            // "called ... and urged", "said ..., adding that": the speaker of the verb it goes with
            if (previous != null && previous.hasSpeaker() && (COORDINATING.contains(joiner) || (participle && joiner.equals(",")))) {
                return new Event(cue, inherit(previous), negated(p, Math.max(before, sentenceStart), k), k, previous);
            }
            List<Mention> agents = passiveAgents(p, k);
            if (!agents.isEmpty()) { // "The session was requested by Russia and China"
                List<Speaker> speakers = new ArrayList<>();
                for (Mention m : agents) {
                    speakers.addAll(resolve(p, m, "agent of '" + cue.surface() + "'", 1.0));
                }
                return new Event(cue, speakers, negated(p, Math.max(sentenceStart, k - 4), k), k, null);
            }
            Subject subject = subjectLeftOf(p, k, sentenceStart);
            if (subject.mentions != null) {
                List<Speaker> speakers = new ArrayList<>();
                for (Mention m : subject.mentions) {
                    speakers.addAll(resolve(p, m, "subject of '" + cue.surface() + "'", 1.0));
                }
                int anchor = subject.mentions.stream().mapToInt(Mention::start).min().orElse(k);
                boolean negated = negated(p, subject.end, k) || negatedSubject(p, anchor, sentenceStart);
                return new Event(cue, speakers, negated, anchor, null);
            }
            if (subject.quoteOrStart) { // "...," said Lin Jian
                Mention after = mentionStartsAt(p, k + 1);
                if (after != null) {
                    return new Event(cue, resolve(p, after, "named after '" + cue.surface() + "'", 1.0), false, k, null);
                }
            }
            if (previous != null && previous.hasSpeaker() && (participle || PREPOSITIONS.contains(joiner))) {
                return new Event(cue, inherit(previous), negated(p, Math.max(before, sentenceStart), k), k, previous);
            }
            boolean afterComma = before >= 0 && p.token(before).text().equals(",");
            boolean attached = before >= 0 && !afterComma && !p.token(before).text().equals("—");
            boolean reporting = participle && afterComma && speech.verb(cue.surface()).attaches();
            // "resolutions calling for", "by denounced", "Putin met Araghchi and slammed", "refused to be drawn, saying"
            if ((participle && attached) || reporting || PREPOSITIONS.contains(joiner) || COORDINATING.contains(joiner)) {
                List<Mention> clauseSubject = leftmostSubject(p, sentenceStart, k);
                if (clauseSubject != null) {
                    List<Speaker> speakers = new ArrayList<>();
                    for (Mention m : clauseSubject) {
                        speakers.addAll(resolve(p, m, "subject of the clause of '" + cue.surface() + "'", 0.9));
                    }
                    return new Event(cue, speakers, negated(p, clauseSubject.get(0).end(), k), clauseSubject.get(0).start(), null);
                }
            }
            return new Event(cue, List.of(), false, k, null);
        }

        /** The actors after "by" when the verb at k is passive ("was requested by Russia and China"). */
        private List<Mention> passiveAgents(Passage p, int k) {
            int auxiliary = k - 1;
            while (auxiliary > 0 && p.token(auxiliary).hasTag("ADV")) {
                auxiliary--;
            }
            if (!PASSIVE_AUXILIARIES.contains(p.lower(auxiliary)) || !p.lower(k + 1).equals("by")) {
                return List.of();
            }
            List<Mention> agents = new ArrayList<>();
            int j = k + 2;
            Mention m = mentionStartsAt(p, j);
            while (m != null && !m.possessive()) {
                agents.add(m);
                j = m.end();
                String joiner = p.lower(j);
                if (!joiner.equals("and") && !joiner.equals(",") && !joiner.equals("or")) {
                    break;
                }
                j += joiner.equals(",") && p.lower(j + 1).equals("and") ? 2 : 1;
                m = mentionStartsAt(p, j);
            }
            return agents;
        }

        private List<Speaker> inherit(Event previous) {
            return previous.speakers().stream().map(s -> new Speaker(s.actor(), s.at(), s.how(), s.factor())).toList();
        }

        private Event lastInSentence(Passage p, List<Event> earlier, int k) {
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Event e = earlier.get(i);
                if (p.sentenceOf()[e.cue().at()] == p.sentenceOf()[k] && e.cue().kind() == CueKind.VERB) {
                    return e;
                }
            }
            return null;
        }

        /** The index of the word before k, past adverbs; -1 at the start of the sentence. */
        private int previousWord(Passage p, int k, int sentenceStart) {
            int j = k - 1;
            while (j >= sentenceStart && (p.token(j).hasTag("ADV") || p.token(j).hasTag("AUX") || p.token(j).hasTag("PART")
                    || BETWEEN_SUBJECT_AND_VERB.contains(p.lower(j)))) {
                j--;
            }
            return j >= sentenceStart ? j : -1;
        }

        private record Subject(List<Mention> mentions, int end, boolean quoteOrStart) {
        }

        /**
         * The subject of the verb at k: a mention right before it, past adverbs, auxiliaries, negation, "continues
         * to", a time or occasion phrase ("on Monday", "in a statement") or an appositive between commas.
         */
        private Subject subjectLeftOf(Passage p, int k, int sentenceStart) {
            int j = k - 1;
            if (p.token(k).quoted()) { // "Putin, Xi 'strongly condemn'": step out of the short quotation
                while (j >= sentenceStart && (p.token(j).quoted() || p.token(j).isQuoteMark())) {
                    j--;
                }
            }
            while (j >= sentenceStart) {
                Token t = p.token(j);
                if (t.quoted() || t.isQuoteMark()) {
                    return new Subject(null, -1, true);
                }
                Mention m = mentionEndingAt(p, j);
                if (m != null && !m.possessive()) {
                    return new Subject(coordinated(p, m), j + 1, false);
                }
                if (m != null) {
                    return new Subject(null, -1, false);
                }
                if (t.hasTag("ADV") || t.hasTag("AUX") || t.hasTag("PART") || BETWEEN_SUBJECT_AND_VERB.contains(t.lower())
                        || negators.endsAt(lowerWords(p, j + 1), j + 1)) {
                    j--;
                } else if (BARE_TIME_WORDS.contains(t.lower())) {
                    j--; // "The Kremlin Monday said", "Putin on Sunday called"
                    if (j >= sentenceStart && INTERPOSED_PREPOSITIONS.contains(p.lower(j))) {
                        j--;
                    }
                } else if (speech.isStatementNoun(t.lower())) { // "a Kremlin statement said", "the ministry's readout said"
                    int owner = j - 1 >= sentenceStart && p.lower(j - 1).equals("'s") ? j - 2 : j - 1;
                    Mention author = mentionEndingAt(p, owner);
                    if (author == null) {
                        return new Subject(null, -1, false);
                    }
                    return new Subject(List.of(author), j + 1, false);
                } else if (t.lower().equals("to") && j - 1 >= sentenceStart && p.token(j - 1).hasTag("VERB")) {
                    j -= 2; // "continues to oppose", "refused to say"
                } else if (t.text().equals(",")) {
                    int open = appositiveStart(p, j, sentenceStart);
                    if (open >= 0 && p.lower(open + 1).equals("including") && mentionEndingAt(p, j - 1) != null) {
                        // "many countries, including Nigeria, Russia and Saudi Arabia, condemned"
                        return new Subject(coordinated(p, mentionEndingAt(p, j - 1)), j, false);
                    }
                    if (open < 0 || mentionEndingAt(p, open - 1) == null) {
                        return new Subject(null, -1, false);
                    }
                    j = open - 1;
                } else if (INTERPOSED_NOUNS.contains(t.lower()) || t.hasTag("NUM")) {
                    int prep = j - 1;
                    while (prep >= sentenceStart && prep > j - 4 && !INTERPOSED_PREPOSITIONS.contains(p.lower(prep))) {
                        prep--;
                    }
                    if (prep < sentenceStart || prep <= j - 4) {
                        return new Subject(null, -1, false);
                    }
                    j = prep - 1;
                } else {
                    return new Subject(null, -1, false);
                }
            }
            return new Subject(null, -1, true);
        }

        /** The comma or bracket that opens the appositive closed by the comma at j, or -1. */
        private int appositiveStart(Passage p, int j, int sentenceStart) {
            for (int q = j - 1; q >= Math.max(sentenceStart, j - 30); q--) {
                Token t = p.token(q);
                if (t.isQuoteMark() || t.quoted()) {
                    return -1;
                }
                if (t.text().equals(",") || t.text().equals("(")) {
                    return q;
                }
            }
            return -1;
        }

        /**
         * The subject and the actors coordinated with it ("Russia and China", "Russia, China and Pakistan"): the last
         * one is joined by "and", "or" or "nor", the others may be joined by commas.
         */
        private List<Mention> coordinated(Passage p, Mention subject) {
            List<Mention> listed = coordinated(p, subject, p.isHeading());
            // headlines join names with commas ("Putin, Xi condemn ..."), but only a list that opens the headline
            boolean opensHeadline = p.sentenceStart(subject.start()) == listed.get(0).start();
            return p.isHeading() && !opensHeadline ? coordinated(p, subject, false) : listed;
        }

        private List<Mention> coordinated(Passage p, Mention subject, boolean commaFirst) {
            List<Mention> all = new ArrayList<>();
            for (Mention m : p.mentions()) {
                if (m.start() == subject.start() && m.end() == subject.end()) {
                    all.add(m);
                }
            }
            int j = subject.start() - 1;
            if (j > 0 && POSSESSIVE_DETERMINERS.contains(p.lower(j))) {
                j--; // "Putin and his Chinese counterpart Xi Jinping"
            }
            boolean first = true;
            while (j > 0 && COORDINATION.contains(p.lower(j)) && !(first && !commaFirst && p.lower(j).equals(","))) {
                int end = p.lower(j).equals("and") && p.lower(j - 1).equals(",") ? j - 1 : j;
                Mention left = mentionEndingAt(p, end - 1);
                if (left == null || left.possessive() || PREPOSITIONS.contains(p.lower(left.start() - 1))) {
                    break; // "strikes on Iran, China and Russia": Iran is not a subject
                }
                all.add(0, left);
                j = left.start() - 1;
                first = false;
            }
            return all;
        }

        /** The first subject-like mention of the clause before k, for participles without a subject of their own. */
        private List<Mention> leftmostSubject(Passage p, int from, int k) {
            for (Mention m : p.mentions()) {
                if (m.start() >= from && m.end() <= k && !m.possessive() && !p.token(m.start()).quoted()
                        && !PREPOSITIONS.contains(p.lower(m.start() - 1))) {
                    int end = m.end();
                    Mention last = m;
                    for (Mention n : p.mentions()) {
                        if (n.start() >= end && n.end() <= k && COORDINATION.contains(p.lower(n.start() - 1))
                                && (n.start() == end + 1 || (n.start() == end + 2 && p.lower(end).equals(",")))) {
                            last = n;
                            end = n.end();
                        }
                    }
                    return coordinated(p, last);
                }
            }
            return null;
        }

        /** Whether a negator stands between from and the cue at to, in the cue's own clause. */
        private boolean negated(Passage p, int from, int to) {
            if (from < 0) {
                return false;
            }
            int clause = from;
            for (int j = from; j < to; j++) {
                if (p.lower(j).equals(",") || BOUNDARIES.contains(p.lower(j))) {
                    clause = j + 1; // "refused to say ..., but argued": the negation stays in its clause
                }
            }
            return negators.within(lowerWords(p, to), clause, to);
        }

        /** "neither the Kremlin nor Putin has spoken", "no Chinese official has commented" */
        private boolean negatedSubject(Passage p, int subjectStart, int sentenceStart) {
            for (int j = Math.max(sentenceStart, subjectStart - 2); j < subjectStart; j++) {
                String w = p.lower(j);
                if (w.equals("neither") || w.equals("nor") || w.equals("no")) {
                    return true;
                }
            }
            return false;
        }

        private List<String> lowerWords(Passage p, int to) {
            return p.words().subList(0, to);
        }

        /**
         * Drops speech reported inside someone else's ("Smagin explained that Russia has emphasized ...", "Trump
         * said China had condemned ..."): a later verb whose subject comes after an earlier speech verb of the same
         * sentence, with no clause boundary ("while", "but", "and", ";") between them, belongs to the earlier speaker.
         */
        private List<Event> withoutEmbedded(Passage p, List<Event> found) {
            List<Event> kept = new ArrayList<>();
            java.util.Map<Event, Event> frameOf = new java.util.IdentityHashMap<>(); // dropped event -> the kept one reporting it
            for (Event e : found) {
                Event frame = null;
                for (Event earlier : kept) {
                    if (earlier.cue().kind() == CueKind.VERB && earlier.hasSpeaker() && e.cue().kind() == CueKind.VERB
                            && earlier.cue().at() < e.anchor() && p.sentenceOf()[earlier.cue().at()] == p.sentenceOf()[e.anchor()]
                            && !boundaryBetween(p, earlier.cue().end(), e.anchor())) {
                        frame = earlier;
                    }
                }
                if (frame != null && sameSpeakers(frame, e)) {
                    frame = null;
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
            }
            return kept;
        }

        private boolean boundaryBetween(Passage p, int from, int to) {
            if (to > from && p.lower(to - 1).equals(",")) {
                return true; // "During the call, which Xinhua said was initiated by Lavrov, Wang said ..."
            }
            for (int j = from; j < to; j++) {
                if (!p.token(j).quoted() && BOUNDARIES.contains(p.lower(j))) {
                    return true;
                }
            }
            return false;
        }

        private boolean sameSpeakers(Event a, Event b) {
            return a.speakers().stream().map(Speaker::actor).toList().equals(b.speakers().stream().map(Speaker::actor).toList());
        }

        /** "He offered an analogy: “For example, ...”": the subject of the clause before the colon speaks. */
        private Event colon(Passage p) {
            for (int k = 1; k < p.size(); k++) {
                if (p.token(k).isQuoteMark() && p.token(k - 1).text().equals(":") && k + 1 < p.size() && p.token(k + 1).quoted()) {
                    List<Mention> subject = leftmostSubject(p, p.sentenceStart(k - 1), k - 1);
                    if (subject == null) {
                        return null;
                    }
                    List<Speaker> speakers = new ArrayList<>();
                    for (Mention m : subject) {
                        speakers.addAll(resolve(p, m, "subject of the clause before the colon", 0.95));
                    }
                    return new Event(new Cue(k - 1, k, "quote", CueKind.COLON), speakers, negated(p, subject.get(0).end(), k - 1),
                            subject.get(0).start(), null);
                }
            }
            return null;
        }

        /** "ABBAS ARAGHCHI: Well, a military cooperation ...": a transcript turn is its speaker's words. */
        private Event transcriptTurn(Passage p) {
            if (!Passage.isTranscriptTurn(document.sentences(), p.first().index(), entitiesOf)) {
                return null;
            }
            Mention name = mentionStartsAt(p, 0);
            return new Event(new Cue(name.end(), name.end() + 1, "transcript", CueKind.TRANSCRIPT),
                    resolve(p, name, "name opening a transcript turn", 1.0), false, 0, null);
        }

        /** A quotation with no speech verb right after one: the quoted speaker goes on. */
        private Event continuation(Passage p, List<Event> previousEvents, Passage previous) {
            if (previous.paragraph() < p.paragraph() - 1 || previousEvents.isEmpty()) {
                return null;
            }
            Event last = previousEvents.get(previousEvents.size() - 1);
            if (!last.hasSpeaker() || last.negated()) {
                return null;
            }
            List<Speaker> speakers = last.speakers().stream()
                    .map(s -> new Speaker(s.actor(), -1, "continues the quotation of " + s.actor().name(), s.factor() * 0.85))
                    .toList();
            return new Event(new Cue(0, 1, "quote", CueKind.CONTINUATION), speakers, false, 0, null);
        }

        /** A paragraph-long quotation that the next paragraph goes on with and attributes. */
        private void attributeForward() {
            for (int i = passages.size() - 2; i >= 0; i--) {
                Passage p = passages.get(i);
                Passage next = passages.get(i + 1);
                if (!events.get(i).isEmpty() || p.quotations().isEmpty() || !p.startsWithQuote()
                        || !p.quotations().get(p.quotations().size() - 1).continuesToNext() || events.get(i + 1).isEmpty()) {
                    continue;
                }
                Event next0 = events.get(i + 1).get(0);
                if (!next.startsWithQuote() || !next0.hasSpeaker() || next0.negated()) {
                    continue;
                }
                List<Speaker> speakers = next0.speakers().stream()
                        .map(s -> new Speaker(s.actor(), -1, "quotation attributed in the next paragraph", s.factor() * 0.85))
                        .toList();
                events.set(i, List.of(new Event(new Cue(0, 1, "quote", CueKind.CONTINUATION), speakers, false, 0, null)));
            }
        }

        // ------------------------------------------------------------------ speakers

        private List<Speaker> resolve(Passage p, Mention m, String rule, double factor) {
            if (!m.isAnaphor()) {
                return List.of(new Speaker(m.actor(), m.start(), rule + ": '" + m.text() + "' (" + describe(m) + ")",
                        factor * trust(m)));
            }
            int sentence = p.sentenceOf()[m.start()];
            List<Actor> actors = m.anaphor().statement()
                    ? java.util.Optional.ofNullable(salience.lastSpeaker(sentence)).map(List::of).orElse(List.of())
                    : salience.resolve(m.anaphor(), sentence, m.start());
            List<Speaker> speakers = new ArrayList<>();
            for (Actor actor : actors) {
                speakers.add(new Speaker(actor, m.start(), rule + ": '" + m.text() + "' refers to " + actor.name()
                        + " (nearest compatible actor named before)", factor * 0.85));
            }
            return speakers;
        }

        private double trust(Mention m) {
            return switch (m.kind()) {
                case NAME, TITLED -> m.actor().origin() == Actor.Origin.UNKNOWN ? 0.8 : 1.0;
                case STATE, INSTITUTION -> 0.95;
                case FUZZY, DESCRIBED -> 0.9;
                case UNKNOWN -> 0.8;
                case ANAPHOR -> 0.85;
            };
        }

        private String describe(Mention m) {
            return switch (m.kind()) {
                case NAME -> m.actor().origin() == Actor.Origin.KNOWLEDGE_BASE ? "knowledge base" : "named earlier in the document";
                case TITLED -> "title or nationality before the name";
                case FUZZY -> "similar to the known name " + m.actor().name();
                case STATE -> "country or metonym";
                case INSTITUTION -> "institution";
                case DESCRIBED -> "unnamed official or office";
                case UNKNOWN -> "unknown name";
                case ANAPHOR -> "pronoun";
            };
        }

        private Mention mentionEndingAt(Passage p, int j) {
            if (j < 0) {
                return null;
            }
            for (Mention m : p.mentions()) {
                if (m.end() == j + 1 && !p.token(m.start()).quoted()) {
                    return m;
                }
            }
            return null;
        }

        private Mention mentionStartsAt(Passage p, int j) {
            for (Mention m : p.mentions()) {
                if (m.start() == j && !p.token(j).quoted()) {
                    return m;
                }
            }
            return null;
        }

        // ------------------------------------------------------------------ statements

        private boolean counts(Actor actor) {
            return actor.official() && actor.country() != null && countries.contains(actor.country())
                    && actor.type() != ActorType.OUTLET;
        }

        /**
         * The statements of a passage: one per speaker, with all its speech in the passage ("urged ... and called
         * on ...", a quotation over several sentences). Speakers of the same words ("Russia and China condemned")
         * share their part of the text; a speaker's part runs to the next speaker's.
         */
        private List<Draft> drafts(Passage p, List<Event> passageEvents) {
            Map<Actor, Draft> byActor = new LinkedHashMap<>();
            for (Event e : passageEvents) {
                for (Speaker s : e.speakers()) {
                    if (!e.negated() && counts(s.actor())) {
                        byActor.computeIfAbsent(s.actor(), a -> new Draft(p, a)).add(e, s);
                    }
                }
            }
            // a source named with "according to" is where another statement of its country comes from
            List<Draft> drafts = new ArrayList<>();
            for (Draft d : byActor.values()) {
                boolean sourceOnly = d.events.stream().allMatch(e -> e.cue().kind() == CueKind.ACCORDING);
                if (!(sourceOnly && byActor.values().stream().anyMatch(o -> o != d && o.actor.country().equals(d.actor.country())
                        && o.events.stream().anyMatch(e -> e.cue().kind() != CueKind.ACCORDING)))) {
                    drafts.add(d);
                }
            }
            drafts.sort(Comparator.comparingInt(d -> d.anchor));
            List<List<Draft>> shared = new ArrayList<>();
            for (Draft d : drafts) {
                List<Draft> last = shared.isEmpty() ? null : shared.get(shared.size() - 1);
                if (last != null && last.get(0).events.equals(d.events)) {
                    last.add(d);
                } else {
                    shared.add(new ArrayList<>(List.of(d)));
                }
            }
            for (int i = 0; i < shared.size(); i++) {
                Draft lead = shared.get(i).get(0);
                int start = i == 0 ? p.start() : p.token(lead.anchor).start();
                int end = i + 1 < shared.size() ? p.token(shared.get(i + 1).get(0).anchor).start() : p.end();
                end = Math.min(end, clauseEnd(p, lead));
                int clauseStart = Math.max(start, clauseStart(p, lead.anchor));
                for (Draft d : shared.get(i)) {
                    d.scopeStart = start;
                    d.scopeEnd = end;
                    d.clauseStart = clauseStart;
                }
            }
            return drafts;
        }

        /**
         * Where a speaker's part of the passage ends: at "; yet but while ..." after the speaker's last cue, or at
         * the comma that closes a subordinate clause the speaker is the subject of ("While officials ... have voiced
         * condemnation, neither country ...").
         */
        private int clauseEnd(Passage p, Draft d) {
            int lastCue = Math.max(d.events.stream().mapToInt(e -> Math.max(e.cue().end(), reportedUntil.getOrDefault(e, 0)))
                    .max().orElse(0), d.anchor + 1);
            int sentenceStart = p.sentenceStart(Math.min(d.anchor, p.size() - 1));
            boolean subordinate = SUBORDINATING.contains(p.lower(sentenceStart)) && d.anchor > sentenceStart;
            int sentenceEnd = p.sentenceEnd(Math.min(lastCue, p.size() - 1));
            for (int j = lastCue; j < sentenceEnd; j++) {
                Token t = p.token(j);
                if (t.quoted() || t.isQuoteMark()) {
                    continue;
                }
                // "yet" joins clauses after a comma ("..., yet both powers"); "not yet clear", "has yet to" are adverbs
                boolean yetTo = p.lower(j).equals("yet") && !p.lower(j - 1).equals(",");
                boolean absolute = p.lower(j).equals("with") && p.lower(j - 1).equals(","); // ", with France also supporting"
                if ((CLAUSE_ENDS.contains(p.lower(j)) && !yetTo) || absolute || (subordinate && t.text().equals(","))) {
                    return t.start();
                }
            }
            return p.end();
        }

        /**
         * Where the speaker's clause starts: after a fronted phrase, which ends at the first comma ("Responding to
         * suggestions that ..., Javani said", "Regarding the programme, Russia, as a partner, builds ..., he added").
         */
        private int clauseStart(Passage p, int anchor) {
            int sentenceStart = p.sentenceStart(Math.min(anchor, p.size() - 1));
            String opening = p.lower(sentenceStart);
            if (anchor <= sentenceStart || !(FRONTING.contains(opening) || opening.endsWith("ing"))) {
                return p.start();
            }
            for (int j = sentenceStart + 1; j < anchor; j++) {
                if (p.token(j).text().equals(",") && !p.token(j).quoted()) {
                    return p.token(j).end();
                }
            }
            return p.start();
        }


        /** A statement in the making: one speaker's speech in one passage. */
        private final class Draft {
            final Passage passage;
            final Actor actor;
            final List<Event> events = new ArrayList<>();
            final List<String> reasons = new ArrayList<>();
            int anchor = Integer.MAX_VALUE;
            double factor;
            int scopeStart;
            int scopeEnd;
            int clauseStart;

            Draft(Passage passage, Actor actor) {
                this.passage = passage;
                this.actor = actor;
            }

            void add(Event e, Speaker s) {
                events.add(e);
                anchor = Math.min(anchor, e.anchor());
                factor = Math.max(factor, s.factor());
                reasons.add("cue '" + e.cue().surface() + "' (" + describe(e.cue()) + "); speaker " + s.how()
                        + (e.note() == null ? "" : "; " + e.note()));
            }

            private String describe(Cue c) {
                return switch (c.kind()) {
                    case VERB -> "speech verb '" + speech.verb(c.surface()).lemma() + "'";
                    case ACCORDING -> "attribution to a source";
                    case COLON -> "quotation introduced by a colon";
                    case CONTINUATION -> "quotation without a speech verb";
                    case TRANSCRIPT -> "transcript turn";
                };
            }

            Statement toStatement(int ordinal) {
                String text = document.text();
                StringBuilder quoted = new StringBuilder();
                List<TextSpan> spans = new ArrayList<>();
                for (Quotation q : passage.quotations()) {
                    int from = Math.max(q.start(), scopeStart);
                    int to = Math.min(q.end(), scopeEnd);
                    if (from < to && !text.substring(from, to).isBlank()) {
                        if (quoted.length() > 0) {
                            quoted.append(' ');
                        }
                        quoted.append(text, from, to);
                        spans.add(new TextSpan(codePoints.of(from), codePoints.of(to)));
                    }
                }
                for (Event e : events) {
                    if (e.cue().kind() == CueKind.TRANSCRIPT) { // the whole turn is the speaker's own words
                        int from = passage.token(e.cue().end()).start();
                        quoted.setLength(0);
                        quoted.append(text, from, passage.end());
                        spans.clear();
                        spans.add(new TextSpan(codePoints.of(from), codePoints.of(passage.end())));
                    }
                }
                String quote = quoted.length() == 0 ? null : quoted.toString().strip();
                Mode mode = quote == null ? Mode.INDIRECT : Mode.DIRECT;
                double confidence = (mode == Mode.DIRECT ? 0.9 : 0.75) * factor * (passage.isHeading() ? 0.9 : 1.0);
                confidence = Math.round(confidence * 100) / 100.0;
                return new Statement(document.source().id(), ordinal, passage.first().index(), codePoints.of(passage.start()),
                        codePoints.of(passage.end()),
                        text.substring(passage.start(), passage.end()), scopeStart, scopeEnd, clauseStart, quote, spans, actor, mode,
                        events.get(0).cue().surface().toLowerCase(Locale.ROOT), confidence, reasons);
            }
        }
    }
}
