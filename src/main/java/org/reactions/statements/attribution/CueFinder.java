package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.BETWEEN_SUBJECT_AND_VERB;
import static org.reactions.knowledge.FunctionWords.Set.COMPLEMENT_STARTERS;
import static org.reactions.knowledge.FunctionWords.Set.CONTINUING_PRONOUNS;
import static org.reactions.knowledge.FunctionWords.Set.FIRST_PERSON_PLURAL;
import static org.reactions.knowledge.FunctionWords.Set.NOUN_MARKERS;
import static org.reactions.knowledge.FunctionWords.Set.OPINION_NOUNS;
import static org.reactions.knowledge.FunctionWords.Set.PASSIVE_AUXILIARIES;
import static org.reactions.knowledge.FunctionWords.Set.PERSONAL_POSSESSIVES;
import static org.reactions.knowledge.FunctionWords.Set.POST_MODIFIERS;
import static org.reactions.knowledge.FunctionWords.Set.RELATIVE_PRONOUNS;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reactions.entities.Actor;
import org.reactions.entities.Mention;
import org.reactions.nlp.Quotation;
import org.reactions.nlp.Token;
import org.reactions.statements.CueKind;
import org.reactions.statements.SpeechVerb;

/**
 * Finds the marks of speech in a passage: speech verbs and "according to" among the words, and the marks that are
 * not words (a transcript's "NAME:", a colon before a quotation, a quotation with no verb of its own).
 */
final class CueFinder {
    /** the most words a quotation may have for a speech verb inside it to count ("'strongly condemn'") */
    private static final int SHORT_QUOTATION = 3;
    /** The dashes that sign a quotation with its speaker's name. */
    static final Set<String> DASHES = Set.of("-", "–", "—");
    /** Mentions that name someone, which a noun form right after can only follow as its verb. */
    private static final Set<Mention.Kind> NAMED_KINDS = EnumSet.of(Mention.Kind.NAME, Mention.Kind.TITLED, Mention.Kind.FUZZY);

    private final Grammar grammar;
    private final VerbRequirements requirements;

    CueFinder(Grammar grammar) {
        this.grammar = grammar;
        this.requirements = new VerbRequirements(grammar);
    }

    /** Whether the word at k describes the noun before it ("a person briefed on the talks"), as no verb does. */
    private boolean postModifies(Passage p, int k) {
        return grammar.is(POST_MODIFIERS, p.lower(k)) && (p.lower(k + 1).equals("on") || p.lower(k + 1).equals("about"))
                && k > p.sentenceStart(k) && (p.token(k - 1).hasTag("NOUN") || p.insideMention(k - 1));
    }

    /** The speech verbs and "according to" of a passage, in text order. */
    List<Cue> wordCues(Passage p) {
        List<Cue> cues = new ArrayList<>();
        int[] quotedRunStart = quotedRunStarts(p);
        for (int k = 0; k < p.size(); k++) {
            Token t = p.token(k);
            boolean fromActors = SpeechNounFrom.actorsAfter(p, k, grammar) != null; // "The warning from X", inside a role noun
            if ((t.quoted() && !isQuotedVerbOfSubject(p, k, quotedRunStart)) || t.isQuoteMark() || (p.insideMention(k) && !fromActors)) {
                continue;
            }
            String w = t.lower();
            if (w.equals("according") && p.lower(k + 1).equals("to")) {
                cues.add(new Cue(k, k + 2, "according to", CueKind.ACCORDING));
                k++;
                continue;
            }
            if (w.equals("in") && grammar.is(PERSONAL_POSSESSIVES, p.lower(k + 1)) && grammar.is(OPINION_NOUNS, p.lower(k + 2))
                    && p.lower(k + 3).equals(",")) { // "In his view, ...": as "according to him"
                cues.add(new Cue(k, k + 3, "in " + p.lower(k + 1) + " " + p.lower(k + 2), CueKind.ACCORDING));
                k += 2;
                continue;
            }
            String source = sourceOpening(p, k);
            if (source != null) { // "In Lavrov's words,", "in the words of the minister", "As Wang Yi put it,": the source follows
                cues.add(new Cue(k, k + 1, source, CueKind.ACCORDING));
                continue;
            }
            SpeechVerb verb = grammar.speech().verb(w);
            boolean issued = verb != null && verb.nounForms().contains(w) // "issued a warning", "drew condemnation from Russia"
                    && (grammar.issuingVerbBefore(p, k) >= 0 || fromActors
                    || OwnedSpeechNoun.owner(p, k, grammar) != null); // "Ryabkov's assertion that ..."
            if (verb == null || (verb.nounForms().contains(w) && !verbal(p, k) && !issued) || !requirements.met(p, k, verb)
                    || postModifies(p, k)) {
                continue;
            }
            cues.add(new Cue(k, k + 1, w, CueKind.VERB));
        }
        return cues;
    }

    /**
     * The words of a phrase that names a source right after its first word at k, as "according to" does: "in Lavrov's
     * words", "in the words of", "as Wang Yi put it"; null for none.
     */
    private String sourceOpening(Passage p, int k) {
        Mention owner = p.mentionStartingAt(k + 1);
        if (p.lower(k).equals("in") && owner != null && p.lower(owner.end()).equals("'s") && grammar.is(OPINION_NOUNS, p.lower(owner.end() + 1))) {
            return "in the " + p.lower(owner.end() + 1) + " of"; // "In Lavrov's words, ...", as "in the words of Lavrov"
        }
        if (p.lower(k).equals("in") && p.lower(k + 1).equals("the") && grammar.is(OPINION_NOUNS, p.lower(k + 2)) && p.lower(k + 3).equals("of")) {
            return "in the " + p.lower(k + 2) + " of";
        }
        boolean putIt = owner != null && p.lower(owner.end()).equals("put") && p.lower(owner.end() + 1).equals("it");
        return p.lower(k).equals("as") && putIt ? "as put by" : null;
    }

    /** "ABBAS ARAGHCHI: Well, ...": the mark of a transcript turn, the colon after the speaker's name (and title). */
    Cue transcriptTurn(Passage p) {
        Mention name = p.mentionStartingAt(0);
        int colon = name == null ? -1 : Passage.turnColon(p.first().tokens(), name.end());
        return colon < 0 ? null : new Cue(colon, colon + 1, "transcript", CueKind.TRANSCRIPT);
    }

    /** "He offered an analogy: “For example, ...”": the first colon that opens a quotation, or null. */
    Cue colonBeforeQuotation(Passage p) {
        for (int k = 1; k + 1 < p.size(); k++) {
            if (p.token(k).isQuoteMark() && p.token(k - 1).text().equals(":") && p.token(k + 1).quoted()) {
                return new Cue(k - 1, k, "quote", CueKind.COLON);
            }
        }
        return null;
    }

    /**
     * "‘Those who support the aggression are partners in its crimes’ – Iranian Foreign Ministry", "Strikes on Iran
     * ‘irresponsible’ – Moscow": a dash after quoted words, then an actor that ends the sentence; the dash, or null.
     */
    Cue signedQuotation(Passage p) {
        for (int k = 1; k + 1 < p.size(); k++) {
            if (!DASHES.contains(p.token(k).text()) || !p.quotedWithin(p.sentenceStart(k - 1), k)) { // "“... escalation... - Lin Jian”" splits
                continue;
            }
            Mention signer = p.anyMentionStartingAt(k + 1);
            if (signer != null && endsSentence(p, signer.end(), p.sentenceEnd(k)) && !signer.possessive()
                    && (signer.actor() != null || signer.isAnaphor())) {
                return new Cue(k, k + 1, "quote", CueKind.SIGNED);
            }
        }
        return null;
    }

    /** Whether only closing marks lie between k and the sentence's end: a full stop, or the quotation's own mark
     *  when a pull quote signs inside it ("“... avoid further escalation - Lin Jian”"). */
    private static boolean endsSentence(Passage p, int k, int end) {
        for (int j = k; j < end; j++) {
            if (j > k + 1 || !(p.token(j).hasTag("PUNCT") || p.token(j).isQuoteMark())) {
                return false;
            }
        }
        return true;
    }

    /** A passage that opens with a quotation: it may go on from the previous one. */
    Cue continuation(Passage p) {
        return p.startsWithQuote() && p.index() > 0 ? new Cue(0, 1, "quote", CueKind.CONTINUATION) : null;
    }

    /**
     * "We will keep watching closely.": the first unquoted first-person plural word of a passage, or null. A word
     * written in capitals ("a US base") is a name.
     */
    Cue firstPerson(Passage p) {
        for (int k = 0; k < p.size(); k++) {
            if (grammar.is(FIRST_PERSON_PLURAL, p.lower(k)) && firstPersonWord(p, k)) {
                return new Cue(k, k + 1, p.lower(k), CueKind.GOES_ON);
            }
        }
        return null;
    }

    /** Whether the first-person word at k is the writer's words, not quoted and not a name ("a US base"). */
    static boolean firstPersonWord(Passage p, int k) {
        String text = p.token(k).text();
        return !p.token(k).quoted() && !p.insideMention(k) && !text.substring(1).equals(text.substring(1).toUpperCase(Locale.ROOT));
    }

    /** A passage that opens a paragraph: it may hold the words of a speaker the paragraph before introduced. */
    static Cue opensParagraph(Passage p) {
        return new Cue(0, 1, "paragraph", CueKind.INTRODUCED);
    }

    /** A passage with no mark of its own, which may go on with unquoted words a colon introduced before it. */
    static Cue runsOn(Passage p) {
        return new Cue(0, 1, SpeechRunsOn.SURFACE, CueKind.GOES_ON);
    }

    /** A passage that may lie between a statement and the first-person words that go on from it. */
    static Cue between(Passage p) {
        return new Cue(0, 1, StatementGoesOn.BETWEEN, CueKind.GOES_ON);
    }

    /**
     * A passage with no speech mark that the next one may attribute: a quotation running on into the next paragraph, or a
     * sentence with no quotation that the next sentence of its paragraph goes on from ("The move violates the Charter. It
     * has raised tensions, he said."); null for any other.
     */
    Cue forward(Passage p, Passage next) {
        List<Quotation> quotations = p.quotations();
        boolean runsOn = !quotations.isEmpty() && p.startsWithQuote() && quotations.get(quotations.size() - 1).continuesToNext();
        boolean goneOnFrom = quotations.isEmpty() && !p.isHeading() && next.paragraph() == p.paragraph()
                && grammar.is(CONTINUING_PRONOUNS, next.lower(0));
        return runsOn ? new Cue(0, 1, "quote", CueKind.FORWARD) : goneOnFrom ? new Cue(0, 1, "tag", CueKind.TAGGED_AFTER) : null;
    }

    /** For each token, where the run of quoted tokens it belongs to starts (its own index when unquoted). */
    private static int[] quotedRunStarts(Passage p) {
        int[] starts = new int[p.size()];
        for (int k = 0; k < p.size(); k++) {
            starts[k] = k > 0 && p.token(k).quoted() && p.token(k - 1).quoted() ? starts[k - 1] : k;
        }
        return starts;
    }

    /**
     * A speech verb quoted on its own right after its subject, as headlines do ("Putin, Xi 'strongly condemn'
     * strikes", "the two leaders had “strongly condemned”"): a quotation of at most three words that follows a mention
     * and its auxiliaries; or one that a quoted readout names its official speaking with.
     */
    private boolean isQuotedVerbOfSubject(Passage p, int k, int[] quotedRunStart) {
        int open = quotedRunStart[k];
        if (namedInReadout(p, k, open)) {
            return true;
        }
        if (open < 2 || !p.token(open - 1).isQuoteMark()) {
            return false;
        }
        if (k == open && opensWithItsVerb(p, k)) {
            return true;
        }
        int subjectEnd = open - 2; // "the two leaders had “strongly condemned”": past the auxiliary
        // never a form of "be": "Israel has been “condemned”" is a passive
        while (subjectEnd > 0 && grammar.is(BETWEEN_SUBJECT_AND_VERB, p.lower(subjectEnd)) && !grammar.is(PASSIVE_AUXILIARIES, p.lower(subjectEnd))
                && !p.token(subjectEnd).quoted()) {
            subjectEnd--;
        }
        if (k - open >= SHORT_QUOTATION || p.mentionEndingAt(subjectEnd) == null) {
            return false;
        }
        int close = k;
        while (close + 1 < p.size() && p.token(close + 1).quoted() && close - open < SHORT_QUOTATION) {
            close++;
        }
        return close - open < SHORT_QUOTATION;
    }

    /**
     * "Lavrov, speaking in Moscow, “condemned the strikes”", "The statement said Putin “stressed ...”", "his
     * counterpart, X, who “confirmed ...”": a quotation of any length whose first word is a speech verb in the past,
     * opened right after its subject, after the comma that closes an aside about it, or after "who".
     */
    private boolean opensWithItsVerb(Passage p, int k) {
        boolean past = pastForm(p.lower(k));
        int before = k - 2; // the word before the opening quotation mark
        boolean afterSubject = p.lower(before).equals(",") || p.mentionEndingAt(before) != null
                || (grammar.is(RELATIVE_PRONOUNS, p.lower(before)) && p.lower(before - 1).equals(",")); // "X, who “confirmed ...”"
        return past && !p.token(k).isCapitalized() && afterSubject;
    }

    /**
     * "“Masoud Pezeshkian expressed gratitude for Russia's solidarity ...,” the Kremlin said": quoted words that name
     * their speaker in the third person, as a readout does; a past speech verb right after an official named at the
     * start of the quotation or of one of its sentences.
     */
    private boolean namedInReadout(Passage p, int k, int open) {
        Mention speaker = grammar.quotedSubjectBefore(p, k, open); // "the head of the ... Organization of Iran yesterday sent"
        // named, or an office whose holder is known ("the head of the Atomic Energy Organization of Iran")
        boolean named = speaker != null && (NAMED_KINDS.contains(speaker.kind())
                || (speaker.kind() == Mention.Kind.DESCRIBED && speaker.actor() != null && speaker.actor().origin() != Actor.Origin.DESCRIBED));
        boolean official = named && speaker.actor() != null && speaker.actor().isPerson() && speaker.actor().official();
        return official && (speaker.start() == open || speaker.start() == p.sentenceStart(speaker.start())) && pastForm(p.lower(k));
    }

    /** A past form of a speech verb: a present one ("Russia “condemns …”") is more often words put in a clause. */
    private boolean pastForm(String w) {
        SpeechVerb verb = grammar.speech().verb(w);
        return verb != null && !w.equals(verb.lemma()) && !w.endsWith("ing") && !w.endsWith("s") && !verb.nounForms().contains(w);
    }

    /** Whether a form that is also a noun ("warning", "call") is used as a verb here. */
    private boolean verbal(Passage p, int k) {
        if (grammar.speech().isStatementNoun(p.lower(k)) && grammar.speech().verb(p.lower(k + 1)) != null) {
            return false; // "a Kremlin statement said", "the ministry's remarks stressed": the noun is the subject
        }
        Mention subject = p.mentionEndingAt(k - 1);
        if (subject != null && !subject.possessive() && NAMED_KINDS.contains(subject.kind())) {
            return true; // "Putin calls for ...", though the tagger may call a headline's "Putin" an adjective
        }
        if (k > p.sentenceStart(k)) {
            Token previous = p.token(k - 1);
            if (grammar.is(NOUN_MARKERS, previous.lower()) || previous.hasTag("ADJ") || previous.hasTag("NUM")
                    || previous.hasTag("DET")) {
                return false;
            }
            // "to question": the verb's base form, never "to questions" nor "reacted to criticism"
            boolean infinitive = previous.lower().equals("to") && p.lower(k).equals(grammar.speech().verb(p.lower(k)).lemma());
            if ((previous.hasTag("ADP") || previous.lower().equals("to")) && !infinitive) {
                return false; // "responded to questions about", "amid calls for"
            }
        }
        if (p.token(k).hasTag("VERB") || (subject != null && !subject.possessive())) {
            return true; // "Russia and China pledge support"
        }
        return k + 1 < p.sentenceEnd(k) && (grammar.is(COMPLEMENT_STARTERS, p.lower(k + 1)) || p.mentionStartingAt(k + 1) != null);
    }
}
