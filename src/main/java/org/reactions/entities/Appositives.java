package org.reactions.entities;

import static org.reactions.knowledge.FunctionWords.Set.AGENT_PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.FORMER_MARKERS;
import static org.reactions.knowledge.FunctionWords.Set.FRONTING;
import static org.reactions.knowledge.FunctionWords.Set.INDEFINITE_ARTICLES;
import static org.reactions.knowledge.FunctionWords.Set.MEMBERSHIP_NOUNS;
import static org.reactions.knowledge.FunctionWords.Set.SERVING_ROLES;
import static org.reactions.knowledge.FunctionWords.Set.STATE_POSSESSIVES;

import java.util.List;
import java.util.function.Predicate;
import org.reactions.knowledge.CountryCode;

/**
 * Lets an appositive describe the name before it ("Nikita Smagin, an expert on Iran," makes Smagin an analyst;
 * "Yadollah Javani, the deputy for political affairs at Iran's IRGC" gives Javani a country), a described
 * office the name after it ("China's envoy to the UN, Fu Cong, told"), and a gloss in brackets the name before it.
 */
final class Appositives {
    /** the most words of an office's post or portfolio between it and the comma before its holder's name */
    private static final int POST_WORDS = 6;
    private final DocumentActors learned;
    private final OfficeHolders holders;
    private final Predicate<CountryCode> familyNameFirst;

    Appositives(DocumentActors learned, OfficeHolders holders, Predicate<CountryCode> familyNameFirst) {
        this.learned = learned;
        this.holders = holders;
        this.familyNameFirst = familyNameFirst;
    }

    /** Rewrites the mentions of a sentence where a name and its description stand side by side with a comma. */
    void apply(SentenceWords w, List<Mention> mentions) {
        for (int m = 0; m + 1 < mentions.size(); m++) {
            memberOf(w, mentions, m);
            Mention first = mentions.get(m);
            Mention second = mentions.get(m + 1);
            int comma = commaAfter(w, first);
            // after a post's phrase, only a name the apposition closes: not "called Iran's foreign minister on Tuesday, Li Ming told"
            boolean closed = comma == first.end() || (second.end() < w.size() && w.token(second.end()).text().equals(","));
            if (comma < 0 || second.start() != comma + 1 || !closed || first.actor() == null || closesFrontedPhrase(w, first, second)) {
                continue;
            }
            // "Mohammad Javad Zarif, the former foreign minister, wrote"; not "Medvedev, a former Russian president," who
            // holds another office the knowledge base gives him that day
            boolean outOfOffice = first.actor().origin() == Actor.Origin.KNOWLEDGE_BASE && !holders.holdsOwnOffice(first.actor());
            if (first.actor().isPerson() && first.actor().official() && outOfOffice && describesAFormer(w, second)) {
                Actor former = first.actor().unofficial();
                learned.refine(first.actor(), former);
                learned.learn(w.words(first.start(), first.end()), former, familyNameFirst.test(former.country()));
                mentions.set(m, first.resolvedTo(former));
                continue;
            }
            if (second.actor() == null) {
                continue;
            }
            Actor better = null;
            if (first.actor().isPerson() && second.kind() == Mention.Kind.DESCRIBED && !second.group()) {
                better = isLearnable(first.actor()) ? describe(first.actor(), second.actor()) : first.actor();
                learned.refine(first.actor(), better);
            } else if (first.kind() == Mention.Kind.DESCRIBED && second.actor().isPerson() && !first.group()
                    && second.kind() != Mention.Kind.DESCRIBED && !namesThePrincipal(w, first.actor(), second.actor())) {
                better = isLearnable(second.actor()) ? describe(second.actor(), first.actor()) : second.actor();
                learned.refine(second.actor(), better);
            }
            if (better != null) {
                mentions.set(m, first.resolvedTo(better));
                mentions.set(m + 1, second.resolvedTo(better));
            }
            speaksThrough(w, mentions, m);
        }
    }

    /**
     * The comma right after a mention, or, after an office named without its holder, after the short phrase of its post
     * or portfolio ("Beijing's envoy to the Middle East, Zhai Jun,", "Iran's deputy foreign minister for economic
     * diplomacy, Hamid Ghanbari,"); -1 when none stands there.
     */
    private static int commaAfter(SentenceWords w, Mention m) {
        int k = m.end();
        if (k < w.size() && m.kind() == Mention.Kind.DESCRIBED && w.token(k).hasTag("ADP")) {
            for (int j = k + 1; j < w.size() && j <= k + POST_WORDS && !w.token(j).isVerbal(); j++) {
                if (w.token(j).text().equals(",")) {
                    return j;
                }
            }
            return -1;
        }
        return k < w.size() && w.token(k).text().equals(",") ? k : -1;
    }

    /**
     * "Hossein Karimi, a member of Iran's Expediency Council, said": a person of no known office described as a member
     * of a state institution is an official of its country.
     */
    private void memberOf(SentenceWords w, List<Mention> mentions, int m) {
        Mention person = mentions.get(m);
        Mention institution = mentions.get(m + 1);
        int k = person.end();
        boolean shape = k + 3 < w.size() && w.token(k).text().equals(",") && w.is(INDEFINITE_ARTICLES, k + 1)
                && w.is(MEMBERSHIP_NOUNS, k + 2) && w.lower(k + 3).equals("of") && institution.start() == k + 4;
        Actor body = institution.actor();
        if (shape && person.actor() != null && isLearnable(person.actor()) && body != null && body.type() == ActorType.INSTITUTION
                && body.official() && body.country() != null) {
            Actor member = describe(person.actor(), new Actor(body.name(), "member of the " + body.name(), ActorType.PERSON,
                    body.country(), true, Actor.Origin.DESCRIBED));
            learned.refine(person.actor(), member);
            mentions.set(m, person.resolvedTo(member));
        }
    }

    /**
     * "the Kenyan government, through Principal Secretary Korir Sing'oei, called": the person a state or its
     * institution speaks through is of its country when nothing else gave them one.
     */
    private void speaksThrough(SentenceWords w, List<Mention> mentions, int m) {
        Mention state = mentions.get(m);
        Mention agent = mentions.get(m + 1);
        int through = state.end() + 1;
        boolean shape = through < w.size() && w.token(state.end()).text().equals(",") && w.is(AGENT_PREPOSITIONS, through)
                && (agent.start() == through + 1 || (agent.start() == through + 2 && w.is(STATE_POSSESSIVES, through + 1)));
        if (shape && DocumentActors.stateOf(state) != null && agent.actor() != null && agent.actor().country() == null
                && isLearnable(agent.actor())) {
            Actor placed = describe(agent.actor(), new Actor(state.actor().name(), null, ActorType.STATE, state.actor().country(),
                    agent.actor().official(), Actor.Origin.DESCRIBED));
            learned.refine(agent.actor(), placed);
            mentions.set(m + 1, agent.resolvedTo(placed));
        }
    }

    /**
     * Whether the comma between two mentions closes a phrase put before the subject ("In a post on social media,
     * Petro revealed ...", "After meeting Petro, the minister said ..."): the first comma of a sentence that opens
     * with a fronting word, with no comma closing the second mention.
     */
    private static boolean closesFrontedPhrase(SentenceWords w, Mention first, Mention second) {
        if (!w.is(FRONTING, 0) || (second.end() < w.size() && w.token(second.end()).text().equals(","))) {
            return false;
        }
        for (int k = 1; k < first.end(); k++) {
            if (w.token(k).text().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the name after an aide's, adviser's or spokesperson's description is their principal's: "A spokesman for
     * Iran's president, Masoud Pezeshkian, said" (a known official who serves no one), not "A spokesman for the Russian
     * president, Dmitry Peskov, said".
     */
    private static boolean namesThePrincipal(SentenceWords w, Actor described, Actor named) {
        return serves(w, described) && named.origin() == Actor.Origin.KNOWLEDGE_BASE && !serves(w, named);
    }

    private static boolean serves(SentenceWords w, Actor actor) {
        String[] role = actor.role() == null ? new String[0] : actor.role().toLowerCase(java.util.Locale.ROOT).split("[ ;()]+");
        return java.util.Arrays.stream(role).anyMatch(word -> w.isIn(SERVING_ROLES, word));
    }

    /** "the former foreign minister", "an ex-envoy": a description of someone out of office. */
    private static boolean describesAFormer(SentenceWords w, Mention description) {
        boolean office = description.isAnaphor() || description.kind() == Mention.Kind.DESCRIBED;
        for (int k = description.start(); office && k < description.end(); k++) {
            if (w.is(FORMER_MARKERS, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLearnable(Actor actor) {
        return actor.type() == ActorType.PERSON && (actor.origin() == Actor.Origin.LEARNED || actor.origin() == Actor.Origin.UNKNOWN
                || (actor.origin() == Actor.Origin.ARCHIVE && !actor.official()));
    }

    /**
     * The person as the description beside the name says: its country and role where the name had none; official
     * as the description says for a stranger, or for one the archive has out of office ("Brazil's president, Luiz
     * Inácio Lula da Silva," holds the office again), else only when both are.
     */
    private static Actor describe(Actor person, Actor description) {
        boolean descriptionDecides = person.origin() == Actor.Origin.UNKNOWN || person.origin() == Actor.Origin.ARCHIVE;
        CountryCode country = person.country() != null ? person.country() : description.country();
        String role = person.role() != null && person.origin() != Actor.Origin.ARCHIVE ? person.role() : description.role();
        boolean official = descriptionDecides ? description.official() : person.official() && description.official();
        return new Actor(person.name(), role, ActorType.PERSON, country, official, Actor.Origin.LEARNED);
    }

    /**
     * A person's name followed by a transliteration or gloss in brackets ("Ana Ruiz （安娜·鲁伊斯）", "Ana Ruiz (Ana
     * Ruis)") is one mention with it, so that the verb after the brackets is the name's: the end of the phrase read.
     */
    static int withBrackets(SentenceWords w, List<Mention> mentions, int end) {
        Mention last = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
        int after = w.afterBrackets(end);
        if (last == null || last.end() != end || after == end || last.actor() == null || !last.actor().isPerson() || last.group()) {
            return end;
        }
        mentions.set(mentions.size() - 1, new Mention(last.start(), after, w.text(last.start(), after), last.actor(), null,
                last.kind(), false, w.isPossessive(after)));
        return after;
    }
}
