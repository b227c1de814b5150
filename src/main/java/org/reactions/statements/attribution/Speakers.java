package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.BETWEEN_SUBJECT_AND_VERB;
import static org.reactions.knowledge.FunctionWords.Set.FRONTING;
import static org.reactions.knowledge.FunctionWords.Set.LATEST_NAMED;
import static org.reactions.knowledge.FunctionWords.Set.PUBLISHING_PARTICIPLES;
import static org.reactions.knowledge.FunctionWords.Set.RELATIVE_PRONOUNS;
import static org.reactions.knowledge.FunctionWords.Set.SUBORDINATING;

import java.util.ArrayList;
import java.util.List;
import org.reactions.entities.Actor;
import org.reactions.entities.ActorType;
import org.reactions.entities.Anaphor;
import org.reactions.entities.DocumentEntities;
import org.reactions.entities.Mention;
import org.reactions.statements.Confidence;
import org.reactions.statements.SpeakerEvidence;

/**
 * Turns the mention a rule points at into speakers: a name is its actor; a pronoun or role noun ("he", "the
 * ministry") is the nearest compatible actor named before, from what the reader has in mind ({@link Salience}).
 */
final class Speakers {
    /** the most words from a pronoun that opens a closing tag to the end of its sentence ("she told reporters on Monday.") */
    private static final int CLOSING_TAG_WORDS = 8;
    /** how many sentences on an office named before its holder may be named ("the parliamentary speaker warned") */
    static final int NAMED_LATER_WITHIN = 12;
    /** the sentences of a story's top (headline, standfirst, lead) where an office may come before its holder */
    static final int LEAD_SENTENCES = 4;
    /** how many sentences back a role noun looks for the one actor it fits, past the reader's window */
    static final int ONLY_ONE_REACH = 15;
    /** the most words between a possessive owner and the ", where" after its noun phrase */
    private static final int OWNER_REACH = 8;
    private final Salience salience;
    private final Grammar grammar;
    private final DocumentEntities entities;

    Speakers(Salience salience, Grammar grammar, DocumentEntities entities) {
        this.salience = salience;
        this.grammar = grammar;
        this.entities = entities;
    }

    /**
     * Whether the pronoun at k opens a tag that closes its sentence after a comma ("Diplomacy remains the only way
     * forward, she told reporters"): the words it tags are the speaker's, and nobody they name is the speaker.
     */
    private boolean closesWithTag(Passage p, int k) {
        int start = p.sentenceStart(k);
        int end = p.sentenceEnd(k);
        if (k <= start + 1 || !p.lower(k - 1).equals(",") || k + 1 >= p.size() || !p.token(k + 1).isVerbal()
                || end - k > CLOSING_TAG_WORDS || p.quotedWithin(k, end) || grammar.is(SUBORDINATING, p.lower(start))) {
            return false; // "When Peskov was asked about the talks, he said ...": the clause before names him
        }
        for (int j = k + 2; j < end; j++) {
            if (p.token(j).isVerbal()) {
                return false; // "..., he said they were useful": words of its own after the verb, no tag
            }
        }
        return true;
    }

    /**
     * Where a pronoun may look back from: its own place, or the start of its sentence when an opening clause with no
     * subject of its own ends right before it ("Citing journalist Tucker Carlson, he claimed", "After meeting Jaishankar,
     * he said", "Asked about Bruce's comment, the spokeswoman said"): whoever that clause names is its object, not the one
     * the pronoun stands for.
     */
    private int afterSubjectlessOpening(Passage p, int k) {
        int start = p.sentenceStart(k);
        int opening = k - 1 > start ? SubjectPhrases.prepositionalOpeningEnd(p, start, k) : -1;
        if (opening >= k - 1) { // "In a call with Putin he said", "During talks with Lavrov, she said": whom it names is no subject
            return start;
        }
        if (k - 1 <= start || !p.lower(k - 1).equals(",")) {
            return k;
        }
        boolean fronting = grammar.is(FRONTING, p.lower(start));
        int verb = fronting ? start + 1 : start;
        // after "after", "before", ... an -ing word is a gerund whatever the tagger says ("After meeting/NOUN Wang Yi,"); a
        // fronting word may be the participle itself ("Asked about Witkoff's claim, he laughed")
        boolean participle = fronting && (p.lower(start).endsWith("ed") || p.lower(start).endsWith("ing"))
                || verb < k && p.lower(verb).endsWith("ing") && (verb > start || p.token(verb).isVerbal() || p.token(verb).hasTag("ADJ"));
        for (int j = start; participle && j < k - 1; j++) {
            if (p.lower(j).equals(",")) {
                return k; // not one opening clause
            }
        }
        return participle ? start : k;
    }

    /** The speakers of mention m, found by a rule at a place ({@code where}, with the rule's own factors). */
    List<Speaker> of(Passage p, Mention m, SpeakerEvidence where) {
        if (!m.isAnaphor()) {
            return List.of(new Speaker(m.actor(), m.start(), where.found(m, m.actor(), trust(m))));
        }
        Mention issuer = m.anaphor().statement() ? issuer(p, m) : null;
        if (issuer != null) { // "says the statement issued by the Ministry of Foreign Affairs"
            return of(p, issuer, where);
        }
        Mention actsOnWhat = subjectBeforeWhat(p, m);
        if (actsOnWhat != null) { // "Israel launched what it termed a pre-emptive strike"
            return of(p, actsOnWhat, where);
        }
        Mention owner = ownerBeforeWhere(p, m);
        if (owner != null) { // "Araghchi's visit to Beijing, where he said"
            return of(p, owner, where);
        }
        int sentence = p.sentenceOf(m.start());
        boolean latest = grammar.is(LATEST_NAMED, p.lower(m.end() - 1)); // "the latter": the one named last, whatever their role
        int from = closesWithTag(p, m.start()) ? p.sentenceStart(m.start()) : afterSubjectlessOpening(p, m.start());
        List<Actor> actors = m.anaphor().statement()
                ? java.util.Optional.ofNullable(salience.lastSpeaker(sentence)).map(List::of).orElse(List.of())
                : latest ? salience.latest(m.anaphor(), sentence, m.start())
                : salience.resolve(m.anaphor(), sentence, from,
                        m.start() > 0 && grammar.is(RELATIVE_PRONOUNS, p.lower(m.start() - 1)));
        Actor named = actors.isEmpty() && m.actor() == null ? namedLater(m.anaphor(), sentence) : null;
        named = actors.isEmpty() && named == null ? latestOfOneCountry(m.anaphor(), sentence) : named;
        if (named != null) { // "the Russian envoy" paragraphs after Nebenzia spoke: still Nebenzia
            return List.of(new Speaker(named, m.start(), where.found(m, named, Confidence.PRONOUN)));
        }
        if (actors.isEmpty() && m.actor() != null) { // "the German chancellor" with no chancellor named before: the office
            return List.of(new Speaker(m.actor(), m.start(), where.found(m, m.actor(), trust(m))));
        }
        List<Speaker> speakers = new ArrayList<>();
        for (Actor actor : actors) {
            speakers.add(new Speaker(actor, m.start(), where.found(m, actor, Confidence.PRONOUN)));
        }
        return speakers;
    }

    /**
     * The speaker of the latest statement, for a readout's impersonal passive ("It was stressed that ...", "It was
     * also noted that ..."): its issuer goes on; empty when no one has spoken yet.
     */
    List<Speaker> latest(Passage p, int at, SpeakerEvidence where) {
        Actor last = salience.lastSpeaker(p.sentenceOf(at));
        return last == null ? List.of() : List.of(new Speaker(last, -1, where.found(null, last, Confidence.PRONOUN)));
    }

    /**
     * The official a story names after its lead had the office speak, when no one fitting was named before: "while
     * the parliamentary speaker warned ..." in the lead, "Speaker of Parliament Mohammad Bagher Ghalibaf" paragraphs
     * later. Only an office (a role noun, not "he") in the first {@link #LEAD_SENTENCES} sentences; the first person
     * named within {@link #NAMED_LATER_WITHIN} sentences after it whom the office fits, or null.
     */
    private Actor namedLater(Anaphor anaphor, int sentence) {
        if (anaphor.roles().isEmpty() || anaphor.plural() || !anaphor.types().contains(ActorType.PERSON) || sentence >= LEAD_SENTENCES) {
            return null;
        }
        int last = Math.min(entities.mentions().size() - 1, sentence + NAMED_LATER_WITHIN);
        for (int s = sentence + 1; s <= last; s++) {
            for (Mention later : entities.inSentence(s)) {
                Actor a = later.actor();
                if (!later.isAnaphor() && a != null && !later.group() && a.origin() != Actor.Origin.DESCRIBED && entities.couldMean(anaphor, a, false)) {
                    return a;
                }
            }
        }
        return null;
    }

    /**
     * The subject of the verb right before "what" when pronoun m follows that word: "since Israel launched what it
     * termed a pre-emptive strike", "Israel had carried out what it termed": the pronoun is the one who acts, whoever
     * the sentence named before. Null when no named actor the pronoun fits stands there.
     */
    private Mention subjectBeforeWhat(Passage p, Mention m) {
        if (m.start() < 2 || !p.lower(m.start() - 1).equals("what")) {
            return null;
        }
        int j = m.start() - 2;
        int verbs = 0;
        while (j > 0 && verbs < 4 && (p.token(j).isVerbal() || grammar.is(BETWEEN_SUBJECT_AND_VERB, p.lower(j))
                || (p.token(j).hasTag("ADP") || p.token(j).hasTag("PART") || p.token(j).hasTag("ADV")) && p.token(j - 1).isVerbal())) { // "carried out"
            j--;
            verbs++;
        }
        Mention subject = verbs == 0 ? null : p.mentionEndingAt(j);
        boolean fits = subject != null && !subject.isAnaphor() && subject.actor() != null && !subject.possessive()
                && m.anaphor().accepts(subject.actor(), subject.group());
        return fits ? subject : null;
    }

    /**
     * The owner of the noun phrase before ", where" when pronoun m follows that word: "after Araghchi's visit to
     * Beijing, where he said", "followed IAEA chief Rafael Grossi's interview, where he denied": the visit's or the
     * interview's owner speaks there, whoever the sentence's subject is. Null when a verb or another actor the pronoun
     * fits stands between, or no possessive owner it fits is within {@link #OWNER_REACH} words.
     */
    private Mention ownerBeforeWhere(Passage p, Mention m) {
        int comma = m.start() - 2;
        if (comma < 1 || !p.lower(m.start() - 1).equals("where") || !p.lower(comma).equals(",")) {
            return null;
        }
        for (int j = comma - 1; j >= Math.max(p.sentenceStart(comma), comma - OWNER_REACH); j--) {
            if (p.token(j).isVerbal() && !p.lower(j - 1).equals("'s")) { // "Araghchi's visit/VERB" is a noun whatever the tagger says
                return null;
            }
            Mention before = p.mentionEndingAt(j);
            if (before != null && !before.isAnaphor() && before.actor() != null
                    && m.anaphor().accepts(before.actor(), before.group())) {
                return before.possessive() ? before : null;
            }
        }
        return null;
    }

    /**
     * "the ministry said", paragraphs after the story named China's foreign ministry: a singular role noun out of the
     * reader's window is the latest actor it fits that the document named before, at most {@link #ONLY_ONE_REACH}
     * sentences back, when all that fit are of one country; null when none fit, or those of several countries.
     */
    private Actor latestOfOneCountry(Anaphor anaphor, int sentence) {
        if (anaphor.roles().isEmpty() || anaphor.plural() || anaphor.pair() || anaphor.statement()) {
            return null;
        }
        Actor latest = null;
        for (int s = Math.max(0, sentence - ONLY_ONE_REACH); s < sentence; s++) {
            for (Mention before : entities.inSentence(s)) {
                Actor a = before.actor();
                if (!before.isAnaphor() && a != null && !before.group() && a.country() != null && entities.couldMean(anaphor, a, false)) {
                    if (latest != null && !latest.country().equals(a.country())) {
                        return null;
                    }
                    latest = a;
                }
            }
        }
        return latest;
    }

    /** The named actor after "issued by", "released by" that follows a statement noun, or null. */
    private Mention issuer(Passage p, Mention statement) {
        int k = statement.end();
        if (!grammar.is(PUBLISHING_PARTICIPLES, p.lower(k)) || !p.lower(k + 1).equals("by")) {
            return null;
        }
        Mention agent = p.mentionStartingAt(k + 2);
        return agent == null || agent.isAnaphor() ? null : agent;
    }

    /** The speakers of several mentions ("Russia and China condemned"). */
    List<Speaker> of(Passage p, List<Mention> mentions, SpeakerEvidence where) {
        List<Speaker> speakers = new ArrayList<>();
        for (Mention m : mentions) {
            speakers.addAll(of(p, m, where));
        }
        return speakers;
    }

    private static Confidence trust(Mention m) {
        if (m.actor().origin() == Actor.Origin.INFERRED) {
            return Confidence.INFERRED_COUNTRY; // "President Ana Ruiz", placed by a dateline or the article's country
        }
        return switch (m.kind()) {
            case NAME, TITLED -> m.actor().origin() == Actor.Origin.UNKNOWN ? Confidence.UNKNOWN_NAME : Confidence.NAME;
            case STATE, INSTITUTION -> Confidence.STATE_OR_INSTITUTION;
            case FUZZY, DESCRIBED -> Confidence.SIMILAR_OR_UNNAMED;
            case UNKNOWN -> Confidence.UNKNOWN_NAME;
            case ANAPHOR -> Confidence.PRONOUN;
        };
    }
}
