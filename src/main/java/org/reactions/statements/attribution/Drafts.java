package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.CLAUSE_ENDS;
import static org.reactions.knowledge.FunctionWords.Set.FRONTING;
import static org.reactions.knowledge.FunctionWords.Set.INTERPOSED_PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.SUBORDINATING;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reactions.entities.Actor;
import org.reactions.entities.ActorType;
import org.reactions.nlp.Token;
import org.reactions.statements.CueKind;
import org.reactions.statements.Voice;

/**
 * The statements of a passage: one per speech act of each speaker ("stated that X, adding that Y" is two; a
 * quotation over several sentences with its tag is one). Speakers of the same words ("Russia and China condemned")
 * share their part of the text; a part runs to the next act's.
 */
final class Drafts {
    private final DocumentReading reading;
    private final Grammar grammar;
    private final HeadlineOfficials headline;

    Drafts(DocumentReading reading, HeadlineOfficials headline) {
        this.reading = reading;
        this.grammar = reading.grammar();
        this.headline = headline;
    }

    /** Whether an actor's words are a statement: an official voice of a country (not an outlet). */
    static boolean speaksForACountry(Actor actor) {
        return actor.official() && actor.country() != null && actor.type() != ActorType.OUTLET;
    }

    List<StatementDraft> of(Passage p, List<Event> events) {
        Map<Actor, List<StatementDraft>> byActor = new LinkedHashMap<>();
        for (Event e : events) {
            for (Speaker spoken : e.speakers()) {
                Speaker s = headline.of(p, spoken);
                if (!e.negated() && !reading.isRelay(e) && speaksForACountry(s.actor())) {
                    List<StatementDraft> acts = byActor.computeIfAbsent(s.actor(), a -> new ArrayList<>());
                    if (acts.isEmpty() || (startsAnotherAct(p, acts.get(acts.size() - 1), e) && !reading.isSelfReported(e))) {
                        acts.add(new StatementDraft(p, s.actor()));
                    }
                    acts.get(acts.size() - 1).add(e, s, grammar);
                }
            }
        }
        List<StatementDraft> voiced = withVoices(p, withSources(byActor.values().stream().flatMap(List::stream).toList()));
        voiced.sort(Comparator.comparingInt(d -> d.anchor));
        setScopes(p, voiced);
        return voiced;
    }

    /**
     * The drafts with their "according to" sources settled. A source is where the statements of others in the passage
     * come from ("according to the Kremlin, Pezeshkian thanked Putin" is Pezeshkian's); alone, it is the one who
     * speaks. An official source is also the one who speaks for its own state in its sentence ("Iran holds the US
     * responsible, according to the Foreign Ministry's spokesperson" is the spokesperson's).
     */
    private static List<StatementDraft> withSources(List<StatementDraft> all) {
        List<StatementDraft> sources = all.stream().filter(StatementDraft::sourceOnly)
                .filter(s -> all.stream().allMatch(o -> o.sourceOnly() || speaksFor(s, o))).toList();
        List<StatementDraft> drafts = new ArrayList<>(sources);
        for (StatementDraft d : all) {
            if (!d.sourceOnly() && sources.stream().noneMatch(s -> speaksFor(s, d))) {
                drafts.add(d);
            }
        }
        return drafts;
    }

    /**
     * Whether a source speaks for the state, or a person source for the institution, that a draft of its sentence
     * credits: one of its own country.
     */
    private static boolean speaksFor(StatementDraft source, StatementDraft d) {
        int sentence = source.passage.sentenceOf(source.events.get(0).cue().at());
        boolean larger = source.actor.isPerson() ? !d.actor.isPerson()
                : d.actor.type() == ActorType.STATE && source.actor.type() != ActorType.STATE;
        return larger && Objects.equals(source.actor.country(), d.actor.country())
                && d.events.stream().allMatch(e -> d.passage.sentenceOf(e.cue().at()) == sentence);
    }

    /**
     * The drafts in text order without those that only introduce the same speaker's words in the passage after
     * ("The ministry's statement said:" before the quoted statement): one act, whose words are the next passage's.
     */
    List<StatementDraft> withoutBareIntroductions(List<StatementDraft> inOrder) {
        List<StatementDraft> kept = new ArrayList<>(inOrder.size());
        for (int i = 0; i < inOrder.size(); i++) {
            StatementDraft d = inOrder.get(i);
            boolean sameNext = false;
            for (int j = i + 1; j < inOrder.size() && inOrder.get(j).passage.index() <= d.passage.index() + 1 && !sameNext; j++) {
                StatementDraft next = inOrder.get(j); // in text order, so only the drafts of the next passage are looked at
                sameNext = next.passage.index() == d.passage.index() + 1 && next.actor.equals(d.actor);
            }
            if (!(sameNext && introducesOnly(d))) {
                kept.add(d);
            }
        }
        return kept;
    }

    /**
     * Whether the draft's passage ends in a colon (or a comma, cut off from its words) and holds no words of its own
     * after its first cue: only its other cues, adverbs and phrases of time or occasion ("said on Friday during a
     * public address, saying:"), never what the verb calls for ("called for a rapid de-escalation:").
     */
    private boolean introducesOnly(StatementDraft d) {
        Passage p = d.passage;
        int last = p.size() - 1;
        boolean opening = p.token(last).text().equals(":") || p.token(last).text().equals(","); // "He said," as a paragraph
        if (!opening || !d.events.stream().allMatch(Event::isVerb)) {
            return false;
        }
        int first = d.events.stream().mapToInt(e -> e.cue().end()).min().orElse(last);
        boolean occasion = false; // inside "on Friday", "during a public address"
        for (int j = first; j < last; j++) {
            int at = j;
            Token t = p.token(j);
            occasion |= grammar.is(INTERPOSED_PREPOSITIONS, t.lower());
            boolean cue = d.events.stream().anyMatch(e -> e.cue().at() == at);
            boolean plain = t.hasTag("ADV") || t.hasTag("PUNCT") || t.hasTag("DET") || t.hasTag("NUM") || t.hasTag("PROPN");
            if (!(cue || plain || grammar.is(INTERPOSED_PREPOSITIONS, t.lower()) || (occasion && (t.hasTag("ADJ") || t.hasTag("NOUN"))))) {
                return false; // words of its own: "called for a rapid de-escalation:", "said that ..."
            }
        }
        return true;
    }

    /**
     * The drafts with their voices: reported where another official relates the words, a source's where a source
     * marker stands before the cue; without those where a source puts a plan or a condition in a state's mouth
     * ("according to a source close to the government, Yerevan will ask ...": nothing has been said yet).
     */
    private List<StatementDraft> withVoices(Passage p, List<StatementDraft> drafts) {
        if (drafts.isEmpty()) {
            return drafts;
        }
        SourceVoices sources = new SourceVoices(p, grammar.speech());
        List<StatementDraft> kept = new ArrayList<>(drafts.size());
        for (StatementDraft d : drafts) {
            Event first = d.events.get(0);
            Event reporter = reading.reporterOf(first);
            d.voice = reporter != null ? Voice.REPORTED : sources.throughASource(first) ? Voice.SOURCE : Voice.OFFICIAL;
            d.reportedBy = reporter == null ? null : reporter.speakers().get(0).actor();
            if (d.voice != Voice.SOURCE || !sources.tellsAPlan(first)) {
                kept.add(d);
            }
        }
        return kept;
    }

    /**
     * Whether a speaker's speech verb starts a speech act of its own ("stated that X, adding that Y" is two
     * statements): a verb outside quotations after another verb of the same speaker.
     */
    private static boolean startsAnotherAct(Passage p, StatementDraft current, Event e) {
        return e.isVerb() && !p.token(e.cue().at()).quoted() && current.events.stream().anyMatch(Event::isVerb);
    }

    private void setScopes(Passage p, List<StatementDraft> drafts) {
        List<List<StatementDraft>> shared = new ArrayList<>();
        for (StatementDraft d : drafts) {
            List<StatementDraft> last = shared.isEmpty() ? null : shared.get(shared.size() - 1);
            if (last != null && last.get(0).events.equals(d.events)) {
                last.add(d);
            } else {
                shared.add(new ArrayList<>(List.of(d)));
            }
        }
        for (int i = 0; i < shared.size(); i++) {
            StatementDraft lead = shared.get(i).get(0);
            int start = i == 0 ? p.start() : p.token(lead.anchor).start();
            int nextAnchor = i + 1 < shared.size() ? shared.get(i + 1).get(0).anchor : p.size();
            int end = i + 1 < shared.size() ? p.token(nextAnchor).start() : p.end();
            end = Math.min(end, clauseEnd(p, lead, nextAnchor));
            int clauseStart = Math.max(start, opensWithItsCue(p, lead) ? p.start() : clauseStart(p, lead.anchor));
            for (StatementDraft d : shared.get(i)) {
                d.scopeStart = start;
                d.scopeEnd = end;
                d.clauseStart = clauseStart;
            }
        }
    }

    /**
     * Where a speaker's part of the passage ends: at "; yet but while ..." after the speaker's last cue, or at the
     * comma that closes a subordinate clause the speaker is the subject of ("While officials ... have voiced
     * condemnation, neither country ..."). Only words before the next speaker's anchor are read: the part ends
     * there anyway.
     */
    private int clauseEnd(Passage p, StatementDraft d, int nextAnchor) {
        int lastCue = d.anchor + 1;
        for (Event e : d.events) {
            lastCue = Math.max(lastCue, Math.max(e.cue().end(), reading.reportedUntil(e)));
        }
        int sentenceStart = p.sentenceStart(Math.min(d.anchor, p.size() - 1));
        boolean subordinate = grammar.is(SUBORDINATING, p.lower(sentenceStart)) && d.anchor > sentenceStart;
        int until = Math.min(p.sentenceEnd(Math.min(lastCue, p.size() - 1)), nextAnchor);
        for (int j = lastCue; j < until; j++) {
            Token t = p.token(j);
            if (t.quoted() || t.isQuoteMark()) {
                continue;
            }
            // "yet" joins clauses after a comma ("..., yet both powers"); "not yet clear", "has yet to" are adverbs
            boolean yetTo = p.lower(j).equals("yet") && !p.lower(j - 1).equals(",");
            boolean absolute = p.lower(j).equals("with") && p.lower(j - 1).equals(","); // ", with France also supporting"
            if ((grammar.is(CLAUSE_ENDS, p.lower(j)) && !yetTo) || absolute || (subordinate && t.text().equals(","))) {
                return t.start();
            }
        }
        return p.end();
    }

    /**
     * "Condemning the attack, the minister said": the fronted phrase is the speaker's own speech act, unless its verb
     * frames the occasion ("Responding to suggestions that ..., Javani said").
     */
    private boolean opensWithItsCue(Passage p, StatementDraft d) {
        return d.events.stream().anyMatch(e -> e.cue().at() == p.sentenceStart(e.cue().at()) && e.cue().kind() == CueKind.VERB
                && !grammar.is(FRONTING, e.cue().surface()));
    }

    /**
     * Where the speaker's clause starts: after a fronted phrase, which ends at the first comma ("Responding to
     * suggestions that ..., Javani said", "Regarding the programme, Russia, as a partner, builds ..., he added").
     */
    private int clauseStart(Passage p, int anchor) {
        int sentenceStart = p.sentenceStart(Math.min(anchor, p.size() - 1));
        String opening = p.lower(sentenceStart);
        if (anchor <= sentenceStart || !(grammar.is(FRONTING, opening) || opening.endsWith("ing"))) {
            return p.start();
        }
        int comma = p.commaAfter(sentenceStart + 1);
        return comma < anchor ? p.token(comma).end() : p.start();
    }
}
